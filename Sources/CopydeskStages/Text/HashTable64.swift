/// An open-addressing hash table from 64-bit hashes to 32-bit values. The
/// keys are already well-mixed hashes, so a mask picks the slot: a look-up is
/// a few instructions, against a `Dictionary`'s seeded hashing of a `String`.
/// Used for the tagger's features and for word look-ups on token bytes.
struct FeatureTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so a real key of 0 is stored as 1.
    @inline(__always) private static func slotKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) func value(for key: UInt64) -> Int32? {
        let k = Self.slotKey(key)
        var i = Int(truncatingIfNeeded: k) & mask
        return keys.withUnsafeBufferPointer { ks in
            while true {
                let found = ks[i]
                if found == k { return values[i] }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    func contains(_ key: UInt64) -> Bool { value(for: key) != nil }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let k = Self.slotKey(key)
        var i = Int(truncatingIfNeeded: k) & mask
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        var bigger = FeatureTable(capacity: keys.count)
        for (k, v) in old { bigger.set(k, v) }
        self = bigger
    }

    /// Every (key, value) pair, in no particular order.
    var pairs: [(UInt64, Int32)] { zip(keys, values).filter { $0.0 != 0 }.map { ($0.0, $0.1) } }
}
