import Dispatch
import DequeModule
import Foundation
import Logging

/// Why a run stopped before its end.
public struct RunError: Error, CustomStringConvertible, Sendable {
    public var stage: String
    public var message: String
    /// Set when the run stopped because stdout's reader went away.
    var closed: OutputClosed? = nil
    public var description: String { "stage '\(stage)': \(message)" }
}

/// Runs a pipeline: a reader, `workers` processing threads and the writer,
/// all on Dispatch.
///
/// Documents stream: at most `maxInFlight` are between being read and being
/// written at any moment, whatever the size of the batch. Workers run every
/// transform stage on a document; the writer puts outcomes back in input
/// order, so the output is the same for any number of workers.
public struct PipelineRunner: Sendable {
    public var pipeline: Pipeline
    /// Where rejects and failures are reported as they happen (besides the
    /// rejects output); silent by default.
    public var logger: Logger

    public init(pipeline: Pipeline, logger: Logger = Logger(label: "copydesk", factory: { _ in SwiftLogNoOpLogHandler() })) {
        self.pipeline = pipeline
        self.logger = logger
    }

    /// Runs to the end and commits every output, or throws and leaves every
    /// declared output path untouched.
    ///
    /// With `resume`, outputs that are plain files are kept in a resume
    /// journal (see `RunJournal`), and `resume.resume` continues the run an
    /// earlier journal describes. `observer` sees every written and rejected
    /// document, on this thread, in input order.
    public func run(rejects: (any RejectWriter)?, progress: (any ProgressObserver)? = nil,
                    resume: ResumeSettings? = nil, observer: (any RunObserver)? = nil) throws -> RunReport {
        let started = DispatchTime.now().uptimeNanoseconds
        let reader = try pipeline.makeReader()
        let journal: RunJournal?
        do {
            journal = try resume.flatMap { try RunJournal.begin(pipeline, reader: reader, rejects: rejects, settings: $0) }
        } catch {
            throw RunError(stage: error is ResumeError ? "resume" : pipeline.source.id, message: "\(error)")
        }
        var writers: [any DocumentWriter] = journal?.writers ?? []
        do {
            if journal == nil { for sink in pipeline.sinks { writers.append(try sink.instance.makeWriter()) } }
        } catch {
            writers.forEach { $0.discard() }
            rejects?.discard()
            throw RunError(stage: pipeline.sinks[writers.count].id, message: "\(error)")
        }

        let coordinator = Coordinator(maxInFlight: pipeline.maxInFlight, stageCount: pipeline.transforms.count)
        let group = DispatchGroup()
        let transforms = pipeline.transforms
        let sourceID = pipeline.source.id
        let source = SourceRules(id: sourceID, onError: pipeline.source.onError, maxDocumentBytes: pipeline.maxDocumentBytes)
        let expectedTotal = reader.expectedCount
        // Never more workers than documents, when the count is known.
        let workers = min(pipeline.workers, max(1, expectedTotal ?? Int.max))
        // From here on only the reader thread touches the reader.
        nonisolated(unsafe) let unsafeReader = reader
        nonisolated(unsafe) let positions = journal == nil ? nil : reader as? any ResumableReader

        // Custom serial queues target Dispatch's overcommit pool, so a worker
        // blocked waiting for work never starves the reader of a thread.
        DispatchQueue(label: "copydesk.reader").async(group: group) {
            var counter = StageCounter()
            var sequence = 0
            do {
                while coordinator.acquireSlot() {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let item = try unsafeReader.next()
                    counter.nanoseconds += DispatchTime.now().uptimeNanoseconds - t0
                    guard let item else { break }
                    if let positions { journal?.record(sequence, positions.position) }
                    counter.documentsIn += 1
                    switch item {
                    case .rejected: counter.rejected += 1
                    case .document(let d): counter.documentsOut += 1; counter.bytes += d.text.utf8.count
                    }
                    coordinator.push(sequence, item)
                    sequence += 1
                }
            } catch {
                coordinator.fail(RunError(stage: sourceID, message: "\(error)"))
            }
            coordinator.closeInput(total: sequence, loadCounter: counter)
        }

        let watchdog = Watchdog(transforms)
        watchdog?.start { coordinator.fail($0) }
        for worker in 0..<workers {
            DispatchQueue(label: "copydesk.worker.\(worker)").async(group: group) {
                var counters = [StageCounter](repeating: StageCounter(), count: transforms.count)
                while let (sequence, item) = coordinator.pop() {
                    // Consumed: the document as read is not held through every stage.
                    coordinator.deliver(sequence, Self.process(consume item, transforms, source: source, counters: &counters,
                                                               watchdog: watchdog, worker: worker))
                }
                coordinator.merge(counters)
            }
        }

        // The writer: this thread, in input order.
        var written = 0, rejected = 0, next = 0
        var writeCounter = StageCounter()
        var failure: Error? = nil
        while let outcome = coordinator.take(next) {
            next += 1
            do {
                switch outcome {
                case .done(let document):
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    for writer in writers { try writer.write(document) }
                    writeCounter.nanoseconds += DispatchTime.now().uptimeNanoseconds - t0
                    writeCounter.documentsIn += 1
                    writeCounter.documentsOut += 1
                    written += 1
                    observer?.written(document)
                case .rejected(let reject):
                    guard let rejects else { throw RunError(stage: reject.stage, message: "document '\(reject.id)' rejected and no rejects output: \(reject.error)") }
                    logger.warning("rejected", metadata: ["document": "\(reject.id)", "stage": "\(reject.stage)", "reason": "\(reject.error)"])
                    try rejects.write(reject)
                    rejected += 1
                    observer?.rejected(reject)
                case .failed(let error):
                    throw error
                }
                try journal?.written(next - 1, written: written, rejected: rejected)
            } catch {
                failure = error is RunError ? error : RunError(stage: pipeline.sinks.last?.id ?? "write", message: "\(error)",
                                                               closed: error as? OutputClosed)
                coordinator.fail(failure!)
                break
            }
            coordinator.releaseSlot()
            progress?.update(done: next, total: expectedTotal)
        }
        // A worker stuck past its timeout never returns: the process ends without it.
        if watchdog?.hasFired == true { _ = group.wait(timeout: .now() + 1) } else { group.wait() }
        watchdog?.stop()
        progress?.finish()
        failure = failure ?? coordinator.failure

        if let failure {
            if (failure as? RunError)?.closed == nil { logger.error("run failed", metadata: ["error": "\(failure)"]) }
            writers.forEach { $0.discard() }
            rejects?.discard()
            journal?.close()
            if let closed = (failure as? RunError)?.closed { throw closed }
            throw failure
        }
        // The manifest goes first: a kill after it leaves a part that the
        // next run on this output overwrites, never a journal naming files gone.
        journal?.close()
        do {
            for writer in writers { try writer.commit() }
            try rejects?.commit()
        } catch {
            writers.forEach { $0.discard() }
            rejects?.discard()
            throw RunError(stage: pipeline.sinks.last?.id ?? "write", message: "\(error)")
        }

        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        var stages = [RunReport.StageReport(id: pipeline.source.id, stage: pipeline.source.stageName, counter: coordinator.loadCounter)]
        for (step, counter) in zip(transforms, coordinator.stageCounters) {
            stages.append(RunReport.StageReport(id: step.id, stage: step.stageName, counter: counter))
        }
        for sink in pipeline.sinks {
            stages.append(RunReport.StageReport(id: sink.id, stage: sink.stageName, counter: writeCounter))
        }
        let total = coordinator.total ?? next
        let base = journal?.base
        var report = RunReport(pipeline: pipeline.name, workers: workers, maxInFlight: pipeline.maxInFlight,
                               documentsIn: total + (base?.items ?? 0), documentsOut: written + (base?.written ?? 0),
                               rejected: rejected + (base?.rejected ?? 0), seconds: seconds,
                               documentsPerSecond: seconds > 0 ? Double(total) / seconds : 0,
                               peakInFlight: coordinator.peakInFlight, stages: stages, bytesIn: coordinator.loadCounter.bytes)
        if let base, base.items > 0 { report.resumedAfter = base.items }
        report.accounted = report.documentsIn == report.documentsOut + report.rejected
        report.notes = reader.notes
        return report
    }

