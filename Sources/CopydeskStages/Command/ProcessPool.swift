import Copydesk
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The programs of one `command` stage, shared by all worker threads.
///
/// A worker takes an idle program (starting one while fewer than
/// `processes` run) or, failing that, the least busy one with fewer than
/// `in_flight` documents outstanding, writes its line, and waits for the
/// answer. Whichever waiting worker is free reads the program's next line
/// and hands it to the document it answers, so answers are matched, never
/// assumed: a program is expected to answer in order, one line per line.
///
/// Every failure costs the documents the program held, and the program is
/// replaced on next use; `maxRestarts` failures in a row fail the run.
final class ProcessPool: @unchecked Sendable {
    let settings: CommandSettings
    private let budget = StderrBudget(bytes: 256 * 1024)
    private let condition = NSCondition()
    private var children: [Running] = []
    private var failuresInARow = 0
    private var fatal: String? = nil

    /// One program and the documents written to it, oldest first.
    final class Running {
        let process: ChildProcess
        var pending: [Slot] = []
        var reading = false
        var failed = false
        var lastAnswered: String? = nil
        /// Writers take a ticket as they join `pending` and write in ticket
        /// order, so that the program sees lines in the order of `pending`.
        var tickets = 0
        var writeTurn = 0
        init(process: ChildProcess) { self.process = process }
    }

    /// One document's exchange.
    final class Slot {
        let id: String
        var deadline: DispatchTime
        var answer: JSONValue? = nil
        var failure: Error? = nil
        var done: Bool { answer != nil || failure != nil }
        init(id: String, deadline: DispatchTime) {
            self.id = id
            self.deadline = deadline
        }
    }

    /// How long a program must stay up at start to count as started: long
    /// enough for `true`, or a Python program whose import fails, to exit
    /// (pyenv's shim alone takes 0.16 s); short next to a run. A program that
    /// dies later fails at its first document instead, and after
    /// `max_restarts` failures in a row the run stops.
    static let startupGrace = 0.5

    /// Starts the first program and checks that it does not exit at once,
    /// so that a bad `run` fails before any document is read.
    init(settings: CommandSettings) throws {
        self.settings = settings
        let first: ChildProcess
        do { first = try spawn() } catch {
            throw StageConfigurationError(option: "run", "\(error)")
        }
        let end = DispatchTime.now().uptimeNanoseconds + UInt64(Self.startupGrace * 1e9)
        while DispatchTime.now().uptimeNanoseconds < end {
            if let status = first.exitStatusIfExited() {
                let words = first.stderr.lastLine(waiting: 0.5).map { "; its last words on stderr: \($0)" } ?? ""
                throw StageConfigurationError(option: "run", "'\(settings.argv.joined(separator: " "))' exited at once, before reading any document (\(ChildProcess.describe(status: status)))\(words)")
            }
            usleep(5_000)
        }
        children.append(Running(process: first))
    }

    deinit {
        // End of input first for all, so they wind down together.
        for c in children { c.process.closeInput() }
        for c in children { c.process.stop(grace: 1) }
    }

    private func spawn() throws -> ChildProcess {
        try ChildProcess(argv: settings.argv, environment: settings.environment, directory: settings.directory,
                         stderr: StderrRelay(prefix: "[\(settings.stageID)] ", budget: budget))
    }

    /// Writes `line` (one document and its newline) and returns the JSON
    /// object that answers document `id`.
    func exchange(id: String, line: [UInt8]) throws -> JSONValue {
        condition.lock()
        defer { condition.unlock() }
        let running = try choose()
        let slot = Slot(id: id, deadline: .now() + settings.timeout)
        let ticket = running.tickets
        running.tickets += 1
        running.pending.append(slot)
        while running.writeTurn != ticket && !running.failed { condition.wait() }
        if !running.failed {
            slot.deadline = .now() + settings.timeout
            condition.unlock()
            var reason: String? = nil
            do { try running.process.write(line, deadline: slot.deadline) } catch { reason = diagnose(error, running) }
            condition.lock()
            running.writeTurn += 1
            condition.broadcast()
            if let reason, !slot.done { fail(running, reason) }
        }

        while !slot.done {
            guard !running.reading, !running.failed, let head = running.pending.first else {
                condition.wait()
                continue
            }
            running.reading = true
            condition.unlock()
            let read: Result<[UInt8], ChildProcess.Failure>
            do { read = .success(try running.process.readLine(deadline: head.deadline)) } catch { read = .failure(error) }
            var parsed: JSONValue? = nil
            var reason: String? = nil
            switch read {
            case .success(let bytes): parsed = try? JSONParser.parse(bytes)
                if parsed.map(Self.isObject) != true { reason = "the program answered with something that is not a JSON object: \(Self.excerpt(bytes))" }
            case .failure(let f): reason = diagnose(f, running)
            }
            condition.lock()
            running.reading = false
            if case .failure = read { fail(running, reason!) }
            else if let reason { if !running.failed && !running.pending.isEmpty { complete(running, at: 0, failure: DocumentError(reason)) } }
            else { match(parsed!, on: running) }
            condition.broadcast()
        }
        if let failure = slot.failure { throw failure }
        return slot.answer!
    }

