import Foundation

/// conlleval-style entity scores: an entity is right when its tokens and
/// label both match.
public struct EntityEvaluation: Sendable {
    public struct Score: Sendable {
        public var truePositives = 0
        public var predicted = 0
        public var gold = 0
        public var precision: Double { predicted == 0 ? 0 : Double(truePositives) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(truePositives) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var labels: [String]
    public var perLabel: [String: Score]
    public var overall: Score

    public init(model: EntityModel, sentences: [TaggedSentence]) {
        var pairs: [([Int], [Int])] = []
        for s in sentences { pairs.append((s.tags, model.tag(s.sentence))) }
        self.init(tags: model.tags, pairs: pairs)
    }

    public init(tags: EntityTags, pairs: [(gold: [Int], predicted: [Int])]) {
        labels = tags.labels
        perLabel = [:]
        overall = Score()
        for (gold, predicted) in pairs {
            let g = Set(tags.spans(gold).map { "\($0.0.lowerBound):\($0.0.upperBound):\($0.1)" })
            let p = tags.spans(predicted)
            for (range, label) in tags.spans(gold) { _ = range; perLabel[tags.labels[label], default: Score()].gold += 1 }
            for (range, label) in p {
                let name = tags.labels[label]
                perLabel[name, default: Score()].predicted += 1
                if g.contains("\(range.lowerBound):\(range.upperBound):\(label)") { perLabel[name, default: Score()].truePositives += 1 }
            }
        }
        for s in perLabel.values {
            overall.truePositives += s.truePositives
            overall.predicted += s.predicted
            overall.gold += s.gold
        }
    }

    public var table: String {
        var lines = ["  label     precision    recall        F1   gold"]
        for label in labels {
            let s = perLabel[label] ?? Score()
            lines.append(Self.row(label, s))
        }
        lines.append(Self.row("overall", overall))
        return lines.joined(separator: "\n")
    }

    static func row(_ label: String, _ s: Score) -> String {
        "  " + label.padding(toLength: max(9, label.count), withPad: " ", startingAt: 0)
            + String(format: " %9.2f %9.2f %9.2f %6d", s.precision * 100, s.recall * 100, s.f1 * 100, s.gold)
    }
}
