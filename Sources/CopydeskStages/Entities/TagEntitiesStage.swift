import Copydesk
import Foundation

/// `tag_entities`: a trained statistical tagger (structured averaged
/// perceptron, Viterbi over BIO tags) for PER, ORG, LOC and MISC, plus
/// optional user entity lists.
public struct TagEntitiesStage: Stage {
    public static let spec = StageSpec(
        name: "tag_entities",
        summary: "Find people, organisations, places and other names with a trained tagger and optional entity lists.",
        options: [
            OptionSpec("model", .path, summary: "A model trained with 'copydesk train ner'; the bundled CoNLL-2003 model by default."),
            OptionSpec("labels", .stringList, summary: "Keep only these labels (default: all)."),
            OptionSpec("rules", .boolean, default: .boolean(true),
                       summary: "Split titles from names (\"Kyiv Mayor Vitali Klitschko\") and make labels consistent within a document."),
            OptionSpec("patterns", .path, summary: "Entity list: YAML list or JSON Lines of {label, phrase, case_sensitive}."),
            OptionSpec("patterns_mode", .choice(["override", "fill"]), default: .string("override"),
                       summary: "override: list matches replace overlapping model entities; fill: only where the model found nothing."),
        ],
        requires: [.text, .tokens, .sentences],
        provides: [.entities],
        example: """
        - stage: tag_entities
          with:
            labels: [PER, ORG]
            patterns: entities.yaml
        """
    )

    let tagger: EntityTagger
    let labels: Set<String>?
    let patterns: EntityPatterns?
    let override: Bool

    public init(options: StageOptions, context: StageContext) throws {
        _ = try LanguageData.english()  // the shared analysis needs it: fail here, not per document
        let model: EntityModel
        if let path = options.string("model") {
            guard FileManager.default.fileExists(atPath: path) else { throw StageConfigurationError(option: "model", "no such model file: \(path)") }
            model = try EntityModel.load(contentsOf: URL(fileURLWithPath: path), gazetteer: try BundledEntityResources.gazetteer(),
                                         clusters: BundledEntityResources.clusters())
        } else {
            model = try BundledEntityResources.model()
        }
        tagger = EntityTagger(model: model, rules: options.bool("rules") ?? true)
        if let wanted = options.list("labels") {
            let known = Set(model.tags.labels)
            var valid = known
            if let path = options.string("patterns") { valid.formUnion(try EntityPatterns(contentsOf: path).labels) }
            for l in wanted where !valid.contains(l) {
                throw StageConfigurationError(option: "labels", "unknown label '\(l)'; labels: \(valid.sorted().joined(separator: ", "))")
            }
            labels = Set(wanted)
        } else {
            labels = nil
        }
        patterns = try options.string("patterns").map { try EntityPatterns(contentsOf: $0) }
        override = options.string("patterns_mode") != "fill"
    }

    public func process(_ document: inout Document) throws {
        let text = document.analysis
        var entities = tagger.entities(in: text)
        if let patterns { entities = patterns.merge(patterns.matches(in: text), into: entities, override: override) }
        if let labels { entities.removeAll { !labels.contains($0.label) } }
        document.entities = entities
    }
}

/// Runs a model over a whole text, sentence by sentence.
public struct EntityTagger: Sendable {
    public let model: EntityModel
    /// Title splitting and document consistency after the model (`EntityRules`).
    public var rules: Bool
    public init(model: EntityModel, rules: Bool = true) {
        self.model = model
        self.rules = rules
    }

    public func entities(in text: TextAnalysis) -> [Entity] {
        var out: [Entity] = []
        var history = EntityHistory()
        for s in text.sentences {
            let tags = model.tag(EntityFeatures.Sentence(text: text, tokens: s.tokens), history: &history)
            for (range, label) in model.tags.spans(tags) {
                let a = text.tokens[s.tokens.lowerBound + range.lowerBound], b = text.tokens[s.tokens.lowerBound + range.upperBound - 1]
                out.append(Entity(start: a.start, end: b.end, text: text.string(bytes: a.byteStart..<b.byteEnd), label: model.tags.labels[label]))
            }
        }
        return rules ? EntityRules.bundled.apply(out, text: text) : out
    }
}

/// The model and gazetteer shipped in the package, loaded once per process.
public enum BundledEntityResources {
    static func url(_ name: String) -> URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("entities/\(name)")
    }

    /// The text of a bundled list, or nil when the bundle lacks it.
    private static func text(_ name: String) -> String? {
        url(name).flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    }

    private static let cachedGazetteer: Result<Gazetteer, StageConfigurationError> = .success(text("gazetteer.tsv").map { Gazetteer(tsv: $0) } ?? Gazetteer())

    private static let cachedClusters: WordClusters = text("clusters.tsv").map { WordClusters(tsv: $0) } ?? WordClusters()

    private static let cachedModel: Result<EntityModel, StageConfigurationError> = {
        guard let u = url("conll2003.nermodel"), FileManager.default.fileExists(atPath: u.path) else {
            return .failure(StageConfigurationError(option: "model", "the bundled entity model is missing; train one with 'copydesk train ner'"))
        }
        do { return .success(try EntityModel.load(contentsOf: u, gazetteer: try cachedGazetteer.get(), clusters: cachedClusters)) }
        catch let e as StageConfigurationError { return .failure(e) }
        catch { return .failure(StageConfigurationError(option: "model", "\(error)")) }
    }()

    private static let cachedOrganisations = text("organisations.tsv").map(NameList.parse) ?? []
    private static let cachedGroups = text("groups.tsv").map(NameList.parse) ?? []
    private static let cachedWorks = text("works.tsv").map(NameList.parse) ?? []

    private static let cachedTitles = NameTitles(tsv: text("titles.tsv") ?? "")

    public static func gazetteer() throws -> Gazetteer { try cachedGazetteer.get() }
    /// Titles before a name (`EntityRules.splitTitles`).
    static func titles() -> NameTitles { cachedTitles }
    /// Names of online platforms and brands (`EntityRules.namingOrganisations`).
    public static func organisations() -> Set<String> { cachedOrganisations }
    /// Names of groups of people: nationalities, religions (`EntityRules.namingGroups`).
    public static func groups() -> Set<String> { cachedGroups }
    /// Nouns of kinds of work before a title (`EntityRules.namingWorks`).
    public static func works() -> Set<String> { cachedWorks }
    public static func clusters() -> WordClusters { cachedClusters }
    public static func model() throws -> EntityModel { try cachedModel.get() }
}