    /// Runs every transform on one item; the document as it entered a
    /// failing stage goes to the rejects.
    static func process(_ item: consuming ReadResult, _ transforms: [Pipeline.Step<any Stage>], source: SourceRules,
                        counters: inout [StageCounter], watchdog: Watchdog? = nil, worker: Int = 0) -> Outcome {
        var document: Document
        // Consumed here, not at the end of the function: the document as read
        // (its text is the input's) is not held through every stage.
        switch consume item {
        case .rejected(let id, let reason, let record):
            if source.onError == .fail { return .failed(RunError(stage: source.id, message: "'\(id)': \(reason) (on_error: fail)")) }
            return .rejected(Reject(id: id, stage: source.id, error: reason, payload: .record(record)))
        case .document(let d):
            document = d
        }
        if let limit = source.maxDocumentBytes, document.text.utf8.count > limit {
            let reason = "the text is \(document.text.utf8.count) bytes, more than max_document_bytes (\(limit))"
            if source.onError == .fail { return .failed(RunError(stage: source.id, message: "document '\(document.id)': \(reason) (on_error: fail)")) }
            return .rejected(Reject(id: document.id, stage: source.id, error: reason, payload: .document(document)))
        }
        for (i, step) in transforms.enumerated() {
            let entering = document
            counters[i].documentsIn += 1
            let t0 = DispatchTime.now().uptimeNanoseconds
            watchdog?.enter(worker, stage: i, id: entering.id)
            defer { watchdog?.leave(worker, stage: i) }
            do {
                try step.instance.process(&document)
                document.blameSourceDrop(on: step.id)
                counters[i].nanoseconds += DispatchTime.now().uptimeNanoseconds - t0
                counters[i].documentsOut += 1
            } catch {
                counters[i].nanoseconds += DispatchTime.now().uptimeNanoseconds - t0
                counters[i].rejected += 1
                if let failure = error as? StageFailure {
                    return .failed(RunError(stage: step.id, message: "document '\(entering.id)': \(failure.message)"))
                }
                let reason = (error as? DocumentError)?.reason ?? "\(error)"
                switch step.onError {
                case .skip:
                    return .rejected(Reject(id: entering.id, stage: step.id, error: reason, payload: .document(entering)))
                case .fail:
                    return .failed(RunError(stage: step.id, message: "document '\(entering.id)': \(reason) (on_error: fail)"))
                }
            }
        }
        document.dropAnalysis()
        return .done(document)
    }
}

/// What the runner checks of every item the source hands out.
struct SourceRules: Sendable {
    var id: String
    var onError: ErrorPolicy
    var maxDocumentBytes: Int?
}

/// What became of one input item.
enum Outcome: Sendable {
    case done(Document)
    case rejected(Reject)
    case failed(RunError)
}

struct StageCounter: Sendable {
    var documentsIn = 0
    var documentsOut = 0
    var rejected = 0
    var nanoseconds: UInt64 = 0
    /// UTF-8 bytes of the texts read (the load stage's only).
    var bytes = 0

    mutating func add(_ other: StageCounter) {
        documentsIn += other.documentsIn
        documentsOut += other.documentsOut
        rejected += other.rejected
        nanoseconds += other.nanoseconds
    }
}

extension RunReport.StageReport {
    init(id: String, stage: String, counter: StageCounter) {
        self.init(id: id, stage: stage, documentsIn: counter.documentsIn, documentsOut: counter.documentsOut,
                  rejected: counter.rejected, seconds: Double(counter.nanoseconds) / 1e9)
    }
}
