import Foundation

/// One file, rewritten with each input, that a reader under test loads from
/// disk exactly as a user's input would be: in /dev/shm when there is one (so
/// millions of rewrites cost no disk), else the temporary directory. The
/// directory is the process's own and is removed at exit.
public final class ScratchFile: @unchecked Sendable {
    public let path: String
    let directory: String

    /// `name` is the file's name, its extension included (the reader may pick
    /// its format by it).
    public init(name: String) {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        directory = (base as NSString).appendingPathComponent("copydesk-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        path = (directory as NSString).appendingPathComponent(name)
        write([])
        let dir = directory
        ScratchFile.cleanup.append(dir)
        if ScratchFile.cleanup.count == 1 { atexit { for d in ScratchFile.cleanup { try? FileManager.default.removeItem(atPath: d) } } }
    }

    /// Replaces the file's content with `bytes`.
    public func write(_ bytes: [UInt8]) {
        guard let f = fopen(path, "wb") else { fatalError("cannot open the scratch file \(path)") }
        if !bytes.isEmpty { precondition(fwrite(bytes, 1, bytes.count, f) == bytes.count, "cannot write the scratch file \(path)") }
        fclose(f)
    }

    nonisolated(unsafe) static var cleanup: [String] = []
}
