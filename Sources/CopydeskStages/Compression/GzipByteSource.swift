import CZlib

/// gzip (and zlib) data decompressed as it is read, member after member, so
/// a `cat a.gz b.gz` file reads whole.
final class GzipByteSource: ByteSource {
    private let file: FileByteSource
    // zlib keeps a pointer back to its stream: it must not move.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var input: [UInt8] = []
    private var position = 0
    private var output = [UInt8](repeating: 0, count: 1 << 18)
    /// Inside a member: input that ends here is truncated.
    private var inMember = false
    private var finished = false

    init(_ file: FileByteSource) throws {
        self.file = file
        stream.initialize(to: z_stream())
        // 15 + 32: the largest window, with gzip or zlib headers recognised.
        guard inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw InputDataError(path: file.name, offset: 0, reason: "zlib cannot start a decompressor")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
    }

    func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        while !finished {
            if position == input.count {
                input.removeAll(keepingCapacity: true)
                position = 0
                if try file.read(into: &input, maxCount: 1 << 17) == 0 {
                    if inMember { throw InputDataError(path: file.name, offset: file.offset, reason: "truncated gzip data (the stream ends inside a member)") }
                    finished = true
                    return 0
                }
            }
            let available = input.count - position
            let room = min(output.count, maxCount)
            var status: Int32 = Z_OK
            input.withUnsafeMutableBufferPointer { inBytes in
                output.withUnsafeMutableBufferPointer { outBytes in
                    stream.pointee.next_in = inBytes.baseAddress! + position
                    stream.pointee.avail_in = UInt32(available)
                    stream.pointee.next_out = outBytes.baseAddress!
                    stream.pointee.avail_out = UInt32(room)
                    status = inflate(stream, Z_NO_FLUSH)
                }
            }
            position += available - Int(stream.pointee.avail_in)
            inMember = true
            let made = room - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                inflateReset(stream)
                inMember = false
            case Z_OK, Z_BUF_ERROR:
                break
            default:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                throw InputDataError(path: file.name, offset: file.offset - (input.count - position), reason: "corrupt gzip data: \(message)")
            }
            if made > 0 {
                buffer.append(contentsOf: output[..<made])
                return made
            }
        }
        return 0
    }
}
