import ArgumentParser
import Copydesk
import CopydeskStages
import Foundation

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model.",
        subcommands: [TrainNER.self, TrainSummary.self]
    )
}

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate a model.",
        subcommands: [EvalNER.self]
    )
}

/// Reads CoNLL files, or wire-format JSON Lines documents with `entities`.
enum EntityData {
    static func load(_ path: String, tags: EntityTags) throws -> [TaggedSentence] {
        if path.hasSuffix(".jsonl") || path.hasSuffix(".json") {
            var documents: [Document] = []
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for (n, line) in text.split(separator: "\n").enumerated() {
                do { documents.append(try Document(json: try JSONParser.parse(Array(line.utf8)), fallbackID: "\(n + 1)")) }
                catch { throw ValidationError("\(path):\(n + 1): \(error)") }
            }
            return EntityCorpus.examples(documents: documents, tags: tags)
        }
        return EntityCorpus.examples(conll: try EntityCorpus.readCoNLL(path), tags: tags)
    }

    /// Labels found in the data, CoNLL's four first.
    static func labels(_ path: String) throws -> [String] {
        guard path.hasSuffix(".jsonl") || path.hasSuffix(".json") else { return EntityCorpus.conllLabels }
        var found = Set<String>()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") {
            for e in (try? JSONParser.parse(Array(line.utf8)))?["entities"]?.arrayValue ?? [] {
                if let l = e["label"]?.stringValue { found.insert(l) }
            }
        }
        return EntityCorpus.conllLabels.filter(found.contains) + found.subtracting(EntityCorpus.conllLabels).sorted()
    }
}

struct TrainNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train an entity tagger from CoNLL files or JSON Lines with entities; keeps the best epoch on --dev."
    )

    @Option(help: "Training data: a CoNLL file (token ... tag) or wire-format JSON Lines with entities; repeat it to train on several.") var train: [String]
    @Option(help: "Development data in the same formats; dev scores are printed after every epoch.") var dev: String?
    @Option(help: "Where to write the model.") var out: String
    @Option(help: "Training epochs.") var epochs = 12
    @Option(help: "Random seed for the order of examples; the same seed gives the same model.") var seed: UInt64 = 1
    @Option(help: "Train this many models, with seeds --seed, --seed + 1, ..., and ship their mean.") var seeds = 1
    @Flag(help: "Do not use the bundled gazetteer.") var noGazetteer = false
    @Flag(help: "Do not use the bundled word clusters.") var noClusters = false
    @Flag(help: "Read each document's prediction history: what was said of a name earlier in the document.") var history = false

    func run() throws {
        guard !train.isEmpty else { throw ValidationError("give at least one --train file") }
        var labels: [String] = []
        for path in train { for l in try EntityData.labels(path) where !labels.contains(l) { labels.append(l) } }
        let tags = EntityTags(labels: labels)
        let gazetteer = noGazetteer ? nil : try BundledEntityResources.gazetteer()
        // Documents numbered across files, so that two files' documents never run together.
        var trainSet: [TaggedSentence] = []
        for path in train {
            let offset = (trainSet.last?.document ?? -1) + 1
            trainSet += try EntityData.load(path, tags: tags).map { var s = $0; s.document += offset; return s }
        }
        let devSet = try dev.map { try EntityData.load($0, tags: tags) } ?? []
        print("training on \(trainSet.count) sentences (\(trainSet.reduce(0) { $0 + $1.tags.count }) tokens), labels \(labels.joined(separator: ", ")), gazetteer: \(gazetteer?.count ?? 0) phrases")
        let clusters = noClusters ? nil : BundledEntityResources.clusters()
        var trainer = EntityTrainer(tags: tags, features: EntityFeatures(gazetteer: gazetteer, clusters: clusters, history: history))
        trainer.epochs = epochs
        trainer.seed = seed
        if history { trainer.historyTags = trainer.jackknifed(trainSet) { print($0) } }
        var (model, evaluation) = trainer.train(trainSet, dev: devSet) { print($0) }
        if seeds > 1 {
            var models = [model]
            for k in 1..<seeds {
                trainer.seed = seed + UInt64(k)
                models.append(trainer.train(trainSet, dev: devSet) { print("seed \(trainer.seed): \($0)") }.0)
            }
            model = EntityModel.mean(of: models, info: [:])
            evaluation = devSet.isEmpty ? nil : EntityEvaluation(model: model, sentences: devSet)
            print("the mean of \(seeds) models (seeds \(seed)...\(seed + UInt64(seeds - 1)))")
        }
        var info = [
            "trained_on": train.map { ($0 as NSString).lastPathComponent }.joined(separator: " + "), "epochs": String(epochs),
            "seed": seeds > 1 ? "\(seed)...\(seed + UInt64(seeds - 1)) (mean)" : String(seed),
            "features": String(model.featureCount), "gazetteer_phrases": String(gazetteer?.count ?? 0),
        ]
        if let clusters { info["clusters"] = "clusters.tsv: \(clusters.count) words" }
        if history { info["history"] = "prediction history of the document" }
        if let evaluation { info["dev_f1"] = String(format: "%.2f", evaluation.overall.f1 * 100) }
        try model.with(info: info).write(to: URL(fileURLWithPath: out))
        if let evaluation { print(String(format: "best dev F1 %.2f", evaluation.overall.f1 * 100)) }
        print("wrote \(out) (\(model.featureCount) features)")
    }
}

struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "conlleval-style precision, recall and F1 per label of an entity model on gold data."
    )

    @Option(help: "Gold data: a CoNLL file or wire-format JSON Lines with entities.") var gold: String
    @Option(help: "The model (default: the bundled one).") var model: String?

    func run() throws {
        let m: EntityModel
        if let model {
            m = try EntityModel.load(contentsOf: URL(fileURLWithPath: model), gazetteer: try BundledEntityResources.gazetteer(),
                                     clusters: BundledEntityResources.clusters())
        }
        else { m = try BundledEntityResources.model() }
        let evaluation = EntityEvaluation(model: m, sentences: try EntityData.load(gold, tags: m.tags))
        print(evaluation.table)
        print(String(format: "F1 %.2f", evaluation.overall.f1 * 100))
    }
}

struct TrainSummary: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Train the sentence model of 'summarize' on articles with extractive reference summaries.",
        discussion: """
        The data is JSON Lines of {text, summary} as in BBC News Summary: a title line, a blank line, the body; \
        'summary' holds the kept sentences run together. Prints the cross-validated agreement with the reference \
        (share of chosen sentences that the reference kept, at ratio 0.43), then trains on all the data.
        """
    )

    @Option(help: "Training articles (JSON Lines with text and summary).") var data: String
    @Option(help: "Where to write the model (JSON).") var out: String
    @Option(help: "Cross-validation folds (article i is in fold i mod N); 0 or 1 to skip.") var folds = 5
    @Option(help: "Leave out fold K of --folds from training (for a cross-validated pipeline run).") var holdOut: Int?
    @Option(help: "Training epochs.") var epochs = 30
    @Option(help: "Random seed for the order of examples.") var seed: UInt64 = 1

    func run() throws {
        let examples = try SummaryTrainer.examples(fromJSONLines: data)
        var trainer = SummaryTrainer()
        trainer.epochs = epochs
        trainer.seed = seed
        func fold(_ k: Int, train: Bool) -> [SummaryExample] {
            examples.enumerated().filter { train ? $0.offset % folds != k : $0.offset % folds == k }.map(\.element)
        }
        var info = ["trained_on": (data as NSString).lastPathComponent, "epochs": String(epochs), "seed": String(seed),
                    "articles": String(examples.count)]
        if folds > 1 && holdOut == nil {
            var scores: [Double] = []
            for k in 0..<folds {
                let model = trainer.train(fold(k, train: true))
                scores.append(SummaryTrainer.agreement(model, fold(k, train: false)))
                print(String(format: "fold %d: %.2f%% of chosen sentences are in the reference", k, scores.last! * 100))
            }
            let mean = scores.reduce(0, +) / Double(scores.count)
            print(String(format: "cross-validated agreement: %.2f%%", mean * 100))
            info["cv_agreement"] = String(format: "%.4f", mean)
        }
        let trainingSet: [SummaryExample]
        if let k = holdOut {
            guard folds > 1, (0..<folds).contains(k) else { throw ValidationError("--hold-out needs 0 <= K < --folds") }
            trainingSet = fold(k, train: true)
            info["held_out"] = "fold \(k) of \(folds)"
        } else {
            trainingSet = examples
        }
        var model = trainer.train(trainingSet)
        model.info = info
        try model.write(to: URL(fileURLWithPath: out))
        print(String(format: "agreement on the training articles: %.2f%%", SummaryTrainer.agreement(model, trainingSet) * 100))
        print("wrote \(out)")
    }
}
