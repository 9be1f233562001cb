import Copydesk

/// Corrections applied after the statistical tagger, for what a model
/// trained on 1996 Reuters text gets wrong in modern news:
///
/// - titles: "Kyiv Mayor Vitali Klitschko" is the place "Kyiv" and the person
///   "Vitali Klitschko"; "Air Force Brig." is the organisation "Air Force";
///   "Mayor of London" is the place "London";
/// - platforms and brands: a name of `organisations.tsv` ("Twitter", "Google")
///   that the model tagged as a place or a person is the organisation;
/// - groups of people: a name of `groups.tsv` ("Muslims", "Scots") that the
///   model tagged as a person, a place or an organisation is `MISC`;
/// - works: a name after a noun of a kind of work ("the film Vera Drake",
///   `works.tsv`) is the title, `MISC`;
/// - numbered names: an organisation or a miscellany takes the number after
///   it that the document writes with it more than once ("Band Aid 20");
/// - document consistency: the same name gets its most frequent label
///   throughout a document, and a surname alone after the full name ("Ryder"
///   after "Patrick Ryder") is that person.
struct EntityRules: Sendable {
    /// Names of online platforms and brands, never a place or a person
    /// (`BundledEntityResources.organisations()`).
    var organisations: Set<String> = []
    /// Nationalities, their nouns, religions and their adherents, always
    /// `MISC` (`BundledEntityResources.groups()`).
    var groups: Set<String> = []
    /// Nouns of kinds of work that stand before a title (`BundledEntityResources.works()`).
    var works: Set<String> = []

    /// The rules with the bundled lists, made once and shared by every document.
    static let bundled = EntityRules(organisations: BundledEntityResources.organisations(), groups: BundledEntityResources.groups(),
                                     works: BundledEntityResources.works())

    /// Lower-case titles that stand before a name (`entities/titles.tsv`).
    static let titles = BundledEntityResources.titles().all
    /// Abbreviated titles, a title only with their stop ("Gen.", "Brig."): the sentence splitter's.
    static let abbreviatedTitles = LanguageData.bundledOrEmpty.titles
    /// Titles of the head of a place: "Mayor of London" names London.
    static let placeTitles = BundledEntityResources.titles().ofPlaces

    func apply(_ entities: [Entity], text: TextAnalysis) -> [Entity] {
        consistent(numberedNames(namingWorks(namingGroups(namingOrganisations(splitTitles(entities, text))), text), text), text)
    }

    // MARK: Titles

