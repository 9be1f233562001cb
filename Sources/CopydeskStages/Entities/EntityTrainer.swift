import Copydesk
import Foundation

/// A sentence with gold tags, ready for training or evaluation.
public struct TaggedSentence: Sendable {
    public var sentence: EntityFeatures.Sentence
    public var tags: [Int]
    /// The document the sentence belongs to: consecutive sentences with the
    /// same number are read in order, sharing one prediction history.
    public var document = 0
    public init(sentence: EntityFeatures.Sentence, tags: [Int], document: Int = 0) {
        self.sentence = sentence
        self.tags = tags
        self.document = document
    }
}

/// Trains an `EntityModel` as a structured averaged perceptron (Collins
/// 2002): Viterbi decoding with the current weights, an update towards the
/// gold path on each mistake, and weights averaged over every step.
public struct EntityTrainer {
    public var tags: EntityTags
    public var features: EntityFeatures
    public var epochs = 12
    public var seed: UInt64 = 1
    /// Rows whose largest averaged weight is below this fraction of the
    /// largest weight of the model are dropped when the model is built.
    public var pruneBelow: Float = 0.002
    /// What the history records for each training sentence, when the model
    /// reads it: tags predicted by models that did not see the sentence
    /// (`jackknifed`), so the history is as wrong as it will be in a run.
    /// Without them it records the model's own predictions, which on its
    /// training data are too good to learn how far to trust them.
    public var historyTags: [[Int]]? = nil

    public init(tags: EntityTags, features: EntityFeatures) {
        self.tags = tags
        self.features = features
    }

    /// Trains on `train`, evaluates on `dev` after every epoch and returns the
    /// model of the best epoch (the last one without dev data).
    public func train(_ train: [TaggedSentence], dev: [TaggedSentence], log: (String) -> Void) -> (EntityModel, EntityEvaluation?) {
        let T = tags.count
        let extracted = train.map { features.extract($0.sentence) }
        var rows: [UInt64: Int32] = [:]
        var weights: [Float] = []
        var totals: [Double] = []
        var stamps: [Int] = []
        var transitions = [Float](repeating: 0, count: (T + 1) * T)
        var transitionTotals = [Double](repeating: 0, count: (T + 1) * T)
        var transitionStamps = [Int](repeating: 0, count: (T + 1) * T)
        var step = 0
        var rng = SplitMix64(seed: seed)
        // Documents are shuffled, their sentences kept in order: a model that
        // reads the prediction history learns it as a run builds it. Without
        // history every sentence is a document of its own, shuffled alone.
        var order: [Range<Int>] = []
        for i in train.indices {
            if features.history, let last = order.last, train[last.lowerBound].document == train[i].document, last.upperBound == i {
                order[order.count - 1] = last.lowerBound..<(i + 1)
            } else {
                order.append(i..<(i + 1))
            }
        }
        var best: (EntityModel, EntityEvaluation)? = nil
        var lastModel: EntityModel? = nil

        func row(_ f: UInt64) -> Int {
            if let r = rows[f] { return Int(r) }
            let r = rows.count
            rows[f] = Int32(r)
            weights.append(contentsOf: repeatElement(0, count: T))
            totals.append(contentsOf: repeatElement(0, count: T))
            stamps.append(step)
            return r
        }
        func update(_ f: UInt64, _ tag: Int, _ delta: Float) {
            let r = row(f)
            let base = r * T
            let elapsed = Double(step - stamps[r])
            if elapsed > 0 { for t in 0..<T { totals[base + t] += elapsed * Double(weights[base + t]) } }
            stamps[r] = step
            weights[base + tag] += delta
        }
        func updateTransition(_ k: Int, _ delta: Float) {
            transitionTotals[k] += Double(step - transitionStamps[k]) * Double(transitions[k])
            transitionStamps[k] = step
            transitions[k] += delta
        }
        func averaged() -> EntityModel {
            let now = Double(max(step, 1))
            var avg = [Float](repeating: 0, count: weights.count)
            for r in 0..<(weights.count / T) {
                let elapsed = Double(step - stamps[r])
                for t in 0..<T {
                    let k = r * T + t
                    avg[k] = Float((totals[k] + elapsed * Double(weights[k])) / now)
                }
            }
            var avgTransitions = [Float](repeating: 0, count: transitions.count)
            for k in transitions.indices {
                avgTransitions[k] = Float((transitionTotals[k] + Double(step - transitionStamps[k]) * Double(transitions[k])) / now)
            }
            return EntityModel.pruned(tags: tags, rows: rows, weights: avg, transitions: avgTransitions, features: features,
                                      pruneBelow: pruneBelow, info: [:])
        }

        for epoch in 1...max(1, epochs) {
            rng.shuffle(&order)
            var mistakes = 0
            for document in order {
                var history = EntityHistory()
                // Half the documents are read without history, so the model
                // stays as good where there is none: the first mentions, and
                // CoNLL's scorer, which sends each sentence as a document.
                let useHistory = features.history && rng.next() & 1 == 0
                for index in document {
                    step += 1
                    var x = extracted[index]
                    if useHistory { history.fill(&x.features, perToken: x.perToken, words: x.words, shapes: x.shapes) }
                    let (feats, per) = (x.features, x.perToken)
                    let gold = train[index].tags
                    let n = gold.count
                    guard n > 0 else { continue }
                    // Decode with the current (not averaged) weights.
                    var scores = [Float](repeating: 0, count: n * T)
                    for i in 0..<n {
                        for f in feats[(i * per)..<((i + 1) * per)] {
                            guard let r = rows[f] else { continue }
                            let base = Int(r) * T
                            for t in 0..<T { scores[i * T + t] += weights[base + t] }
                        }
                    }
                    let predicted = EntityModel.viterbi(tags: tags, scores: scores, transitions: transitions)
                    if useHistory { history.record(historyTags?[index] ?? predicted, words: x.words, scheme: tags) }
                    guard predicted != gold else { continue }
                    mistakes += 1
                    for i in 0..<n {
                        let goldPrev = i == 0 ? T : gold[i - 1]
                        let predPrev = i == 0 ? T : predicted[i - 1]
                        if gold[i] != predicted[i] {
                            for f in feats[(i * per)..<((i + 1) * per)] {
                                update(f, gold[i], 1)
                                update(f, predicted[i], -1)
                            }
                        }
                        if gold[i] != predicted[i] || goldPrev != predPrev {
                            updateTransition(goldPrev * T + gold[i], 1)
                            updateTransition(predPrev * T + predicted[i], -1)
                        }
                    }
                }
            }
            let model = averaged()
            lastModel = model
            var line = "epoch \(epoch): \(mistakes) of \(train.count) sentences wrong, \(model.featureCount) features"
            if !dev.isEmpty {
                let evaluation = EntityEvaluation(model: model, sentences: dev)
                line += String(format: ", dev F1 %.2f", evaluation.overall.f1 * 100)
                if best == nil || evaluation.overall.f1 > best!.1.overall.f1 { best = (model, evaluation) }
                log(line)
                log(evaluation.table)
            } else {
                log(line)
            }
        }
        if let best { return (best.0, best.1) }
        return (lastModel!, nil)
    }
}

