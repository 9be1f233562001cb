/// A byte source read 1 MB at a time into one buffer that a reader scans in
/// place: the line reader and the CSV reader share it. Bytes before the point
/// a reader still needs are dropped at each read, and the room a very long
/// line or record needed is given back once it is done with.
struct ChunkBuffer {
    let source: any ByteSource
    private(set) var bytes: [UInt8] = []
    private(set) var eof = false
    /// Bytes taken from the source so far.
    private var consumed = 0

    /// Room kept between reads; more is given back once the bytes that needed it are gone.
    static let keptCapacity = 4 << 20

    init(_ source: any ByteSource) { self.source = source }

    /// Where `index` of the buffer lies in the input: a resume position.
    func offset(at index: Int) -> Int { consumed - (bytes.count - index) }

    /// Drops the bytes before `keep`, reads the next chunk, and returns how
    /// many bytes were dropped (the caller's indices move down by as much).
    mutating func fill(keepingFrom keep: Int) throws -> Int {
        if keep > 0 {
            if bytes.capacity > Self.keptCapacity, bytes.count - keep <= Self.keptCapacity / 2 {
                var rest = [UInt8]()
                rest.reserveCapacity(Self.keptCapacity / 2 + (1 << 20))
                rest.append(contentsOf: bytes[keep...])
                bytes = rest
            } else {
                bytes.removeFirst(keep)
            }
        }
        let n = try source.read(into: &bytes, maxCount: 1 << 20)
        consumed += n
        if n == 0 { eof = true }
        return keep
    }

    /// Continues at byte `offset` of a file; false when the source cannot
    /// seek (stdin, compressed).
    mutating func seek(to offset: Int) -> Bool {
        guard let file = source as? FileByteSource, file.seek(to: offset) else { return false }
        bytes.removeAll()
        consumed = offset
        eof = false
        return true
    }
}
