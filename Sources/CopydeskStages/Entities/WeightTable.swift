/// The tagger's weights, keyed by feature hash, laid out for look-ups that
/// miss the cache as rarely as possible.
///
/// A slot is one `UInt64`: the key's high 32 bits and its row number + 1
/// (0 is an empty slot), so the slots of the bundled model fit in 4 MB and
/// the many features a model has never seen are ruled out there. A row holds
/// the key's low 32 bits and then the weights of every tag as `Float16`, the
/// precision the model file stores, padded to a 64-byte cache line: a present
/// feature costs one more miss, which fetches its weights with the key that
/// confirms them (the look-up is exact). In `Float32` a row was 76 bytes
/// over two or three lines. Both arrays live on huge pages where the system
/// has them: they are megabytes read at random.
struct WeightTable: Sendable {
    private let slots: HugePageBuffer<UInt64>
    private let mask: Int
    /// Row `r` at `r * stride` halves: the key's low 32 bits as two halves, one
    /// unused pair, then `width` weights, then padding to the stride.
    private let rows: HugePageBuffer<UInt16>
    let width: Int
    private let stride: Int
    /// Halves before a row's first weight.
    static let header = 4

    /// `keys[r]` has the weights `weights[r * width ..< (r + 1) * width]`,
    /// rounded to the nearest `Float16` (exact for weights read from a model file).
    init(keys: [UInt64], weights: [Float], width: Int) {
        self.init(keys: keys, halves: weights.map { Float16($0).bitPattern }, width: width)
    }

    /// `keys[r]` has the weights whose `Float16` bit patterns are
    /// `halves[r * width ..< (r + 1) * width]`, as a model file stores them:
    /// loading copies them into place and converts nothing.
    init(keys: [UInt64], halves: [UInt16], width: Int) {
        precondition(halves.count == keys.count * width, "weights do not match the keys")
        self.width = width
        // Whole cache lines of 32 halves.
        let stride = (Self.header + width + 31) / 32 * 32
        self.stride = stride
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        mask = size - 1
        self.slots = HugePageBuffer(count: size) { slots in
            for (r, key) in keys.enumerated() {
                var i = Int(truncatingIfNeeded: key) & (size - 1)
                while slots[i] != 0 { i = (i + 1) & (size - 1) }
                slots[i] = (key >> 32) << 32 | UInt64(r + 1)
            }
        }
        self.rows = HugePageBuffer(count: keys.count * stride) { rows in
            halves.withUnsafeBufferPointer { halves in
                for (r, key) in keys.enumerated() {
                    let row = rows.baseAddress! + r * stride
                    row[0] = UInt16(truncatingIfNeeded: key)
                    row[1] = UInt16(truncatingIfNeeded: key >> 16)
                    (row + Self.header).update(from: halves.baseAddress! + r * width, count: width)
                }
            }
        }
    }

    /// The weights of rows `0..<rows`, row-major, as `init` stored them.
    func weights(rows count: Int) -> [Float] {
        var out: [Float] = []
        out.reserveCapacity(count * width)
        for r in 0..<count {
            for t in 0..<width { out.append(Float(Float16(bitPattern: rows[r * stride + Self.header + t]))) }
        }
        return out
    }

    /// Runs `body` with a reader over the table's memory.
    func withReader<R>(_ body: (Reader) -> R) -> R {
        withExtendedLifetime((slots, rows)) {
            body(Reader(slots: slots.buffer, rows: UnsafePointer(rows.base), mask: mask, stride: stride))
        }
    }

    struct Reader {
        let slots: UnsafeBufferPointer<UInt64>
        let rows: UnsafePointer<UInt16>
        let mask: Int
        let stride: Int

        /// The weights of `key` (`width` halves, see `widen`), or nil when the model has no such feature.
        @inline(__always) func weights(of key: UInt64) -> UnsafePointer<UInt16>? {
            let high = key >> 32
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[i]
                if slot == 0 { return nil }
                if slot >> 32 == high {
                    let row = rows + (Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1) * stride
                    let low = UnsafeRawPointer(row).load(as: UInt32.self)
                    if UInt64(low) == key & 0xFFFF_FFFF { return row + WeightTable.header }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// 16 halves as floats, exactly. Without F16C in the baseline x86-64
    /// target a `Float16` conversion is a library call per value; this is a
    /// few vector instructions: the half's exponent and mantissa moved into a
    /// float's places make the value 2^-112 times too small (subnormals
    /// included), a multiplication by 2^112 puts it right, and the sign goes
    /// back on top. Infinities and NaNs, which no model holds, are not kept.
    @inline(__always) static func widen(_ h: SIMD16<UInt16>) -> SIMD16<Float> {
        let w = SIMD16<UInt32>(truncatingIfNeeded: h)
        let magnitude = unsafeBitCast((w & 0x7FFF) &<< 13, to: SIMD16<Float>.self) * 0x1p112
        return unsafeBitCast(unsafeBitCast(magnitude, to: SIMD16<UInt32>.self) | (w & 0x8000) &<< 16, to: SIMD16<Float>.self)
    }

    /// One half as a float, as `widen` does for sixteen.
    @inline(__always) static func widen(_ h: UInt16) -> Float {
        let w = UInt32(h)
        let magnitude = Float(bitPattern: (w & 0x7FFF) << 13) * 0x1p112
        return Float(bitPattern: magnitude.bitPattern | (w & 0x8000) << 16)
    }
}
