import Copydesk

extension EntityRules {
    /// Relabels as `MISC` the people, places and organisations whose text is
    /// a name of `groups`: CoNLL-2003 tags nationalities and religions MISC,
    /// but its training text has few of their plural nouns, and the model
    /// reads "portrayal of Muslims" or "the Scots won" as people.
    ///
    /// A group name that is also a word of a person's name in the document
    /// ("Christian Cullen" … "Christian") stays the person.
    func namingGroups(_ entities: [Entity]) -> [Entity] {
        guard !groups.isEmpty else { return entities }
        var nameWords = Set<Substring>()
        for e in entities where e.label == "PER" && e.text.contains(" ") {
            nameWords.formUnion(e.text.split(separator: " "))
        }
        return entities.map { e in
            guard e.label != "MISC", groups.contains(e.text), !nameWords.contains(Substring(e.text)) else { return e }
            var e = e
            e.label = "MISC"
            return e
        }
    }
}
