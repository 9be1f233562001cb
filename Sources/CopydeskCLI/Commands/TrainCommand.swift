import ArgumentParser
import Copydesk
import CopydeskStages
import Foundation

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model.",
        subcommands: [TrainNER.self]
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

    @Option(help: "Training data: a CoNLL file (token ... tag) or wire-format JSON Lines with entities.") var train: String
    @Option(help: "Development data in the same formats; dev scores are printed after every epoch.") var dev: String?
    @Option(help: "Where to write the model.") var out: String
    @Option(help: "Training epochs.") var epochs = 12
    @Option(help: "Random seed for the order of examples; the same seed gives the same model.") var seed: UInt64 = 1
    @Flag(help: "Do not use the bundled gazetteer.") var noGazetteer = false

    func run() throws {
        let labels = try EntityData.labels(train)
        let tags = EntityTags(labels: labels)
        let gazetteer = noGazetteer ? nil : try BundledEntityResources.gazetteer()
        let trainSet = try EntityData.load(train, tags: tags)
        let devSet = try dev.map { try EntityData.load($0, tags: tags) } ?? []
        print("training on \(trainSet.count) sentences (\(trainSet.reduce(0) { $0 + $1.tags.count }) tokens), labels \(labels.joined(separator: ", ")), gazetteer: \(gazetteer?.count ?? 0) phrases")
        var trainer = EntityTrainer(tags: tags, features: EntityFeatures(gazetteer: gazetteer))
        trainer.epochs = epochs
        trainer.seed = seed
        let (model, evaluation) = trainer.train(trainSet, dev: devSet) { print($0) }
        var info = [
            "trained_on": (train as NSString).lastPathComponent, "epochs": String(epochs), "seed": String(seed),
            "features": String(model.featureCount), "gazetteer_phrases": String(gazetteer?.count ?? 0),
        ]
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
        if let model { m = try EntityModel.load(contentsOf: URL(fileURLWithPath: model), gazetteer: try BundledEntityResources.gazetteer()) }
        else { m = try BundledEntityResources.model() }
        let evaluation = EntityEvaluation(model: m, sentences: try EntityData.load(gold, tags: m.tags))
        print(evaluation.table)
        print(String(format: "F1 %.2f", evaluation.overall.f1 * 100))
    }
}
