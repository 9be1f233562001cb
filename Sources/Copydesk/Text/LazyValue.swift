import Foundation

/// A value computed on first use and kept, safe to read from any thread:
/// what a shared, read-only analysis needs for its derived forms.
final class LazyValue<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    init() {}

    /// The value, made by `make` the first time (under the lock, so once).
    func get(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
