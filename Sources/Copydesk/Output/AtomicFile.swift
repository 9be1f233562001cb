import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written under a temporary name beside its final path and renamed
/// into place on `commit()`, so an interrupted or failed run never leaves a
/// truncated file at the declared path. The path `-` writes to stdout.
public final class AtomicFile {
    public let path: String
    /// Where bytes go until `commit()`; equals `path` for stdout.
    public let temporaryPath: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var finished = false
    private let isStdout: Bool

    public init(path: String) throws {
        self.path = path
        isStdout = path == "-"
        if isStdout {
            temporaryPath = "-"
            fd = 1
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

    /// A fresh temporary name in the directory of `path` (created if missing),
    /// so that the final rename stays on one file system.
    public static func temporaryPath(for path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(token).tmp").path
    }

    /// Renames `temporary` to `path`, replacing any file there in one step.
    public static func moveIntoPlace(_ temporary: String, _ path: String) throws {
        guard rename(temporary, path) == 0 else { throw posixError("cannot rename into", path) }
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write(_ string: String) throws {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Self.posixError("cannot write", temporaryPath)
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and renames the file into place.
    public func commit() throws {
        guard !finished else { return }
        try flush()
        finished = true
        if isStdout { return }
        guard close(fd) == 0 else { throw Self.posixError("cannot close", temporaryPath) }
        try Self.moveIntoPlace(temporaryPath, path)
    }

    /// Closes and deletes the temporary file; the final path is untouched.
    public func discard() {
        guard !finished else { return }
        finished = true
        if isStdout { try? flush(); return }
        close(fd)
        unlink(temporaryPath)
    }

    static func posixError(_ what: String, _ path: String) -> Error {
        let code = errno
        return DocumentError("\(what) '\(path)': \(String(cString: strerror(code)))")
    }
}

/// An atomic JSON Lines file: each call writes one JSON value and a newline.
public final class JSONLinesFile {
    private let file: AtomicFile
    private var json = JSONWriter(capacity: 1 << 14)

    public init(path: String) throws { file = try AtomicFile(path: path) }

    /// Writes one line, whose JSON `body` produces.
    public func writeLine(_ body: (inout JSONWriter) -> Void) throws {
        json.reset()
        body(&json)
        json.byte(0x0A)
        try file.write(json.bytes)
    }

    public func commit() throws { try file.commit() }
    public func discard() { file.discard() }
}

/// Writes documents in the wire format, one per line, atomically.
public final class JSONLinesWriter: DocumentWriter {
    private let file: JSONLinesFile

    public init(path: String) throws { file = try JSONLinesFile(path: path) }

    public func write(_ document: Document) throws { try file.writeLine { document.wireJSON(into: &$0) } }
    public func commit() throws { try file.commit() }
    public func discard() { file.discard() }
}