    /// A program for the next document; waits while all are at `in_flight`.
    private func choose() throws -> Running {
        while true {
            if let fatal { throw StageFailure(fatal) }
            if let idle = children.first(where: { $0.pending.isEmpty }) { return idle }
            if children.count < (settings.processes ?? Int.max) {
                do {
                    let running = Running(process: try spawn())
                    children.append(running)
                    return running
                } catch {
                    recordFailure()
                    if let fatal { throw StageFailure(fatal) }
                    throw DocumentError("\(error)")
                }
            }
            if let least = children.filter({ $0.pending.count < settings.inFlight }).min(by: { $0.pending.count < $1.pending.count }) {
                return least
            }
            condition.wait()
        }
    }

    /// Gives `answer` to the document it names; see the type's comment.
    private func match(_ answer: JSONValue, on running: Running) {
        guard !running.failed, let head = running.pending.first else { return }
        guard settings.matchIDs, let id = answer["id"]?.stringValue, id != head.id else {
            deliver(answer, on: running, at: 0)
            return
        }
        if let k = running.pending.firstIndex(where: { $0.id == id }) {
            // Answers are in order, so the ones before it were skipped.
            for _ in 0..<k { complete(running, at: 0, failure: DocumentError("the program gave no answer (it answered '\(id)', written after it, instead)")) }
            deliver(answer, on: running, at: 0)
            return
        }
        let reason = id == running.lastAnswered
            ? "the program answered '\(id)' a second time (one answer too many) where '\(head.id)' was due"
            : "the program answered id '\(id)' for '\(head.id)'"
        fail(running, reason)
    }

    private func deliver(_ answer: JSONValue, on running: Running, at index: Int) {
        let slot = running.pending.remove(at: index)
        slot.answer = answer
        running.lastAnswered = slot.id
        failuresInARow = 0
    }

    private func complete(_ running: Running, at index: Int, failure: Error) {
        running.pending.remove(at: index).failure = failure
    }

    /// Stops `running` and rejects every document it held: the oldest with
    /// `reason`, the others as held by a stopped program.
    private func fail(_ running: Running, _ reason: String) {
        guard !running.failed else { return }
        running.failed = true
        children.removeAll { $0 === running }
        running.process.killGroup()
        let process = running.process
        DispatchQueue.global().async { process.stop(grace: 0) }
        recordFailure()
        for (i, slot) in running.pending.enumerated() {
            let message = i == 0 ? reason : "the program was stopped while holding this document (\(reason), on '\(running.pending[0].id)')"
            slot.failure = fatal.map { StageFailure("\(message); \($0)") } ?? DocumentError(message)
        }
        running.pending = []
    }

    private func recordFailure() {
        failuresInARow += 1
        guard fatal == nil, failuresInARow > settings.maxRestarts else { return }
        fatal = settings.maxRestarts == 0
            ? "the program failed and 'restart' is never"
            : "the program failed \(failuresInARow) times in a row (max_restarts: \(settings.maxRestarts))"
    }

    /// The reason for a failed read or write, stopping the program first so
    /// that its exit status and last stderr line can be told.
    private func diagnose(_ failure: ChildProcess.Failure, _ running: Running) -> String {
        switch failure {
        case .timedOut:
            running.process.killGroup()
            return "timeout after \(OptionValue.number(settings.timeout).shortNumber) s"
        case .closed, .io:
            let status = running.process.stop(grace: 1)
            let detail: String
            if case .io(let message) = failure { detail = "; \(message)" } else { detail = "" }
            let words = running.process.stderr.lastLine(waiting: 0.2).map { "; last stderr line: \($0)" } ?? ""
            return "\(ChildProcess.describe(status: status)) while processing\(detail)\(words)"
        }
    }

    private static func isObject(_ value: JSONValue) -> Bool {
        if case .object = value { return true }
        return false
    }

    private static func excerpt(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(80), as: UTF8.self)
        return bytes.count > 80 ? "'\(text)…'" : "'\(text)'"
    }
}
