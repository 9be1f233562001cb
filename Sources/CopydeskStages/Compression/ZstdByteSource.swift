import CZstd

/// Zstandard data decompressed as it is read, frame after frame.
final class ZstdByteSource: ByteSource {
    private let file: FileByteSource
    private let context: UnsafeMutableRawPointer
    private var input: [UInt8] = []
    private var position = 0
    private var output = [UInt8](repeating: 0, count: copydesk_zstd_DStreamOutSize())
    /// Inside a frame: input that ends here is truncated.
    private var inFrame = false
    private var finished = false

    init(_ file: FileByteSource) throws {
        self.file = file
        guard let context = copydesk_zstd_createDCtx() else {
            throw InputDataError(path: file.name, offset: 0, reason: copydesk_zstd_available() == 0 ? "reading zstd needs libzstd.so.1 (the package libzstd1), which is not installed" : "libzstd cannot start a decompressor")
        }
        self.context = context
    }

    deinit { copydesk_zstd_freeDCtx(context) }

    func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        while !finished {
            if position == input.count {
                input.removeAll(keepingCapacity: true)
                position = 0
                if try file.read(into: &input, maxCount: copydesk_zstd_DStreamInSize()) == 0 {
                    if inFrame { throw InputDataError(path: file.name, offset: file.offset, reason: "truncated zstd data (the stream ends inside a frame)") }
                    finished = true
                    return 0
                }
            }
            let room = min(output.count, maxCount)
            var result = 0
            var consumed = 0
            var made = 0
            input.withUnsafeBytes { inBytes in
                output.withUnsafeMutableBytes { outBytes in
                    var inBuffer = copydesk_zstd_in(src: inBytes.baseAddress! + position, size: inBytes.count - position, pos: 0)
                    var outBuffer = copydesk_zstd_out(dst: outBytes.baseAddress!, size: room, pos: 0)
                    result = copydesk_zstd_decompressStream(context, &outBuffer, &inBuffer)
                    consumed = inBuffer.pos
                    made = outBuffer.pos
                }
            }
            position += consumed
            if copydesk_zstd_isError(result) != 0 {
                let message = String(cString: copydesk_zstd_getErrorName(result))
                throw InputDataError(path: file.name, offset: file.offset - (input.count - position), reason: "corrupt zstd data: \(message)")
            }
            // 0: a frame is complete and flushed; more may follow.
            inFrame = result != 0
            if made > 0 {
                buffer.append(contentsOf: output[..<made])
                return made
            }
        }
        return 0
    }
}
