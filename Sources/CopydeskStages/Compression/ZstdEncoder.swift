import Copydesk
import CZstd

/// Zstandard output through libzstd, at its default level, with a checksum
/// so that a corrupt file is found when read.
final class ZstdEncoder: OutputEncoder {
    private let context: OpaquePointer
    private var chunk = [UInt8](repeating: 0, count: ZSTD_CStreamOutSize())

    init() throws {
        guard let context = ZSTD_createCCtx() else { throw DocumentError("libzstd cannot start a compressor") }
        self.context = context
        ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1)
    }

    deinit { ZSTD_freeCCtx(context) }

    func encode(_ bytes: [UInt8], into output: inout [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try run(bytes, mode: ZSTD_e_continue, into: &output)
    }

    func finish(into output: inout [UInt8]) throws { try run([], mode: ZSTD_e_end, into: &output) }

    private func run(_ bytes: [UInt8], mode: ZSTD_EndDirective, into output: inout [UInt8]) throws {
        try bytes.withUnsafeBytes { inBytes in
            var input = ZSTD_inBuffer(src: inBytes.baseAddress, size: inBytes.count, pos: 0)
            while true {
                var remaining = 0
                let made = chunk.withUnsafeMutableBytes { outBytes in
                    var out = ZSTD_outBuffer(dst: outBytes.baseAddress, size: outBytes.count, pos: 0)
                    remaining = ZSTD_compressStream2(context, &out, &input, mode)
                    return out.pos
                }
                if ZSTD_isError(remaining) != 0 {
                    throw DocumentError("zstd compression failed: \(String(cString: ZSTD_getErrorName(remaining)))")
                }
                output.append(contentsOf: chunk[..<made])
                let done = mode == ZSTD_e_end ? remaining == 0 : input.pos == input.size
                if done { break }
            }
        }
    }
}
