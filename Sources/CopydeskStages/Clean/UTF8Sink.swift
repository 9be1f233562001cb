/// Output of a text rewrite, written as UTF-8 straight into the storage of
/// the new `String`: building a `[UInt8]` and then a `String` from it would
/// hold the text twice more at once, 20 MB on a 10 MB document.
///
/// The capacity is the caller's bound (clean's rewrites never lengthen a
/// text). Should a rewrite write more all the same, the bytes move to an
/// array that grows as needed and the result is made from that: never an
/// overflow, never a lost byte.
struct UTF8Sink {
    private let target: UnsafeMutableBufferPointer<UInt8>
    private var spill: [UInt8]? = nil
    private var written = 0

    private init(target: UnsafeMutableBufferPointer<UInt8>) { self.target = target }

    /// The string `write` makes, with room for `capacity` bytes in place.
    static func string(capacity: Int, _ write: (inout UTF8Sink) -> Void) -> String {
        var spilled: [UInt8]? = nil
        let made = String(unsafeUninitializedCapacity: max(capacity, 1)) { target in
            var sink = UTF8Sink(target: target)
            write(&sink)
            spilled = sink.spill
            return spilled == nil ? sink.written : 0
        }
        return spilled.map { String(decoding: $0, as: UTF8.self) } ?? made
    }

    var isEmpty: Bool { written == 0 && (spill?.isEmpty ?? true) }

    mutating func append(_ byte: UInt8) {
        if spill == nil, written < target.count {
            target[written] = byte
            written += 1
        } else {
            spillIfNeeded()
            spill!.append(byte)
        }
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if spill == nil, written + bytes.count <= target.count {
            if let from = bytes.baseAddress, bytes.count > 0 {
                (target.baseAddress! + written).update(from: from, count: bytes.count)
            }
            written += bytes.count
        } else {
            spillIfNeeded()
            spill!.append(contentsOf: bytes)
        }
    }

    mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// Moves what was written in place to the array, once.
    private mutating func spillIfNeeded() {
        guard spill == nil else { return }
        var array = [UInt8]()
        array.reserveCapacity(target.count * 2)
        array.append(contentsOf: UnsafeBufferPointer(rebasing: target[0..<written]))
        spill = array
    }
}
