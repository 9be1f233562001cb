import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every temporary output file this process has open, so that a signal
/// (SIGINT, SIGTERM, SIGHUP) can remove them before the process ends: an
/// interrupted run leaves neither its declared paths changed nor litter.
///
/// A resume journal registers its files with `keep: true` when the run
/// asked to be resumable (`--resume`, `resume: true`): a pre-empted job is
/// stopped by SIGTERM, and its journal is what `--resume` continues from.
/// Process-wide on purpose, as signals are; it holds paths only.
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: [String: Bool] = [:]

    private init() {}

    /// `path` is removed on a signal unless `keep`.
    public func register(_ path: String, keep: Bool = false) {
        lock.lock()
        paths[path] = keep
        lock.unlock()
    }

    /// `path` was committed or removed: no longer the signal handler's business.
    public func unregister(_ path: String) {
        lock.lock()
        paths[path] = nil
        lock.unlock()
    }

    /// Unlinks every registered path not marked `keep`; returns the kept ones.
    /// Called from the signal-handling thread just before the process exits.
    @discardableResult
    public func removeAll() -> [String] {
        lock.lock()
        let all = paths
        paths = [:]
        lock.unlock()
        var kept: [String] = []
        for (path, keep) in all {
            if keep { kept.append(path) } else { unlink(path); unlink(path + "-journal") }
        }
        return kept.sorted()
    }

    /// Removes the temporaries that killed runs (SIGKILL, a crash: nothing
    /// of theirs could run) left beside `path`: `.NAME.PID.TOKEN.tmp` whose
    /// process is gone. Resume journals have other names and are kept.
    public static func sweepStale(beside path: String) {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where name.hasPrefix(prefix) && (name.hasSuffix(".tmp") || name.hasSuffix(".tmp-journal")) {
            let rest = name.dropFirst(prefix.count)
            guard let pid = rest.split(separator: ".").first.flatMap({ Int32($0) }), pid > 0 else { continue }
            if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH { unlink(dir + "/" + name) }
        }
    }
}
