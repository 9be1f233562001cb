import Copydesk
import CopydeskTesting
import Foundation
import Testing

@Suite struct RunnerTests {
    func run(workers: Int, count: Int, maxInFlight: Int? = nil, policy: ErrorPolicy = .skip) throws -> (CollectingSink, CollectingRejects, RunReport) {
        let sink = CollectingSink()
        let rejects = CollectingRejects()
        let pipeline = Pipeline(name: "t", workers: workers, maxInFlight: maxInFlight, onError: policy,
                                source: CountingSource(count: count), transforms: [PickyStage(), UpperStage()], sinks: [sink])
        let report = try PipelineRunner(pipeline: pipeline).run(rejects: rejects)
        return (sink, rejects, report)
    }

    @Test func outputIsInInputOrderAndIdenticalAcrossWorkerCounts() throws {
        let (one, r1, _) = try run(workers: 1, count: 300)
        let (eight, r8, _) = try run(workers: 8, count: 300)
        let ids = one.documents!.map(\.id)
        #expect(ids == ids.sorted { Int($0.dropFirst(4))! < Int($1.dropFirst(4))! })
        #expect(one.documents! == eight.documents!)
        #expect(r1.rejects.map(\.id) == r8.rejects.map(\.id))
        // The serialized output is byte-identical.
        #expect(one.documents!.map(\.wireJSON) == eight.documents!.map(\.wireJSON))
    }

    @Test func everyDocumentIsWrittenOrRejected() throws {
        let (sink, rejects, report) = try run(workers: 4, count: 95)
        #expect(sink.documents!.count + rejects.rejects.count == 95)
        #expect(rejects.rejects.count == 9)
        #expect(report.documentsIn == 95)
        #expect(report.documentsOut == 86)
        #expect(report.rejected == 9)
        let picky = report.stages.first { $0.id == "picky" }!
        #expect(picky.documentsIn == 95 && picky.rejected == 9 && picky.documentsOut == 86)
        // The reject names the stage and the reason, and keeps the document as it entered.
        let first = rejects.rejects[0]
        #expect(first.id == "doc-7" && first.stage == "picky" && first.error == "contains bad")
        guard case .document(let d) = first.payload else { Issue.record("no document in reject"); return }
        #expect(d.text == "a bad one 7")
    }

    @Test func documentsInFlightAreBounded() throws {
        for (workers, bound) in [(1, 1), (2, 3), (4, 5), (8, 8)] {
            let (_, _, report) = try run(workers: workers, count: 400, maxInFlight: bound)
            #expect(report.peakInFlight <= bound)
            #expect(report.peakInFlight >= 1)
            #expect(report.documentsIn == 400)
        }
    }

    @Test func failPolicyStopsAndCommitsNothing() throws {
        let sink = CollectingSink()
        let rejects = CollectingRejects()
        let pipeline = Pipeline(name: "t", workers: 3, onError: .fail, source: CountingSource(count: 50),
                                transforms: [PickyStage()], sinks: [sink])
        #expect(throws: RunError.self) { try PipelineRunner(pipeline: pipeline).run(rejects: rejects) }
        #expect(sink.documents == nil)
        #expect(!rejects.committed)
    }

    @Test func atomicFileLeavesNoTruncatedOutputOnFailure() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-atomic-\(UUID().uuidString)")
        let path = dir.appendingPathComponent("out.jsonl").path
        let writer = try JSONLinesWriter(path: path)
        try writer.write(Document(id: "a", text: "x"))
        #expect(!FileManager.default.fileExists(atPath: path))
        writer.discard()
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)

        let second = try JSONLinesWriter(path: path)
        try second.write(Document(id: "b", text: "y"))
        try second.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"id\":\"b\",\"text\":\"y\"}\n")
    }

    @Test func stageContractHoldsForTestStages() throws {
        let docs = (0..<40).map { Document(id: "d\($0)", text: "word \($0) " + String(repeating: "é", count: $0 % 5)) }
        try StageVerifier.verify([UpperStage(), AnnotateStage()], on: docs)
    }
}

/// Counts documents between being read and being written, independently of
/// the runner's own bookkeeping.
final class FlightCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var read = 0, written = 0
    private(set) var peak = 0
    func didRead() { lock.lock(); read += 1; peak = max(peak, read - written); lock.unlock() }
    func didWrite() { lock.lock(); written += 1; lock.unlock() }
}

