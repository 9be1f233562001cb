import Copydesk
import CZlib

/// gzip output through zlib's deflate, at zlib's default level.
final class GzipEncoder: OutputEncoder {
    // zlib keeps a pointer back to its stream: it must not move.
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private var chunk = [UInt8](repeating: 0, count: 1 << 17)

    init() throws {
        stream.initialize(to: z_stream())
        // 15 + 16: the largest window, with a gzip header and trailer.
        guard deflateInit2_(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            stream.deallocate()
            throw DocumentError("zlib cannot start a compressor")
        }
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    func encode(_ bytes: [UInt8], into output: inout [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try run(bytes, flush: Z_NO_FLUSH, into: &output)
    }

    func finish(into output: inout [UInt8]) throws { try run([], flush: Z_FINISH, into: &output) }

    private func run(_ bytes: [UInt8], flush: Int32, into output: inout [UInt8]) throws {
        var input = bytes
        try input.withUnsafeMutableBufferPointer { inBytes in
            stream.pointee.next_in = inBytes.baseAddress
            stream.pointee.avail_in = UInt32(inBytes.count)
            while true {
                var status: Int32 = Z_OK
                let made = chunk.withUnsafeMutableBufferPointer { outBytes in
                    stream.pointee.next_out = outBytes.baseAddress
                    stream.pointee.avail_out = UInt32(outBytes.count)
                    status = deflate(stream, flush)
                    return outBytes.count - Int(stream.pointee.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR else {
                    throw DocumentError("gzip compression failed (zlib error \(status))")
                }
                output.append(contentsOf: chunk[..<made])
                // Done once all input is taken and deflate has room to spare (or the stream ended).
                if status == Z_STREAM_END || (flush != Z_FINISH && stream.pointee.avail_in == 0 && stream.pointee.avail_out > 0) { break }
            }
        }
    }
}
