import DequeModule
import Foundation

/// The state shared by reader, workers and writer.
///
/// Each side waits on a condition of its own: the reader for a free slot,
/// the workers for an item, the writer for the outcome it writes next. A
/// change wakes only the side that waits for it, and only when what it
/// waits for has come: with one shared condition every push and delivery
/// woke every thread, and the wake-ups cost a tenth of a one-worker run's
/// CPU on short articles. The reader is woken when a quarter of the slots
/// are free rather than at each one, so that it reads in batches.
///
/// A failure is recorded under each lock in turn, so that every wait sees it.
final class Coordinator: @unchecked Sendable {
    private let slots = NSCondition()
    private let work = NSCondition()
    private let done = NSCondition()

    // Under `slots`.
    private let maxInFlight: Int
    /// Free slots before the waiting reader is woken.
    private let batch: Int
    private var inFlight = 0
    private var readerWaits = false
    private var slotsFailed = false
    private(set) var peakInFlight = 0

    // Under `work`.
    private var queue = Deque<(Int, ReadResult)>()
    private var inputClosed = false
    private var workFailed = false

    // Under `done`.
    private var outcomes: [Int: Outcome] = [:]
    /// The sequence number the writer waits for, while it waits.
    private var awaited: Int? = nil
    private(set) var total: Int? = nil
    private(set) var failure: Error? = nil
    private(set) var stageCounters: [StageCounter] = []
    private(set) var loadCounter = StageCounter()

    init(maxInFlight: Int, stageCount: Int) {
        self.maxInFlight = max(1, maxInFlight)
        batch = max(1, self.maxInFlight / 4)
        stageCounters = [StageCounter](repeating: StageCounter(), count: stageCount)
    }

    /// Blocks the reader until a document may enter; false once the run failed.
    func acquireSlot() -> Bool {
        slots.lock()
        defer { slots.unlock() }
        while inFlight >= maxInFlight && !slotsFailed {
            readerWaits = true
            slots.wait()
        }
        readerWaits = false
        guard !slotsFailed else { return false }
        inFlight += 1
        peakInFlight = max(peakInFlight, inFlight)
        return true
    }

    func releaseSlot() {
        slots.lock()
        inFlight -= 1
        if readerWaits && maxInFlight - inFlight >= batch { slots.signal() }
        slots.unlock()
    }

    func push(_ sequence: Int, _ item: ReadResult) {
        work.lock()
        queue.append((sequence, item))
        work.signal()
        work.unlock()
    }

    /// The next item to process, or nil when input is over (or the run failed).
    func pop() -> (Int, ReadResult)? {
        work.lock()
        defer { work.unlock() }
        while queue.isEmpty && !inputClosed && !workFailed { work.wait() }
        guard !workFailed else { return nil }
        return queue.popFirst()
    }

    func closeInput(total: Int, loadCounter: StageCounter) {
        work.lock()
        inputClosed = true
        work.broadcast()
        work.unlock()
        done.lock()
        self.total = total
        self.loadCounter = loadCounter
        done.broadcast()
        done.unlock()
    }

    func deliver(_ sequence: Int, _ outcome: Outcome) {
        done.lock()
        outcomes[sequence] = outcome
        if awaited == sequence { done.signal() }
        done.unlock()
    }

    /// The outcome of item `sequence`, waiting for it; nil after the last item or on failure.
    func take(_ sequence: Int) -> Outcome? {
        done.lock()
        defer {
            awaited = nil
            done.unlock()
        }
        while true {
            if failure != nil { return nil }
            if let outcome = outcomes.removeValue(forKey: sequence) { return outcome }
            if let total, sequence >= total { return nil }
            awaited = sequence
            done.wait()
        }
    }

    func fail(_ error: Error) {
        done.lock()
        if failure == nil { failure = error }
        done.broadcast()
        done.unlock()
        work.lock()
        workFailed = true
        queue.removeAll()
        work.broadcast()
        work.unlock()
        slots.lock()
        slotsFailed = true
        slots.broadcast()
        slots.unlock()
    }

    func merge(_ counters: [StageCounter]) {
        done.lock()
        for i in counters.indices { stageCounters[i].add(counters[i]) }
        done.unlock()
    }
}
