import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a file into what is stored (a compressor), chunk by chunk.
public protocol OutputEncoder: AnyObject {
    /// Appends the encoding of `bytes` to `output`.
    func encode(_ bytes: [UInt8], into output: inout [UInt8]) throws
    /// Appends whatever ends the encoded stream.
    func finish(into output: inout [UInt8]) throws
}

/// A file written under a temporary name beside its final path and renamed
/// into place on `commit()`, so an interrupted or failed run never leaves a
/// truncated file at the declared path. The path `-` writes to stdout; a path
/// that is no regular file (`/dev/stderr`, a named pipe) is written in place.
public final class AtomicFile {
    public let path: String
    /// Where bytes go until `commit()`; equals `path` for stdout and devices.
    public let temporaryPath: String
    var fd: Int32
    /// Bytes in the file so far (after the encoder): what a resume journal records.
    public internal(set) var size = 0
    private var buffer: [UInt8] = []
    private var encoded: [UInt8] = []
    private let encoder: (any OutputEncoder)?
    private var finished = false
    /// Written in place: stdout or a device, which cannot be renamed over.
    private let isStream: Bool

    public convenience init(path: String, encoder: (any OutputEncoder)? = nil) throws {
        try self.init(path: path, encoder: encoder, part: nil)
    }

    /// With `part`, the bytes go to that fixed name (a resume journal's part,
    /// see `AtomicFile+Journal.swift`), kept from an earlier run up to
    /// `part.restore` bytes; otherwise to a fresh temporary name.
    init(path: String, encoder: (any OutputEncoder)?, part: JournalPart?) throws {
        self.path = path
        self.encoder = encoder
        let descriptor = Self.standardDescriptor(path)
        var info = stat()
        let isDevice = descriptor == nil && stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG && (info.st_mode & S_IFMT) != S_IFDIR
        isStream = descriptor != nil || isDevice
        if let descriptor {
            temporaryPath = path
            fd = descriptor
        } else if isDevice {
            temporaryPath = path
            fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw Self.posixError("cannot open", path) }
        } else if let part {
            temporaryPath = part.path
            (fd, size) = try Self.openPart(part)
        } else {
            temporaryPath = try Self.temporaryPath(for: path)
            fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw Self.posixError("cannot create", temporaryPath) }
        }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !finished { discard() }
    }

    /// The open descriptor a path names: `-` and `/dev/stdout` are 1,
    /// `/dev/stderr` 2, `/dev/fd/N` N. These are written in place, never
    /// renamed over (whatever file the descriptor happens to be).
    static func standardDescriptor(_ path: String) -> Int32? {
        switch path {
        case "-", "/dev/stdout": return 1
        case "/dev/stderr": return 2
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// A fresh temporary name in the directory of `path` (created if missing),
    /// so that the final rename stays on one file system.
    public static func temporaryPath(for path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        TemporaryFiles.sweepStale(beside: path)
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let temporary = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(token).tmp").path
        // Removed by a signal before it is renamed into place or removed.
        TemporaryFiles.shared.register(temporary)
        return temporary
    }

    /// Renames `temporary` to `path`, replacing any file there in one step.
    public static func moveIntoPlace(_ temporary: String, _ path: String) throws {
        guard rename(temporary, path) == 0 else { throw posixError("cannot rename into", path) }
        TemporaryFiles.shared.unregister(temporary)
    }

    /// Deletes a temporary file that will not be committed (and SQLite's journal beside it).
    public static func remove(temporary: String) {
        unlink(temporary)
        unlink(temporary + "-journal")
        TemporaryFiles.shared.unregister(temporary)
    }

    public func write(_ bytes: [UInt8]) throws {
        // A large line (one big document) goes out as it is, after what is
        // buffered: copied into the buffer it would be held twice, and the
        // buffer would keep its size for the rest of the run.
        guard bytes.count < 1 << 16 else {
            try flush()
            if let encoder {
                try encoder.encode(bytes, into: &encoded)
                try writeOut(&encoded)
            } else {
                try bytes.withUnsafeBytes { try writeOut($0) }
            }
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(_ string: String) throws {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func flush() throws {
        if let encoder {
            try encoder.encode(buffer, into: &encoded)
            buffer.removeAll(keepingCapacity: true)
            try writeOut(&encoded)
        } else {
            try writeOut(&buffer)
        }
    }

    private func writeOut(_ bytes: inout [UInt8]) throws {
        try bytes.withUnsafeBytes { try writeOut($0) }
        bytes.removeAll(keepingCapacity: bytes.capacity <= 1 << 20)
    }

    private func writeOut(_ raw: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < raw.count {
            let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE && isStream { throw OutputClosed(path: path) }
                throw Self.posixError("cannot write", temporaryPath)
            }
            offset += n
        }
        size += raw.count
    }

    /// Flushes, closes and renames the file into place.
    public func commit() throws {
        guard !finished else { return }
        try flush()
        if let encoder {
            try encoder.finish(into: &encoded)
            try writeOut(&encoded)
        }
        finished = true
        if Self.standardDescriptor(path) != nil { return }
        guard close(fd) == 0 else { throw Self.posixError("cannot close", temporaryPath) }
        if isStream { return }
        try Self.moveIntoPlace(temporaryPath, path)
    }

    /// Closes and deletes the temporary file; the final path is untouched.
    public func discard() {
        guard !finished else { return }
        finished = true
        if isStream {
            try? flush()
            if Self.standardDescriptor(path) == nil { close(fd) }
            return
        }
        close(fd)
        Self.remove(temporary: temporaryPath)
    }

    /// Bytes of the file made durable: flushed through the encoder and fsynced.
    public func sync() throws -> Int {
        try flush()
        if !isStream && fsync(fd) != 0 { throw Self.posixError("cannot sync", temporaryPath) }
        return size
    }

    static func posixError(_ what: String, _ path: String) -> Error {
        let code = errno
        return DocumentError("\(what) '\(path)': \(String(cString: strerror(code)))")
    }
}

/// An atomic JSON Lines file: each call writes one JSON value and a newline.
public final class JSONLinesFile {
    let file: AtomicFile
    private var json = JSONWriter(capacity: 1 << 14)

    public init(path: String, encoder: (any OutputEncoder)? = nil) throws { file = try AtomicFile(path: path, encoder: encoder) }
    /// On a resume journal's part (see `AtomicFile+Journal.swift`).
    public init(path: String, part: JournalPart) throws { file = try AtomicFile(path: path, part: part) }

    /// Room kept between lines; a longer line's buffer is given back once
    /// written, not held for the rest of the run.
    static let keptCapacity = 1 << 20

    /// Writes one line, whose JSON `body` produces; `reserving` is the
    /// caller's estimate of its size.
    public func writeLine(reserving: Int = 0, _ body: (inout JSONWriter) -> Void) throws {
        json.reset()
        json.reserve(reserving + 1)
        body(&json)
        json.byte(0x0A)
        defer { if json.capacity > Self.keptCapacity { json = JSONWriter(capacity: 1 << 14) } }
        try file.write(json.bytes)
    }

    public func commit() throws { try file.commit() }
    public func discard() { file.discard() }
}

/// Writes documents in the wire format, one per line, atomically.
public final class JSONLinesWriter: DocumentWriter {
    let file: JSONLinesFile
    /// Adds `source_start` and `source_end` to every span.
    private let sourceOffsets: Bool

    public init(path: String, encoder: (any OutputEncoder)? = nil, sourceOffsets: Bool = false) throws {
        file = try JSONLinesFile(path: path, encoder: encoder)
        self.sourceOffsets = sourceOffsets
    }

    public init(path: String, part: JournalPart, sourceOffsets: Bool = false) throws {
        file = try JSONLinesFile(path: path, part: part)
        self.sourceOffsets = sourceOffsets
    }

    public func write(_ document: Document) throws {
        try file.writeLine(reserving: document.wireSizeEstimate(sourceOffsets: sourceOffsets)) {
            document.wireJSON(into: &$0, sourceOffsets: sourceOffsets)
        }
    }
    public func commit() throws { try file.commit() }
    public func discard() { file.discard() }
}
