import Copydesk
import Foundation

/// A logistic model of "an editor keeps this sentence", over
/// `SentenceFeatures`. Small (a few dozen weights), stored as JSON.
public struct SummaryModel: Sendable, Codable {
    public var features: [String]
    public var weights: [Double]
    /// How the model was trained.
    public var info: [String: String]

    /// The probability-ordered score of each sentence (higher keeps first).
    func scores(_ vectors: [[Double]]) -> [Double] {
        vectors.map(score)
    }

    /// The score of one sentence's vector.
    func score(_ v: [Double]) -> Double {
        zip(v, weights).reduce(0) { $0 + $1.0 * $1.1 }
    }

    public static func load(contentsOf url: URL) throws -> SummaryModel {
        let model: SummaryModel
        do { model = try JSONDecoder().decode(SummaryModel.self, from: Data(contentsOf: url)) } catch {
            throw StageConfigurationError(option: "model", "cannot read summary model \(url.path): \(error)")
        }
        guard model.features == SentenceFeatures.names, model.weights.count == model.features.count else {
            throw StageConfigurationError(option: "model", "\(url.path) was trained with other features; retrain it with 'copydesk train summary'")
        }
        return model
    }

    public func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: url, options: .atomic)
    }

    /// The model shipped in the package, loaded once per process.
    public static func bundled() throws -> SummaryModel { try cachedBundled.get() }

    private static let cachedBundled: Result<SummaryModel, Error> = Result {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("summary/bbc.summarymodel.json") else {
            throw StageConfigurationError(option: "model", "the bundled summary model is missing")
        }
        return try load(contentsOf: url)
    }
}

/// One article prepared for training: feature vectors and which sentences
/// the reference kept.
public struct SummaryExample: Sendable {
    var vectors: [[Double]]
    var labels: [Bool]
}

/// Trains `SummaryModel` by logistic regression (AdaGrad, L2), deterministic
/// for a seed, and measures how well it picks the reference's sentences.
public struct SummaryTrainer {
    public var epochs = 30
    public var learningRate = 0.1
    public var l2 = 1e-4
    public var seed: UInt64 = 1

    public init() {}

    /// Articles of BBC News Summary JSON Lines (`text` with a title line,
    /// `summary` the kept sentences run together): a body sentence is
    /// positive when the summary contains it verbatim.
    public static func examples(fromJSONLines path: String) throws -> [SummaryExample] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw DocumentError("cannot read \(path)") }
        let scorer = SentenceScorer()
        var out: [SummaryExample] = []
        for (n, line) in text.split(separator: "\n").enumerated() {
            let json: JSONValue
            do { json = try JSONParser.parse(Array(line.utf8)) } catch { throw DocumentError("\(path):\(n + 1): \(error.description)") }
            guard let body = json["text"]?.stringValue, let summary = json["summary"]?.stringValue else {
                throw DocumentError("\(path):\(n + 1): needs 'text' and a 'summary' string")
            }
            let tokenized = TextAnalysis(body)
            let (sentences, title) = SummarizeStage.bodySentences(tokenized, detectTitle: true)
            let vectors = SentenceFeatures.vectors(sentences, title: title, in: tokenized, scorer: scorer)
            let labels = sentences.map { summary.contains(tokenized.string(of: $0)) }
            out.append(SummaryExample(vectors: vectors, labels: labels))
        }
        return out
    }

    public func train(_ examples: [SummaryExample]) -> SummaryModel {
        let d = SentenceFeatures.count
        var w = [Double](repeating: 0, count: d)
        var g2 = [Double](repeating: 1e-8, count: d)
        var rows: [([Double], Double)] = []
        for e in examples { for (v, y) in zip(e.vectors, e.labels) { rows.append((v, y ? 1 : 0)) } }
        var order = Array(rows.indices)
        var rng = SplitMix64(seed: seed)
        for _ in 0..<epochs {
            rng.shuffle(&order)
            for r in order {
                let (x, y) = rows[r]
                let z = zip(x, w).reduce(0) { $0 + $1.0 * $1.1 }
                let p = 1 / (1 + exp(-z))
                let error = p - y
                for j in 0..<d where x[j] != 0 || j == 0 {
                    let g = error * x[j] + l2 * w[j]
                    g2[j] += g * g
                    w[j] -= learningRate * g / g2[j].squareRoot()
                }
            }
        }
        return SummaryModel(features: SentenceFeatures.names, weights: w, info: [:])
    }

    /// Precision of picking ceil(ratio × n) sentences per article, against the reference labels.
    public static func agreement(_ model: SummaryModel, _ examples: [SummaryExample], ratio: Double = 0.43) -> Double {
        var hit = 0, picked = 0
        for e in examples where !e.vectors.isEmpty {
            let scores = model.scores(e.vectors)
            let k = SummarizeStage.budget(ratio: ratio, of: e.vectors.count)
            let top = e.vectors.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }.prefix(k)
            picked += k
            hit += top.filter { e.labels[$0] }.count
        }
        return picked == 0 ? 0 : Double(hit) / Double(picked)
    }
}
