import Dispatch
import Foundation

/// Enforces `timeout:` on stages that run inside the process. A thread
/// cannot be stopped from outside, so a document past its stage's limit
/// stops the whole run, at once and with a message that names it and says
/// that `isolate: true` turns the same limit into one reject. (An isolated
/// stage's limit is enforced by killing its worker process instead.)
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    /// Per worker thread: the stage it is in, the document, since when.
    private var running: [Int: (stage: Int, id: String, since: UInt64)] = [:]
    private let limits: [Double?]
    private let names: [String]
    private var timer: DispatchSourceTimer?
    private var fired = false

    /// Nil when no in-process stage has a limit.
    init?(_ transforms: [Pipeline.Step<any Stage>]) {
        limits = transforms.map { $0.isolate ? nil : $0.timeout }
        names = transforms.map(\.id)
        if limits.allSatisfy({ $0 == nil }) { return nil }
    }

    var hasFired: Bool {
        lock.lock()
        defer { lock.unlock() }
        return fired
    }

    func start(onTimeout: @escaping @Sendable (RunError) -> Void) {
        let shortest = limits.compactMap { $0 }.min() ?? 1
        let timer = DispatchSource.makeTimerSource(queue: .global())
        let tick = min(1, max(0.01, shortest / 10))
        timer.schedule(deadline: .now() + tick, repeating: tick)
        timer.setEventHandler { [self] in
            if let error = check() { onTimeout(error) }
        }
        timer.resume()
        self.timer = timer
    }

    func stop() { timer?.cancel() }

    func enter(_ worker: Int, stage: Int, id: String) {
        guard limits[stage] != nil else { return }
        lock.lock()
        running[worker] = (stage, id, DispatchTime.now().uptimeNanoseconds)
        lock.unlock()
    }

    func leave(_ worker: Int, stage: Int) {
        guard limits[stage] != nil else { return }
        lock.lock()
        running[worker] = nil
        lock.unlock()
    }

    private func check() -> RunError? {
        lock.lock()
        defer { lock.unlock() }
        guard !fired else { return nil }
        let now = DispatchTime.now().uptimeNanoseconds
        for (_, r) in running {
            guard let limit = limits[r.stage], Double(now - r.since) / 1e9 > limit else { continue }
            fired = true
            return RunError(stage: names[r.stage], message: "document '\(r.id)' took longer than its timeout of \(OptionValue.number(limit).shortNumber) s; a stage inside the process cannot be stopped, so the run stops: set 'isolate: true' on '\(names[r.stage])' to reject such a document and go on")
        }
        return nil
    }
}