extension EntityModel {
    /// A model from averaged weights, without rows too small to matter, scaled
    /// so the largest weight is 1024 (Float16 keeps it exact enough).
    static func pruned(tags: EntityTags, rows: [UInt64: Int32], weights: [Float], transitions: [Float], features: EntityFeatures,
                       pruneBelow: Float, info: [String: String]) -> EntityModel {
        let T = tags.count
        let maxWeight = max(weights.lazy.map(abs).max() ?? 1, transitions.lazy.map(abs).max() ?? 1, 1e-9)
        let scale = 1024 / maxWeight
        let threshold = pruneBelow * maxWeight
        var keptRows: [UInt64: Int32] = [:]
        var kept: [Float] = []
        for (key, r) in rows.sorted(by: { $0.value < $1.value }) {
            let slice = weights[(Int(r) * T)..<(Int(r) * T + T)]
            guard slice.contains(where: { abs($0) >= threshold }) else { continue }
            keptRows[key] = Int32(keptRows.count)
            kept.append(contentsOf: slice.map { $0 * scale })
        }
        return EntityModel(tags: tags, rows: keptRows, weights: kept, transitions: transitions.map { $0 * scale },
                           features: features, info: info)
    }

    static func viterbi(tags: EntityTags, scores: [Float], transitions: [Float]) -> [Int] {
        EntityModel(tags: tags, rows: [:], weights: [], transitions: transitions, features: EntityFeatures(gazetteer: nil), info: [:])
            .decode(scores: scores)
    }

}

/// A small seeded generator, so training is deterministic for a `--seed`.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return EntityFeatures.mix(state)
    }
    mutating func shuffle<T>(_ a: inout [T]) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            a.swapAt(i, j)
        }
    }
}
