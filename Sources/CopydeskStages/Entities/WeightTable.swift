/// The tagger's weights, keyed by feature hash, laid out for look-ups that
/// miss the cache as rarely as possible.
///
/// A slot is one `UInt64`: the key's high 32 bits and its row number + 1
/// (0 is an empty slot), so the slots of the bundled model fit in 2 MB, a
/// core's L2 cache, and the many features a model has never seen are ruled
/// out there. A row holds the full key and then the weights of every tag,
/// so a present feature costs one more miss, which fetches the weights with
/// the key that confirms them: the look-up is exact. Both live on huge pages
/// where the system has them: the rows are megabytes read at random.
struct WeightTable: Sendable {
    private let slots: HugePageBuffer<UInt64>
    private let mask: Int
    /// Row `r` at `r * stride`: the key's low and high 32 bits as two words, then `width` weights.
    private let rows: HugePageBuffer<UInt32>
    let width: Int
    private var stride: Int { width + 2 }

    /// `keys[r]` has the weights `weights[r * width ..< (r + 1) * width]`.
    init(keys: [UInt64], weights: [Float], width: Int) {
        precondition(weights.count == keys.count * width, "weights do not match the keys")
        self.width = width
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        mask = size - 1
        var slots = [UInt64](repeating: 0, count: size)
        var rows = [UInt32](repeating: 0, count: keys.count * (width + 2))
        for (r, key) in keys.enumerated() {
            var i = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = (key >> 32) << 32 | UInt64(r + 1)
            let base = r * (width + 2)
            rows[base] = UInt32(truncatingIfNeeded: key)
            rows[base + 1] = UInt32(truncatingIfNeeded: key >> 32)
            for t in 0..<width { rows[base + 2 + t] = weights[r * width + t].bitPattern }
        }
        self.slots = HugePageBuffer(count: slots.count) { slots[$0] }
        self.rows = HugePageBuffer(count: rows.count) { rows[$0] }
    }

    /// The weights of rows `0..<rows`, row-major, as `init` got them.
    func weights(rows count: Int) -> [Float] {
        var out: [Float] = []
        out.reserveCapacity(count * width)
        for r in 0..<count { for t in 0..<width { out.append(Float(bitPattern: rows[r * stride + 2 + t])) } }
        return out
    }

    /// Runs `body` with a reader over the table's memory.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        withExtendedLifetime((slots, rows)) {
            body(Reader(slots: slots.buffer, rows: UnsafeRawPointer(rows.base).assumingMemoryBound(to: Float.self), mask: mask, stride: stride))
        }
    }

    struct Reader {
        let slots: UnsafeBufferPointer<UInt64>
        let rows: UnsafePointer<Float>
        let mask: Int
        let stride: Int

        /// The weights of `key` (`width` floats), or nil when the model has no such feature.
        @inline(__always) func weights(of key: UInt64) -> UnsafePointer<Float>? {
            let high = key >> 32
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[i]
                if slot == 0 { return nil }
                if slot >> 32 == high {
                    let row = rows + (Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1) * stride
                    let low = UInt64(row[0].bitPattern)
                    if low == key & 0xFFFF_FFFF { return row + 2 }
                }
                i = (i + 1) & mask
            }
        }
    }
}
