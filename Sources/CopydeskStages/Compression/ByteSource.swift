import Copydesk
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A stream of bytes read in chunks: a file, or a decompressor over one.
protocol ByteSource: AnyObject {
    /// Appends up to `maxCount` bytes to `buffer` and returns how many; 0 only at the end.
    func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int
}

enum ByteSources {
    /// The bytes of `path` (`-` for stdin), decompressed when its first bytes
    /// are gzip or zstd; a `.gz` or `.zst` name whose bytes are not is an error.
    static func open(_ path: String) throws -> any ByteSource {
        let file = try FileByteSource(path: path)
        let magic = try file.peek(4)
        let byName = path == "-" ? nil : Compression.fromExtension(path)
        switch Compression.fromMagic(magic) ?? byName {
        case .gzip?:
            guard Compression.fromMagic(magic) == .gzip || magic.isEmpty else { throw notCompressed(file.name, .gzip) }
            return try GzipByteSource(file)
        case .zstd?:
            guard Compression.fromMagic(magic) == .zstd || magic.isEmpty else { throw notCompressed(file.name, .zstd) }
            return try ZstdByteSource(file)
        case nil:
            return file
        }
    }

    /// Every byte of `path`, decompressed: for inputs that are one document.
    static func readAll(_ path: String) throws -> [UInt8] {
        let source = try open(path)
        var bytes: [UInt8] = []
        while try source.read(into: &bytes, maxCount: 1 << 20) > 0 {}
        return bytes
    }

    private static func notCompressed(_ name: String, _ compression: Compression) -> InputDataError {
        InputDataError(path: name, offset: 0, reason: "the name says \(compression) but the data does not start like \(compression)")
    }
}

/// A file or stdin, read with `read(2)`; counts the bytes handed out, so a
/// decompressor can tell where in the file it stopped.
final class FileByteSource: ByteSource {
    let name: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var pending: [UInt8] = []
    /// Bytes of the file handed out so far.
    private(set) var offset = 0

    init(path: String) throws {
        if path == "-" {
            name = "stdin"
            fd = 0
            ownsDescriptor = false
        } else {
            name = path
            fd = posixOpen(path)
            guard fd >= 0 else { throw DocumentError("cannot open '\(path)': \(String(cString: strerror(errno)))") }
            ownsDescriptor = true
        }
    }

    deinit { if ownsDescriptor { close(fd) } }

    /// Moves to byte `offset` of a file (not stdin); false if it cannot.
    func seek(to offset: Int) -> Bool {
        guard ownsDescriptor, lseek(fd, off_t(offset), SEEK_SET) == off_t(offset) else { return false }
        pending.removeAll()
        self.offset = offset
        return true
    }

    /// Up to `count` first bytes, which `read` then hands out again.
    func peek(_ count: Int) throws -> [UInt8] {
        while pending.count < count {
            var more: [UInt8] = []
            guard try readFile(into: &more, maxCount: count - pending.count) > 0 else { break }
            pending += more
        }
        return pending
    }

    func read(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        if !pending.isEmpty {
            let n = min(maxCount, pending.count)
            buffer.append(contentsOf: pending[..<n])
            pending.removeFirst(n)
            offset += n
            return n
        }
        let n = try readFile(into: &buffer, maxCount: maxCount)
        offset += n
        return n
    }

    private func readFile(into buffer: inout [UInt8], maxCount: Int) throws -> Int {
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: maxCount) { raw, count in
            count = 0
            while true {
                let n = posixRead(fd, raw.baseAddress, maxCount)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = errno } else { count = n }
                return
            }
        }
        if failure != 0 {
            throw InputDataError(path: name, offset: offset, reason: "read error: \(String(cString: strerror(failure)))")
        }
        buffer.append(contentsOf: chunk)
        return chunk.count
    }
}

/// `read(2)`, out of reach of the `read` methods above.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func posixOpen(_ path: String) -> Int32 { open(path, O_RDONLY | O_CLOEXEC) }
