import Copydesk
import Foundation

/// Documents from memory: a source for tests and for embedding.
public struct InMemorySource: DocumentSource {
    public static let spec = StageSpec(name: "memory", summary: "Documents held in memory.", role: .source, provides: [.text], example: "")
    public let items: [ReadResult]

    public init(options: StageOptions, context: StageContext) throws { items = [] }
    public init(_ documents: [Document]) { items = documents.map { .document($0) } }
    public init(items: [ReadResult]) { self.items = items }

    public func makeReader() throws -> any DocumentReader { Reader(items: items[...]) }

    final class Reader: DocumentReader {
        var items: ArraySlice<ReadResult>
        init(items: ArraySlice<ReadResult>) { self.items = items }
        var expectedCount: Int? { items.count }
        func next() throws -> ReadResult? { items.popFirst() }
    }
}

/// Collects written documents in memory; `commit()` publishes them.
public final class CollectingSink: DocumentSink, @unchecked Sendable {
    public static let spec = StageSpec(name: "collect", summary: "Documents kept in memory.", role: .sink, requires: [.text], example: "")
    private let lock = NSLock()
    private var committed: [Document]? = nil

    public init(options: StageOptions, context: StageContext) throws {}
    public init() {}

    /// The documents of the last committed run, nil if none committed.
    public var documents: [Document]? {
        lock.lock(); defer { lock.unlock() }
        return committed
    }

    public func makeWriter() throws -> any DocumentWriter { Writer(sink: self) }

    final class Writer: DocumentWriter {
        let sink: CollectingSink
        var buffer: [Document] = []
        init(sink: CollectingSink) { self.sink = sink }
        func write(_ document: Document) throws { buffer.append(document) }
        func commit() throws {
            sink.lock.lock()
            sink.committed = buffer
            sink.lock.unlock()
        }
        func discard() { buffer = [] }
    }
}

/// Rejects collected in memory.
public final class CollectingRejects: RejectWriter, @unchecked Sendable {
    public private(set) var rejects: [Reject] = []
    public private(set) var committed = false
    public init() {}
    public func write(_ reject: Reject) throws { rejects.append(reject) }
    public func commit() throws { committed = true }
    public func discard() { rejects = []; committed = false }
}

/// Runs stages over documents in memory, the way a pipeline would.
public enum StageHarness {
    public struct Result {
        public var documents: [Document]
        public var rejects: [Reject]
        public var report: RunReport
    }

    public static func run(_ stages: [any Stage], on documents: [Document], workers: Int = 1, maxInFlight: Int? = nil) throws -> Result {
        let sink = CollectingSink()
        let rejects = CollectingRejects()
        let pipeline = Pipeline(name: "harness", workers: workers, maxInFlight: maxInFlight, source: InMemorySource(documents),
                                transforms: stages, sinks: [sink])
        let report = try PipelineRunner(pipeline: pipeline).run(rejects: rejects)
        return Result(documents: sink.documents ?? [], rejects: rejects.rejects, report: report)
    }
}

/// Checks the contract every stage must keep.
public enum StageVerifier {
    public struct Violation: Error, CustomStringConvertible {
        public var description: String
    }

    /// The same output for every worker count and in-flight bound, every
    /// document accounted for, and every span's offsets pointing at its text.
    public static func verify(_ stages: [any Stage], on documents: [Document]) throws {
        let reference = try StageHarness.run(stages, on: documents, workers: 1, maxInFlight: 1)
        guard reference.documents.count + reference.rejects.count == documents.count else {
            throw Violation(description: "\(documents.count) in, \(reference.documents.count) out + \(reference.rejects.count) rejected")
        }
        for (workers, inFlight) in [(2, 2), (4, 3), (8, 64)] {
            let other = try StageHarness.run(stages, on: documents, workers: workers, maxInFlight: inFlight)
            guard other.documents == reference.documents, other.rejects.map(\.id) == reference.rejects.map(\.id) else {
                throw Violation(description: "output differs with \(workers) workers and \(inFlight) in flight")
            }
        }
        for d in reference.documents {
            if let problem = spanProblem(d) { throw Violation(description: "document '\(d.id)': \(problem)") }
        }
    }

    /// The first span whose offsets do not select its text, if any.
    public static func spanProblem(_ d: Document) -> String? {
        let scalars = Array(d.text.unicodeScalars)
        func check(_ start: Int, _ end: Int, _ text: String, _ layer: String) -> String? {
            guard start >= 0, start <= end, end <= scalars.count else { return "\(layer) span \(start)..<\(end) out of bounds" }
            let slice = String(String.UnicodeScalarView(scalars[start..<end]))
            return slice == text ? nil : "\(layer) span \(start)..<\(end) is '\(slice)', not '\(text)'"
        }
        for e in d.entities ?? [] { if let p = check(e.start, e.end, e.text, "entity") { return p } }
        for n in d.numbers ?? [] { if let p = check(n.start, n.end, n.text, "number") { return p } }
        for s in d.summary ?? [] { if let p = check(s.start, s.end, s.text, "summary") { return p } }
        return nil
    }
}
