import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How much of its programs' stderr one `command` stage may put in the log,
/// shared by all its children so that a chatty program cannot flood it.
final class StderrBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining: Int
    private var announced = false

    init(bytes: Int) { remaining = bytes }

    /// Whether `count` more bytes may be logged; the first refusal says so once.
    func take(_ count: Int, prefix: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if remaining >= count {
            remaining -= count
            return true
        }
        if !announced {
            announced = true
            let note = "\(prefix)stderr limit reached; further output of this stage's program is dropped\n"
            _ = note.utf8CString.withUnsafeBufferPointer { Glibc.write(2, $0.baseAddress, $0.count - 1) }
        }
        return false
    }
}

/// Copies one child's stderr to ours line by line, each line prefixed with
/// the stage id, and keeps its last lines for error messages.
final class StderrRelay: @unchecked Sendable {
    private let prefix: String
    private let budget: StderrBudget
    private let condition = NSCondition()
    private var lastLines: [String] = []
    /// A Swift runtime error's line (`…: Fatal error: Index out of range`),
    /// the reason of a trap, which the stack trace after it would bury.
    private var fatalLine: String? = nil
    private var ended = false

    init(prefix: String, budget: StderrBudget) {
        self.prefix = prefix
        self.budget = budget
    }

    /// Reads `fd` to its end on a thread of its own (a blocking read would
    /// tie up one of Dispatch's workers), then closes it.
    func start(reading fd: Int32) {
        let thread = Thread { [self] in
            var pending: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                pending.append(contentsOf: chunk[..<n])
                while let nl = pending.firstIndex(of: 0x0A) {
                    emit(Array(pending[..<nl]))
                    pending.removeFirst(nl + 1)
                }
            }
            if !pending.isEmpty { emit(pending) }
            close(fd)
            condition.lock()
            ended = true
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    private func emit(_ line: [UInt8]) {
        let text = String(decoding: line, as: UTF8.self)
        condition.lock()
        lastLines.append(text)
        if lastLines.count > 5 { lastLines.removeFirst() }
        if text.contains("Fatal error: ") { fatalLine = text }
        condition.unlock()
        let out = Array((prefix + text + "\n").utf8)
        if budget.take(out.count, prefix: prefix) {
            _ = out.withUnsafeBytes { Glibc.write(2, $0.baseAddress, $0.count) }
        }
    }

    /// The last line the program wrote to stderr, waiting up to `timeout`
    /// seconds for it to close stderr (a crashed program's last words).
    func lastLine(waiting timeout: Double) -> String? {
        condition.lock()
        defer { condition.unlock() }
        let end = Date(timeIntervalSinceNow: timeout)
        while !ended && condition.wait(until: end) {}
        return fatalLine ?? lastLines.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
