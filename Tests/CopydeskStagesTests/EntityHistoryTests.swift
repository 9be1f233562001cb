import Copydesk
@testable import CopydeskStages
import Foundation
import Testing

/// The document's prediction history (`EntityHistory`), how training data
/// gets its documents, and the mean of models.
@Suite struct EntityHistoryTests {
    let tags = EntityTags(labels: ["PER", "LOC"])

    /// Made-up names, a new one per document: nothing but the document can say what they are.
    static func names(_ count: Int, seed: UInt64) -> [String] {
        var rng = SplitMix64(seed: seed)
        let onsets = ["B", "D", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z"], vowels = ["a", "e", "i", "o", "u"]
        let codas = ["n", "r", "l", "m", "s", "k", "d"]
        var seen = Set<String>()
        while seen.count < count {
            var w = ""
            for k in 0..<3 {
                w += onsets[Int(rng.next() % UInt64(onsets.count))] + vowels[Int(rng.next() % UInt64(vowels.count))]
                if k == 2 { w += codas[Int(rng.next() % UInt64(codas.count))] }
            }
            seen.insert(w.prefix(1) + w.dropFirst().lowercased())
        }
        return seen.sorted()
    }

    /// A document that introduces a name as a person or a place, then uses it
    /// where only that introduction tells which.
    func document(_ name: String, person: Bool) -> Document {
        let intro = person ? "Doctor \(name) spoke to us today." : "We flew to \(name) today."
        let text = intro + " Later \(name) was busy."
        let first = intro.unicodeScalars.count - (person ? " spoke to us today.".count : " today.".count) - name.count
        let second = intro.unicodeScalars.count + " Later ".count
        var d = Document(id: name, text: text)
        d.entities = [first, second].map { Entity(start: $0, end: $0 + name.count, text: name, label: person ? "PER" : "LOC") }
        return d
    }

    func corpus(_ names: [String]) -> [TaggedSentence] {
        EntityCorpus.examples(documents: names.enumerated().map { document($0.element, person: $0.offset % 2 == 0) }, tags: tags)
    }

    /// The label of each document's second mention, as the model tags the document in order.
    func secondMentions(_ model: EntityModel, _ names: [String]) -> [String?] {
        names.enumerated().map { k, name in
            let text = document(name, person: k % 2 == 0).analysis
            var history = EntityHistory()
            var last: [Int] = []
            for s in text.sentences { last = model.tag(EntityFeatures.Sentence(text: text, tokens: s.tokens), history: &history) }
            let label = last.lazy.compactMap { model.tags.label(of: $0) }.first
            return label.map { model.tags.labels[$0] }
        }
    }

    @Test func historyCarriesAnEarlierMentionsLabelToALaterOne() {
        let train = corpus(Self.names(60, seed: 1))
        #expect(Set(train.map(\.document)).count == 60, "each document its own number")
        let unseen = Array(Set(Self.names(80, seed: 2)).subtracting(Self.names(60, seed: 1)).sorted().prefix(12))
        let wanted = unseen.indices.map { $0 % 2 == 0 ? "PER" : "LOC" }
        var trainer = EntityTrainer(tags: tags, features: EntityFeatures(gazetteer: nil, history: true))
        trainer.epochs = 10
        trainer.pruneBelow = 0
        let withHistory = trainer.train(train, dev: []) { _ in }.0
        #expect(secondMentions(withHistory, unseen) == wanted)
        // Without the history the second sentences of both kinds of document
        // look alike, so at most one kind comes out right.
        trainer.features = EntityFeatures(gazetteer: nil)
        let without = trainer.train(train, dev: []) { _ in }.0
        let right = zip(secondMentions(without, unseen), wanted).filter { $0 == $1 }.count
        #expect(right < wanted.count)
    }

    @Test func jackknifedTagsComeFromModelsThatDidNotSeeTheDocument() {
        let train = corpus(Self.names(24, seed: 3))
        var trainer = EntityTrainer(tags: tags, features: EntityFeatures(gazetteer: nil, history: true))
        trainer.epochs = 3
        let tagged = trainer.jackknifed(train, folds: 4) { _ in }
        #expect(tagged.count == train.count)
        #expect(zip(tagged, train).allSatisfy { $0.count == $1.tags.count })
    }

    @Test func historyCountsMajorityAndAgreement() {
        var history = EntityHistory()
        let word: UInt64 = 42, shape: UInt64 = 7
        let none = history.features(word: word, shape: shape)
        history.record([tags.tag(0, .begin)], words: [word], scheme: tags)  // PER
        let per = history.features(word: word, shape: shape)
        #expect(per != none)
        history.record([tags.tag(1, .begin)], words: [word], scheme: tags)  // LOC: a tie, no longer unanimous
        history.record([tags.tag(0, .begin)], words: [word], scheme: tags)  // PER again: the majority, not unanimous
        let mixed = history.features(word: word, shape: shape)
        #expect(mixed.1 == per.1, "the same majority label")
        #expect(mixed.0 != per.0, "but not every mention agreed")
        #expect(history.features(word: 0, shape: shape) == none, "words it ignores have no history")
    }

    @Test func conllDocumentsAreNumberedByDocstartOrByDateline() throws {
        let dir = try temporaryDirectory()
        func write(_ name: String, _ lines: [String]) throws -> String {
            let path = dir.appendingPathComponent(name).path
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let withDocstart = try write("a.conll", ["-DOCSTART- -X- O O", "", "A x x O", "", "B x x O", "", "-DOCSTART- -X- O O", "", "C x x O", ""])
        #expect(try EntityCorpus.readCoNLL(withDocstart).map(\.document) == [0, 0, 1])
        // Headline, byline, dateline, body; then a headline, dateline ("AKRON , Ohio 1996-08-22"), body.
        let reuters = try write("b.conll", [
            "EU x x B-ORG", "rejects x x O", "", "Peter x x B-PER", "Blackburn x x I-PER", "", "BRUSSELS x x B-LOC", "1996-08-22 x x O", "",
            "The x x O", "cut x x O", ". x x O", "", "GOLF x x O", "RESULTS x x O", "", "AKRON x x B-LOC", ", x x O", "Ohio x x B-LOC",
            "1996-08-22 x x O", "", "Scores x x O", "",
        ])
        #expect(try EntityCorpus.readCoNLL(reuters).map(\.document) == [0, 0, 0, 0, 1, 1, 1])
    }

    @Test func theMeanOfAModelWithItselfTagsAsItDoes() {
        let data = corpus(Self.names(10, seed: 4))
        var trainer = EntityTrainer(tags: tags, features: EntityFeatures(gazetteer: nil))
        trainer.epochs = 5
        let a = trainer.train(data, dev: []) { _ in }.0
        trainer.seed = 2
        let b = trainer.train(data, dev: []) { _ in }.0
        let same = EntityModel.mean(of: [a, a], info: [:])
        for s in data { #expect(same.tag(s.sentence) == a.tag(s.sentence)) }
        let both = EntityModel.mean(of: [a, b], info: [:])
        #expect(both.featureCount >= max(a.featureCount, b.featureCount))
        #expect(both.featureCount <= a.featureCount + b.featureCount)
    }
}
