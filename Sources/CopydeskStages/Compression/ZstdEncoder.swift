import Copydesk
import CZstd

/// Zstandard output through libzstd, at its default level, with a checksum
/// so that a corrupt file is found when read.
final class ZstdEncoder: OutputEncoder {
    private let context: UnsafeMutableRawPointer
    private var chunk = [UInt8](repeating: 0, count: copydesk_zstd_CStreamOutSize())

    init() throws {
        guard let context = copydesk_zstd_createCCtx() else { throw DocumentError(copydesk_zstd_available() == 0 ? "writing zstd needs libzstd.so.1 (the package libzstd1), which is not installed" : "libzstd cannot start a compressor") }
        self.context = context
        copydesk_zstd_CCtx_setParameter(context, Int32(copydesk_zstd_c_checksumFlag), 1)
    }

    deinit { copydesk_zstd_freeCCtx(context) }

    func encode(_ bytes: [UInt8], into output: inout [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try run(bytes, mode: Int32(copydesk_zstd_e_continue), into: &output)
    }

    func finish(into output: inout [UInt8]) throws { try run([], mode: Int32(copydesk_zstd_e_end), into: &output) }

    private func run(_ bytes: [UInt8], mode: Int32, into output: inout [UInt8]) throws {
        try bytes.withUnsafeBytes { inBytes in
            var input = copydesk_zstd_in(src: inBytes.baseAddress, size: inBytes.count, pos: 0)
            while true {
                var remaining = 0
                let made = chunk.withUnsafeMutableBytes { outBytes in
                    var out = copydesk_zstd_out(dst: outBytes.baseAddress, size: outBytes.count, pos: 0)
                    remaining = copydesk_zstd_compressStream2(context, &out, &input, mode)
                    return out.pos
                }
                if copydesk_zstd_isError(remaining) != 0 {
                    throw DocumentError("zstd compression failed: \(String(cString: copydesk_zstd_getErrorName(remaining)))")
                }
                output.append(contentsOf: chunk[..<made])
                let done = mode == Int32(copydesk_zstd_e_end) ? remaining == 0 : input.pos == input.size
                if done { break }
            }
        }
    }
}