struct FlightSource: DocumentSource {
    static let spec = StageSpec(name: "flight", summary: "", role: .source, provides: [.text], example: "")
    let counter: FlightCounter
    let count: Int
    init(options: StageOptions, context: StageContext) throws { counter = FlightCounter(); count = 0 }
    init(counter: FlightCounter, count: Int) { self.counter = counter; self.count = count }
    func makeReader() throws -> any DocumentReader { Reader(self) }
    final class Reader: DocumentReader {
        let source: FlightSource
        var made = 0
        init(_ s: FlightSource) { source = s }
        var expectedCount: Int? { nil }
        func next() throws -> ReadResult? {
            guard made < source.count else { return nil }
            made += 1
            source.counter.didRead()
            return .document(Document(id: "\(made)", text: String(repeating: "a", count: made % 50)))
        }
    }
}

struct FlightSink: DocumentSink {
    static let spec = StageSpec(name: "flight_sink", summary: "", role: .sink, example: "")
    let counter: FlightCounter
    init(options: StageOptions, context: StageContext) throws { counter = FlightCounter() }
    init(counter: FlightCounter) { self.counter = counter }
    func makeWriter() throws -> any DocumentWriter { Writer(counter) }
    final class Writer: DocumentWriter {
        let counter: FlightCounter
        init(_ c: FlightCounter) { counter = c }
        func write(_ document: Document) throws { usleep(50); counter.didWrite() }
        func commit() throws {}
        func discard() {}
    }
}

@Suite struct InFlightTests {
    @Test func slowWriterNeverHasMoreThanTheBoundInFlight() throws {
        for (workers, bound) in [(1, 2), (4, 6), (8, 10)] {
            let counter = FlightCounter()
            let pipeline = Pipeline(name: "f", workers: workers, maxInFlight: bound, source: FlightSource(counter: counter, count: 2_000),
                                    transforms: [UpperStage()], sinks: [FlightSink(counter: counter)])
            let report = try PipelineRunner(pipeline: pipeline).run(rejects: CollectingRejects())
            #expect(counter.peak <= bound, "workers \(workers): \(counter.peak) in flight, bound \(bound)")
            #expect(counter.peak == bound, "a slow writer should fill the window")
            #expect(report.documentsOut == 2_000)
        }
    }
}

@Suite struct RejectFileTests {
    @Test func noRejectsLeaveNoFileAndClearAnOldOne() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-rejects-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("r.jsonl").path
        try JSONLinesRejectWriter(path: path).commit()
        #expect(!FileManager.default.fileExists(atPath: path))

        let writer = try JSONLinesRejectWriter(path: path)
        try writer.write(Reject(id: "a", stage: "s", error: "e", payload: .record(.null)))
        try writer.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(#"{"id":"a","stage":"s""#))

        try JSONLinesRejectWriter(path: path).commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8).isEmpty)
    }
}

@Suite struct AnalysisLifetimeTests {
    /// Keeps a weak reference to every analysis a stage reads.
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var refs: [() -> TextAnalysis?] = []
        func add(_ a: TextAnalysis) { lock.lock(); weak let w = a; refs.append { w }; lock.unlock() }
        var alive: Int { lock.lock(); defer { lock.unlock() }; return refs.filter { $0() != nil }.count }
    }

    struct TokenizingStage: Stage {
        static let spec = StageSpec(name: "tokenizing", summary: "Reads the tokens.", requires: [.tokens], example: "")
        let seen: Seen
        init(options: StageOptions, context: StageContext) throws { seen = Seen() }
        init(seen: Seen) { self.seen = seen }
        func process(_ document: inout Document) throws {
            let analysis = document.analysis
            #expect(!analysis.tokens.isEmpty)
            seen.add(analysis)
        }
    }

    /// The writer gets documents without their analysis: a 10 MB document's
    /// tokens (30 MB) would otherwise live until its line is written.
    @Test func writersGetDocumentsWithoutTheirAnalysis() throws {
        let seen = Seen()
        let sink = CollectingSink()
        let pipeline = Pipeline(name: "a", workers: 2, source: CountingSource(count: 40),
                                transforms: [TokenizingStage(seen: seen)], sinks: [sink])
        let report = try PipelineRunner(pipeline: pipeline).run(rejects: CollectingRejects())
        #expect(report.documentsOut == 40)
        #expect(sink.documents?.count == 40)
        // The sink still holds every document; none holds its analysis.
        #expect(seen.alive == 0)
        // Read again, it is made again from the text.
        #expect(sink.documents?.first?.analysis.tokens.isEmpty == false)
    }
}
