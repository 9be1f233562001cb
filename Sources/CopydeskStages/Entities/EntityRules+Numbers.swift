import Copydesk

extension EntityRules {
    /// Extends an organisation or a miscellany over the number just after it
    /// when the document writes the name with that number more than once
    /// ("Band Aid 20", "Metal Slug 3", "Commodore 64", "BBC News 24"):
    /// broadcasters, bands, products and games are named with numbers, and the
    /// model stops at the digits; a name repeated with its number is the
    /// evidence that the number belongs to it. Results are not names: a number
    /// before the name ("Pohang 3 Ulsan 2") leaves it as it is, and so does a
    /// capitalised word after the number ("Rapper 50 Cent", "Released 11 March").
    ///
    /// Tried and left out: the number taken whenever a lower-case word follows
    /// it ("Channel 4 show"). On the CoNLL training text that is right 12 times
    /// and wrong 14 ("Olympic 100 metres", "McLaren 37 laps"), and it moved the
    /// tuning parts only.
    func numberedNames(_ entities: [Entity], _ text: TextAnalysis) -> [Entity] {
        let tokens = text.tokens
        func digits(_ t: Token) -> Bool {
            t.kind == .number && (1...3).contains(t.byteEnd - t.byteStart) && text.bytes[t.byteStart..<t.byteEnd].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        // Each name with the number after it: how often the document writes it, and where.
        var written: [String: Int] = [:]
        var found: [(entity: Int, first: Int, number: Int, name: String)] = []
        for (n, e) in entities.enumerated() where e.label == "ORG" || e.label == "MISC" {
            guard let first = tokenIndex(startingAt: e.start, in: tokens) else { continue }
            var last = first
            while last + 1 < tokens.count, tokens[last].end < e.end { last += 1 }
            let k = last + 1
            guard tokens[last].end == e.end, k < tokens.count, digits(tokens[k]), tokens[k].spaceBefore, tokens[k].newlinesBefore == 0,
                  first == 0 || !digits(tokens[first - 1]),
                  k + 1 == tokens.count || !(tokens[k + 1].isCapitalized && tokens[k + 1].newlinesBefore == 0) else { continue }
            let name = e.text + " " + text.string(tokens[k])
            written[name, default: 0] += 1
            found.append((n, first, k, name))
        }
        guard found.contains(where: { written[$0.name, default: 0] >= 2 }) else { return entities }
        var out = entities
        for f in found where written[f.name, default: 0] >= 2 {
            out[f.entity].end = tokens[f.number].end
            out[f.entity].text = text.string(bytes: tokens[f.first].byteStart..<tokens[f.number].byteEnd)
        }
        return out
    }
}
