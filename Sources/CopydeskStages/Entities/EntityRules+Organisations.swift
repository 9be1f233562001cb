import Copydesk

extension EntityRules {
    /// Relabels as `ORG` the places and people whose text is a name of
    /// `organisations`: a model trained on 1996 Reuters text has seen neither
    /// "Twitter" nor "Google" and reads "in a Twitter post" as a place and
    /// "shares in Google" as a person. Products keep `MISC`, which the model
    /// gives them from context.
    ///
    /// A name that the document also gives as a person's surname ("Bill
    /// O'Reilly" … "O'Reilly") stays the person.
    func namingOrganisations(_ entities: [Entity]) -> [Entity] {
        guard !organisations.isEmpty else { return entities }
        var surnames = Set<Substring>()
        for e in entities where e.label == "PER" {
            if let space = e.text.lastIndex(of: " ") { surnames.insert(e.text[e.text.index(after: space)...]) }
        }
        return entities.map { e in
            guard e.label == "LOC" || e.label == "PER", organisations.contains(e.text), !surnames.contains(Substring(e.text)) else { return e }
            var e = e
            e.label = "ORG"
            return e
        }
    }
}
