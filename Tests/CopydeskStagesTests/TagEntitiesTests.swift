import Copydesk
import CopydeskStages
import CopydeskTesting
import Foundation
import Testing

@Suite struct EntityModelTests {
    let tags = EntityTags(labels: ["PER", "LOC"])

    func synthetic() -> [TaggedSentence] {
        let data: [(String, [(Range<Int>, String)])] = [
            ("Anna Berg lives in Oslo", [(0..<9, "PER"), (19..<23, "LOC")]),
            ("Oslo welcomed Carl Dahl", [(0..<4, "LOC"), (14..<23, "PER")]),
            ("Carl Dahl visited Bergen", [(0..<9, "PER"), (18..<24, "LOC")]),
            ("Anna Berg left Bergen today", [(0..<9, "PER"), (15..<21, "LOC")]),
        ]
        return data.map { text, spans in
            let doc: Document = {
                var d = Document(id: "x", text: text)
                d.entities = spans.map { Entity(start: $0.0.lowerBound, end: $0.0.upperBound, text: "", label: $0.1) }
                return d
            }()
            return EntityCorpus.examples(documents: [doc], tags: tags)[0]
        }
    }

    @Test func trainerLearnsSmallDataPerfectly() {
        var trainer = EntityTrainer(tags: tags, features: EntityFeatures(gazetteer: nil))
        trainer.epochs = 10
        trainer.pruneBelow = 0
        let data = synthetic()
        let (model, evaluation) = trainer.train(data, dev: data) { _ in }
        #expect(evaluation?.overall.f1 == 1)
        for s in data { #expect(model.tag(s.sentence) == s.tags) }
    }

    @Test func trainingIsDeterministicForASeed() {
        var trainer = EntityTrainer(tags: tags, features: EntityFeatures(gazetteer: nil))
        trainer.epochs = 3
        let a = trainer.train(synthetic(), dev: []) { _ in }.0
        let b = trainer.train(synthetic(), dev: []) { _ in }.0
        let dir = try! temporaryDirectory()
        try! a.write(to: dir.appendingPathComponent("a"))
        try! b.write(to: dir.appendingPathComponent("b"))
        #expect(FileManager.default.contents(atPath: dir.appendingPathComponent("a").path) == FileManager.default.contents(atPath: dir.appendingPathComponent("b").path))
    }

    /// Two unseen words that differ only in their cluster get the labels of
    /// the seen words of their clusters: what clusters are for.
    @Test func clustersCarryLabelsToUnseenWords() throws {
        let clusters = WordClusters(tsv: "# test\nParon\t1\t1\t1\nLomon\t1\t1\t1\nVelon\t1\t1\t1\nJamon\t2\t2\t2\nKemon\t2\t2\t2\nTuvon\t2\t2\t2\n")
        #expect(clusters.count == 6)
        func sentence(_ word: String, _ label: String?) -> TaggedSentence {
            var d = Document(id: "x", text: "He saw \(word) today")
            d.entities = label.map { [Entity(start: 7, end: 7 + word.count, text: word, label: $0)] } ?? []
            return EntityCorpus.examples(documents: [d], tags: tags)[0]
        }
        let data = [sentence("Paron", "LOC"), sentence("Jamon", "PER"), sentence("Lomon", "LOC"), sentence("Kemon", "PER")]
        var trainer = EntityTrainer(tags: tags, features: EntityFeatures(gazetteer: nil, clusters: clusters))
        trainer.epochs = 10
        trainer.pruneBelow = 0
        let model = trainer.train(data, dev: []) { _ in }.0.with(info: ["clusters": "test"])
        let url = try temporaryDirectory().appendingPathComponent("m.nermodel")
        try model.write(to: url)
        let loaded = try EntityModel.load(contentsOf: url, gazetteer: nil, clusters: clusters)
        for (word, label) in [("Velon", "LOC"), ("Tuvon", "PER")] {
            let s = sentence(word, label)
            #expect(loaded.tag(s.sentence) == s.tags, "\(word)")
        }
    }

    /// A wire-format document of several sentences: each sentence's tags
    /// fall on its own tokens (they once used the document's token numbers).
    @Test func documentsOfSeveralSentencesBecomeTaggedSentences() {
        var d = Document(id: "x", text: "Anna Berg lives here. She moved to Oslo today. Carl Dahl stayed.")
        d.entities = [Entity(start: 0, end: 9, text: "Anna Berg", label: "PER"), Entity(start: 35, end: 39, text: "Oslo", label: "LOC"),
                      Entity(start: 47, end: 56, text: "Carl Dahl", label: "PER")]
        let examples = EntityCorpus.examples(documents: [d], tags: tags)
        #expect(examples.count == 3)
        let labelled = examples.map { s in zip(s.sentence.ranges, s.tags).filter { $0.1 != 0 }.map { String(decoding: s.sentence.bytes[$0.0], as: UTF8.self) } }
        #expect(labelled == [["Anna", "Berg"], ["Oslo"], ["Carl", "Dahl"]])
    }

    @Test func modelRoundTripsThroughItsFile() throws {
        var trainer = EntityTrainer(tags: tags, features: EntityFeatures(gazetteer: nil))
        trainer.pruneBelow = 0
        let data = synthetic()
        let model = trainer.train(data, dev: []) { _ in }.0.with(info: ["note": "test"])
        let url = try temporaryDirectory().appendingPathComponent("m.nermodel")
        try model.write(to: url)
        let loaded = try EntityModel.load(contentsOf: url, gazetteer: nil)
        #expect(loaded.tags == model.tags)
        #expect(loaded.featureCount == model.featureCount)
        #expect(loaded.info["note"] == "test")
        for s in data { #expect(loaded.tag(s.sentence) == model.tag(s.sentence)) }
    }

    @Test func truncatedModelIsAClearError() throws {
        let url = try temporaryDirectory().appendingPathComponent("bad.nermodel")
        try Data("COPYDESK-NER-1\n".utf8).write(to: url)
        #expect(throws: StageConfigurationError.self) { try EntityModel.load(contentsOf: url, gazetteer: nil) }
    }

    @Test func decodingNeverYieldsInvalidSequences() throws {
        let model = try BundledEntityResources.model()
        let t = model.tags
        let texts = ["of of of New York", "I-PER York", "'s Smith", "the the the", "Smith", "", "A B C D E F G"]
        for text in texts {
            let tt = TextAnalysis(text)
            let tags = model.tag(EntityFeatures.Sentence(text: tt, tokens: 0..<tt.tokens.count))
            for (i, tag) in tags.enumerated() {
                #expect(t.allowed(from: i == 0 ? nil : tags[i - 1], to: tag), "\(text): \(tags.map(t.name))")
            }
            if let last = tags.last { #expect(t.allowedAtEnd(last)) }
        }
    }

    @Test func spansOfBIOSequences() {
        let t = EntityTags(labels: ["PER", "LOC"], scheme: .bio)
        // B-PER I-PER O B-LOC B-LOC I-LOC
        let spans = t.spans([1, 2, 0, 3, 3, 4])
        #expect(spans.map { [$0.0.lowerBound, $0.0.upperBound, $0.1] } == [[0, 2, 0], [3, 4, 1], [4, 6, 1]])
    }

    @Test func bilouEncodesAndDecodesSpans() {
        let t = EntityTags(labels: ["PER", "LOC"])
        let spans: [(Range<Int>, Int)] = [(0..<3, 0), (3..<4, 1), (5..<7, 1)]
        let tags = t.encode(spans, count: 8)
        #expect(tags.map(t.name) == ["B-PER", "I-PER", "L-PER", "U-LOC", "O", "B-LOC", "L-LOC", "O"])
        #expect(t.spans(tags).map { [$0.0.lowerBound, $0.0.upperBound, $0.1] } == [[0, 3, 0], [3, 4, 1], [5, 7, 1]])
        for (i, tag) in tags.enumerated() { #expect(t.allowed(from: i == 0 ? nil : tags[i - 1], to: tag)) }
        #expect(!t.allowed(from: t.tag(0, .begin), to: 0))
        #expect(!t.allowed(from: nil, to: t.tag(0, .last)))
        #expect(!t.allowedAtEnd(t.tag(1, .inside)))
    }
}

@Suite struct TagEntitiesStageTests {
    @Test func seedArticleNamesPeoplePlacesAndOrganisations() throws {
        let stage = try makeStage(TagEntitiesStage.self)
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Samples/articles/patriot-ukraine-2022-12-14.txt"), encoding: .utf8)
        var d = Document(id: "seed", text: text)
        try stage.process(&d)
        let found = Set((d.entities ?? []).map { "\($0.label):\($0.text)" })
        for expected in ["PER:Patrick Ryder", "PER:Vitali Klitschko", "PER:Dmitry Peskov", "LOC:Ukraine", "LOC:Kyiv", "LOC:Moscow", "ORG:NATO", "ORG:CNN"] {
            #expect(found.contains(expected), "missing \(expected)")
        }
        #expect(StageVerifier.spanProblem(d) == nil)
    }

    /// What a reader notices first on the seed article: one label per name
    /// throughout, and the platform ("a Twitter post") neither a place nor a person.
    @Test func seedArticleKeepsOneLabelPerNameAndNoPlatformAsAPlace() throws {
        let stage = try makeStage(TagEntitiesStage.self)
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Samples/articles/patriot-ukraine-2022-12-14.txt"), encoding: .utf8)
        var d = Document(id: "seed", text: text)
        try stage.process(&d)
        var labels: [String: Set<String>] = [:]
        for e in d.entities ?? [] { labels[e.text, default: []].insert(e.label) }
        #expect(labels.filter { $0.value.count > 1 }.isEmpty, "names with two labels: \(labels.filter { $0.value.count > 1 })")
        #expect(labels["Twitter"] == ["ORG"])
        #expect(labels["Christmas"].map { $0.isDisjoint(with: ["PER", "LOC"]) } ?? true)
    }

    @Test func patternsOverrideOrFill() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("p.yaml")
        try """
        - {label: WEAPON, phrase: "Patriot missile system"}
        - {label: MISC, phrase: "patriot", case_sensitive: false}
        - {label: ORG, phrase: "Kyiv City Council"}
        """.write(to: file, atomically: true, encoding: .utf8)
        let text = "The Patriot missile system reached Kyiv. A patriot spoke to the Kyiv City Council."
        let override = try makeStage(TagEntitiesStage.self, ["patterns": .string(file.path)])
        var d = Document(id: "p", text: text)
        try override.process(&d)
        let labels = (d.entities ?? []).map { "\($0.label):\($0.text)" }
        #expect(labels.contains("WEAPON:Patriot missile system"))  // longest match wins over "patriot"
        #expect(labels.contains("MISC:patriot"))
        #expect(labels.contains("ORG:Kyiv City Council"))
        #expect(!labels.contains { $0.hasSuffix(":Patriot") })

        let fill = try makeStage(TagEntitiesStage.self, ["patterns": .string(file.path), "patterns_mode": .string("fill"), "labels": .list(["WEAPON", "LOC"])])
        var f = Document(id: "p", text: "Ukraine asked for the Patriot missile system.")
        try fill.process(&f)
        #expect(f.entities?.map(\.label).allSatisfy { $0 == "WEAPON" || $0 == "LOC" } == true)
        #expect(f.entities?.contains { $0.text == "Ukraine" && $0.label == "LOC" } == true)
    }

    @Test func unknownLabelIsAConfigurationError() {
        #expect(throws: ConfigurationError.self) { try makeStage(TagEntitiesStage.self, ["labels": .list(["PERSON"])]) }
    }
}
