import Copydesk
import CopydeskTesting
import Foundation

/// Small stages for engine tests; the engine knows no real stage.
struct UpperStage: Stage {
    static let spec = StageSpec(name: "upper", summary: "Upper-cases the text.", options: [
        OptionSpec("times", .integer, default: .integer(1), minimum: 1, summary: "How often."),
        OptionSpec("mode", .choice(["fast", "slow"]), default: .string("fast"), summary: "Mode."),
        OptionSpec("label", .string, required: true, summary: "A required label."),
    ], requires: [.text], provides: ["upper"], example: "- stage: upper")
    init(options: StageOptions, context: StageContext) throws {}
    init() {}
    func process(_ document: inout Document) throws { document.text = document.text.uppercased() }
}

/// Rewrites the text, so it must run before anything that annotates.
struct RewriteStage: Stage {
    static let spec = StageSpec(name: "rewrite", summary: "Rewrites.", requires: [.text], invalidates: [.entities], example: "")
    init(options: StageOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
}

struct AnnotateStage: Stage {
    static let spec = StageSpec(name: "annotate", summary: "Adds an entity.", requires: [.text], provides: [.entities], example: "")
    init(options: StageOptions, context: StageContext) throws {}
    init() {}
    func process(_ document: inout Document) throws {
        document.entities = [Entity(start: 0, end: 1, text: String(document.text.unicodeScalars.first.map(Character.init) ?? " "), label: "X")]
    }
}

struct NeedsEntitiesStage: Stage {
    static let spec = StageSpec(name: "needs_entities", summary: "Needs entities.", requires: [.entities], example: "")
    init(options: StageOptions, context: StageContext) throws {}
    func process(_ document: inout Document) throws {}
}

/// Fails on documents whose text contains "bad"; works slowly on some others
/// so that workers finish out of order.
struct PickyStage: Stage {
    static let spec = StageSpec(name: "picky", summary: "Rejects 'bad'.", requires: [.text], example: "")
    init(options: StageOptions, context: StageContext) throws {}
    init() {}
    func process(_ document: inout Document) throws {
        if document.text.contains("bad") { throw DocumentError("contains bad") }
        let n = document.text.utf8.reduce(0) { $0 &+ Int($1) }
        if n % 3 == 0 { usleep(UInt32(200 + (n % 7) * 150)) }
        document[field: "length"] = .number(Double(document.text.count))
    }
}

/// Reads `count` generated documents; never fails.
struct CountingSource: DocumentSource {
    static let spec = StageSpec(name: "counting", summary: "Generated documents.", role: .source,
                                options: [OptionSpec("path", .path, required: true, summary: "Ignored path.")], provides: [.text], example: "")
    let count: Int
    init(options: StageOptions, context: StageContext) throws { count = 10 }
    init(count: Int) { self.count = count }
    func makeReader() throws -> any DocumentReader { Reader(count: count) }
    final class Reader: DocumentReader {
        let count: Int
        var made = 0
        init(count: Int) { self.count = count }
        var expectedCount: Int? { count }
        func next() throws -> ReadResult? {
            guard made < count else { return nil }
            made += 1
            return .document(Document(id: "doc-\(made)", text: made % 10 == 7 ? "a bad one \(made)" : "text number \(made) " + String(repeating: "x", count: made % 13)))
        }
    }
}

struct NullSink: DocumentSink {
    static let spec = StageSpec(name: "null", summary: "Discards.", role: .sink,
                                options: [OptionSpec("path", .path, required: true, summary: "Ignored path.")], requires: [.text], example: "")
    init(options: StageOptions, context: StageContext) throws {}
    func makeWriter() throws -> any DocumentWriter { Writer() }
    final class Writer: DocumentWriter {
        func write(_ document: Document) throws {}
        func commit() throws {}
        func discard() {}
    }
}

func testRegistry() -> StageRegistry {
    var r = StageRegistry()
    r.register(CountingSource.self)
    r.register(UpperStage.self)
    r.register(RewriteStage.self)
    r.register(AnnotateStage.self)
    r.register(NeedsEntitiesStage.self)
    r.register(PickyStage.self)
    r.register(NullSink.self)
    return r
}
