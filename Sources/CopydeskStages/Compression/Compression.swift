import Copydesk
import Foundation

/// The compressed formats `load` reads and `write` writes: gzip through
/// zlib, Zstandard through libzstd.
enum Compression: String, Sendable {
    case gzip
    case zstd

    /// The compression a path's last extension names (`.gz`, `.zst`), if any.
    static func fromExtension(_ path: String) -> Compression? {
        switch (path as NSString).pathExtension.lowercased() {
        case "gz", "gzip": return .gzip
        case "zst", "zstd": return .zstd
        default: return nil
        }
    }

    /// The compression the first bytes of a file announce, if any.
    static func fromMagic(_ bytes: [UInt8]) -> Compression? {
        if bytes.starts(with: [0x1F, 0x8B]) { return .gzip }
        if bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        return nil
    }

    /// A fresh compressor of this format, for `AtomicFile`.
    func makeEncoder() throws -> any OutputEncoder {
        switch self {
        case .gzip: return try GzipEncoder()
        case .zstd: return try ZstdEncoder()
        }
    }

    /// `news.jsonl.gz` → `news.jsonl`: the name whose extension tells the format.
    static func strippingExtension(_ path: String) -> String {
        fromExtension(path) == nil ? path : (path as NSString).deletingPathExtension
    }

    /// The lower-cased format extension of a path, under any compression extension.
    static func formatExtension(_ path: String) -> String {
        (strippingExtension(path) as NSString).pathExtension.lowercased()
    }
}
