/// An open-addressing hash table from 64-bit hashes to 32-bit values. The
/// keys are already well-mixed hashes, so a mask picks the slot: a look-up is
/// a few instructions, against a `Dictionary`'s seeded hashing of a `String`.
/// Key and value share a slot, so a look-up touches one cache line.
/// Used for the tagger's features and for word look-ups on token bytes.
struct FeatureTable: Sendable {
    struct Slot: Sendable {
        /// 0 marks an empty slot.
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: size)
        mask = size - 1
    }

    /// 0 marks an empty slot, so a real key of 0 is stored as 1.
    @inline(__always) private static func slotKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always) func value(for key: UInt64) -> Int32? {
        let k = Self.slotKey(key)
        var i = Int(truncatingIfNeeded: k) & mask
        return slots.withUnsafeBufferPointer { s in
            while true {
                let found = s[i].key
                if found == k { return s[i].value }
                if found == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    func contains(_ key: UInt64) -> Bool { value(for: key) != nil }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let k = Self.slotKey(key)
        var i = Int(truncatingIfNeeded: k) & mask
        while slots[i].key != 0 && slots[i].key != k { i = (i + 1) & mask }
        if slots[i].key == 0 { count += 1 }
        slots[i] = Slot(key: k, value: value)
    }

    private mutating func grow() {
        let old = slots.filter { $0.key != 0 }
        var bigger = FeatureTable(capacity: slots.count)
        for s in old { bigger.set(s.key, s.value) }
        self = bigger
    }

    /// Every (key, value) pair, in no particular order.
    var pairs: [(UInt64, Int32)] { slots.filter { $0.key != 0 }.map { ($0.key, $0.value) } }
}