    /// The index of the token whose first scalar is `start`, if one is.
    func tokenIndex(startingAt start: Int, in tokens: [Token]) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < start { low = mid + 1 } else { high = mid }
        }
        return low < tokens.count && tokens[low].start == start ? low : nil
    }

    func splitTitles(_ entities: [Entity], _ text: TextAnalysis) -> [Entity] {
        var out: [Entity] = []
        let tokens = text.tokens
        for e in entities {
            // The token that starts where the entity does, by binary search
            // (tokens are in text order): a dictionary over every token
            // weighed 50 MB on a 4 MB document.
            guard let first = tokenIndex(startingAt: e.start, in: tokens) else { out.append(e); continue }
            var last = first
            while last + 1 < tokens.count, tokens[last].end < e.end { last += 1 }
            let words = (first...last).map { text.lower(tokens[$0]) }
            // The word after position k, inside the span or just after it.
            func next(_ k: Int) -> String? {
                k + 1 < words.count ? words[k + 1] : (first + k + 1 < tokens.count ? text.lower(tokens[first + k + 1]) : nil)
            }
            func isTitle(_ k: Int) -> Bool {
                if Self.titles.contains(words[k]) { return true }
                if Self.abbreviatedTitles.contains(words[k]) { return next(k) == "." }
                return words[k] == "." && k > 0 && (Self.abbreviatedTitles.contains(words[k - 1]) || Self.titles.contains(words[k - 1]))
            }
            func isName(_ range: ClosedRange<Int>) -> Bool { range.allSatisfy { tokens[first + $0].isCapitalized && tokens[first + $0].hasLower } }
            // "Mayor of London" → "London".
            if Self.placeTitles.contains(words[0]), words.count > 2, words[1] == "of" {
                out.append(make(first + 2, last, label: "LOC", text))
                continue
            }
            // The last run of titles inside the span splits it, when what follows
            // looks like a name (two or three words: "General Motors" is no title)
            // or nothing follows ("Air Force Brig." is the organisation).
            guard let titleEnd = (0..<words.count).last(where: isTitle) else { out.append(e); continue }
            var titleStart = titleEnd
            while titleStart > 0, isTitle(titleStart - 1) { titleStart -= 1 }
            let tail = words.count - 1 - titleEnd
            // One name word after an abbreviated title is a surname ("Gen. Ryder",
            // "Mrs Thatcher"); after a title written out it may be a name's
            // second word ("General Motors"), and in capitals it is no title
            // ("DR Congo").
            let titleWord = words[titleEnd] == "." ? titleEnd - 1 : titleEnd
            let abbreviated = (words[titleEnd] == "." || Self.abbreviatedTitles.contains(words[titleEnd])) && tokens[first + titleWord].hasLower
            if (2...3).contains(tail) || (tail == 1 && abbreviated), isName((titleEnd + 1)...(words.count - 1)) {
                if titleStart > 0 { out.append(make(first, first + titleStart - 1, label: e.label == "PER" ? "LOC" : e.label, text)) }
                out.append(make(first + titleEnd + 1, last, label: "PER", text))
            } else if tail == 0 && titleStart > 0 && (words[titleEnd] == "." || next(titleEnd) == ".") {
                out.append(make(first, first + titleStart - 1, label: e.label, text))
            } else {
                out.append(e)
            }
        }
        return out
    }

    func make(_ a: Int, _ b: Int, label: String, _ text: TextAnalysis) -> Entity {
        let s = text.tokens[a], e = text.tokens[b]
        return Entity(start: s.start, end: e.end, text: text.string(bytes: s.byteStart..<e.byteEnd), label: label)
    }

    // MARK: Document consistency

    func consistent(_ entities: [Entity], _ text: TextAnalysis) -> [Entity] {
        guard entities.count > 1 else { return entities }
        // One label per name: the most frequent; a tie goes to the label of
        // the first mention, where news introduces a name with most context.
        var votes: [String: [String: Int]] = [:]
        var first: [String: String] = [:]
        for e in entities {
            votes[e.text, default: [:]][e.label, default: 0] += 1
            if first[e.text] == nil { first[e.text] = e.label }
        }
        func chosen(_ name: String) -> String? {
            guard let v = votes[name], let top = v.values.max() else { return nil }
            if let f = first[name], v[f] == top { return f }
            return v.filter { $0.value == top }.keys.min()
        }
        var out = entities.map { e -> Entity in
            var e = e
            if let m = chosen(e.text) { e.label = m }
            return e
        }
        // Surnames of people named in full, found alone and untagged: the
        // person, as news names someone in full and then by surname.
        var surnames = Set<String>()
        for e in out where e.label == "PER" {
            let parts = e.text.split(separator: " ")
            if parts.count >= 2, let last = parts.last { surnames.insert(String(last)) }
        }
        guard !surnames.isEmpty else { return out }
        // The scalars entities cover, a bit each: a Set of them took 8 MB on a 5 MB document.
        let limit = out.reduce(0) { max($0, $1.end) }
        var covered = [UInt64](repeating: 0, count: limit / 64 + 1)
        for e in out { for s in e.start..<e.end { covered[s >> 6] |= 1 << UInt64(s & 63) } }
        func isCovered(_ s: Int) -> Bool { s < limit && covered[s >> 6] & (1 << UInt64(s & 63)) != 0 }
        var found: [String: [Entity]] = [:]
        for t in text.tokens where t.isCapitalized && !isCovered(t.start) {
            let w = text.string(t)
            if surnames.contains(w) { found[w, default: []].append(Entity(start: t.start, end: t.end, text: w, label: "PER")) }
        }
        // Where the surname is also tagged alone, otherwise ("Kidman" as MISC),
        // the untagged mentions vote with the tagged ones, so that one label
        // per name still holds: PER if they are at least as many, else the
        // tagged label stands and they stay untagged ("Ford" the company).
        // The names to relabel are collected first and relabelled in one pass:
        // a pass per name was quadratic on a large document.
        var relabel = Set<String>()
        var added: [Entity] = []
        for (w, mentions) in found {
            let tagged = votes[w].map { $0.values.reduce(0, +) } ?? 0
            guard tagged > 0, let label = chosen(w), label != "PER" else { added += mentions; continue }
            if mentions.count >= tagged {
                relabel.insert(w)
                added += mentions
            }
        }
        if !relabel.isEmpty { for k in out.indices where relabel.contains(out[k].text) { out[k].label = "PER" } }
        // Appended and sorted in place (the sort is stable, as `sorted` is):
        // a concatenation and a sorted copy were two more arrays of every entity.
        out += added
        out.sort { $0.start < $1.start }
        return out
    }
}
