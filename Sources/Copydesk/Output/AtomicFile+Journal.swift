import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary file of a resumable output: a fixed name beside the final
/// path (so a later run finds it) and how much of it an earlier run committed.
public struct JournalPart: Sendable, Equatable {
    public var path: String
    /// Bytes (or, for SQLite, documents) of an earlier run's part to keep; nil starts it empty.
    public var restore: Int?
    /// Left on disk by SIGINT/SIGTERM/SIGHUP: the run asked to be resumable.
    public var keepOnSignal: Bool

    public init(path: String, restore: Int?, keepOnSignal: Bool) {
        self.path = path
        self.restore = restore
        self.keepOnSignal = keepOnSignal
    }

    /// `.NAME.copydesk-part` beside `path`.
    public static func path(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).copydesk-part").path
    }

    /// Whether `path` can be a journaled output: a regular file (or none yet), not stdout or a device.
    public static func isJournalable(_ path: String) -> Bool {
        guard AtomicFile.standardDescriptor(path) == nil else { return false }
        var info = stat()
        return stat(path, &info) != 0 || (info.st_mode & S_IFMT) == S_IFREG
    }
}

/// Writing to stdout (or a pipe) failed because its reader went away, as
/// `copydesk run … --output - | head -1` does: a clean stop, not a failure.
public struct OutputClosed: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var description: String { "the reader of '\(path)' closed it" }
}

extension AtomicFile {
    /// An atomic file whose bytes go to `part` and survive a kill, for `--resume`.
    public convenience init(path: String, part: JournalPart) throws {
        try self.init(path: path, encoder: nil, part: part)
    }

    /// Opens the part: emptied, or cut back to the bytes a checkpoint committed
    /// (a killed run may have written more), positioned at its end.
    static func openPart(_ part: JournalPart) throws -> (Int32, Int) {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: part.path).deletingLastPathComponent(), withIntermediateDirectories: true)
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (part.restore == nil ? O_TRUNC : 0)
        let fd = open(part.path, flags, 0o644)
        guard fd >= 0 else { throw posixError("cannot create", part.path) }
        TemporaryFiles.shared.register(part.path, keep: part.keepOnSignal)
        let keep = part.restore ?? 0
        guard ftruncate(fd, off_t(keep)) == 0, lseek(fd, off_t(keep), SEEK_SET) >= 0 else {
            close(fd)
            throw posixError("cannot restore", part.path)
        }
        return (fd, keep)
    }

    /// The size of the file at `path`, or nil if there is none.
    public static func fileSize(_ path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }
}
