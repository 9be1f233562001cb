import Copydesk

extension EntityRules {
    /// Relabels as `MISC` a name that follows a lower-case noun of a kind of
    /// work in apposition ("the film Vera Drake", "ITV drama Footballers'
    /// Wives"): a title can look like a person, a place or a company, and a
    /// model trained on 1996 Reuters text has seen few of them, but the noun
    /// before it says what it is. Both must be on one line: a headline ends
    /// without a stop ("… anti-Bush film" above "Michael Moore's …").
    func namingWorks(_ entities: [Entity], _ text: TextAnalysis) -> [Entity] {
        guard !works.isEmpty else { return entities }
        let tokens = text.tokens
        return entities.map { e in
            guard e.label != "MISC", let k = tokenIndex(startingAt: e.start, in: tokens), k > 0,
                  tokens[k].newlinesBefore == 0,
                  tokens[k - 1].kind == .word, !tokens[k - 1].firstIsUpper, works.contains(text.string(tokens[k - 1])) else { return e }
            var e = e
            e.label = "MISC"
            return e
        }
    }
}
