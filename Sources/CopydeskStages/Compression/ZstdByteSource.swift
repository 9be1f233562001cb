import CZstd

/// Zstandard data decompressed as it is read, frame after frame.
final class ZstdByteSource: ByteSource {
    private let file: FileByteSource
    private let context: OpaquePointer
    private var input: [UInt8] = []
    private var position = 0
    private var output = [UInt8](repeating: 0, count: ZSTD_DStreamOutSize())
    /// Inside a frame: input that ends here is truncated.
    private var inFrame = false
    private var finished = false

    init(_ file: FileByteSource) throws {
        self.file = file
        guard let context = ZSTD_createDCtx() else {
            throw InputDataError(path: file.name, offset: 0, reason: "libzstd cannot start a decompressor")
        }
        self.context = context
    }

    deinit { ZSTD_freeDCtx(context) }

    func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        while !finished {
            if position == input.count {
                input.removeAll(keepingCapacity: true)
                position = 0
                if try file.read(into: &input, maxCount: ZSTD_DStreamInSize()) == 0 {
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
                    var inBuffer = ZSTD_inBuffer(src: inBytes.baseAddress! + position, size: inBytes.count - position, pos: 0)
                    var outBuffer = ZSTD_outBuffer(dst: outBytes.baseAddress!, size: room, pos: 0)
                    result = ZSTD_decompressStream(context, &outBuffer, &inBuffer)
                    consumed = inBuffer.pos
                    made = outBuffer.pos
                }
            }
            position += consumed
            if ZSTD_isError(result) != 0 {
                let message = String(cString: ZSTD_getErrorName(result))
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
