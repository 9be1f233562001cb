import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How a run keeps its resume journal.
public struct ResumeSettings: Sendable {
    /// Continue from the journal an interrupted run left, if there is one.
    public var resume: Bool
    /// Resume even when the pipeline file or the input changed since.
    public var force: Bool
    /// A checkpoint at least every this many documents...
    public var everyDocuments: Int
    /// ...or this many seconds, whichever comes first.
    public var everySeconds: Double

    public init(resume: Bool = false, force: Bool = false, everyDocuments: Int = 1000, everySeconds: Double = 10) {
        self.resume = resume
        self.force = force
        self.everyDocuments = max(1, everyDocuments)
        self.everySeconds = everySeconds
    }
}

/// One checkpoint: how far the input was read and how much of each output
/// holds it, all made durable before the manifest names it.
struct JournalCheckpoint: Codable, Equatable {
    /// Input items consumed (documents and rejected records).
    var items: Int
    var written: Int
    var rejected: Int
    var input: InputPosition
    /// Per write stage: bytes of its part, or documents of an SQLite database.
    var outputs: [Int]
    var rejects: Int
}

/// `.NAME.copydesk-resume.json` beside the output: what the journal's parts
/// hold and what they were made from.
struct JournalManifest: Codable {
    var version = 1
    /// FNV-1a 64 of the pipeline file's bytes and of the command-line paths.
    var pipeline: String
    /// FNV-1a 64 of the input's paths, sizes and modification times.
    var input: String
    var outputs: [String]
    /// The last committed checkpoint, and the one being committed after it:
    /// an SQLite transaction commits after the manifest names it, so a kill
    /// between the two leaves the database at one of them.
    var checkpoints: [JournalCheckpoint]
}

/// Why a resume was refused.
public struct ResumeError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// The resume journal of one run: the parts of its outputs under fixed
/// names beside them and a manifest, rewritten at each checkpoint. Every
/// run whose outputs are regular files keeps one, so that a run killed by
/// anything (`kill -9`, a crash, a lost machine) can be continued.
final class RunJournal: @unchecked Sendable {
    let manifestPath: String
    private var manifest: JournalManifest
    /// Where this run started from: the checkpoint restored, or zero.
    let base: JournalCheckpoint
    let settings: ResumeSettings
    private(set) var writers: [any ResumableWriter] = []
    private let rejects: (any ResumableRejectWriter)?
    private let lock = NSLock()
    private var positions: [Int: InputPosition] = [:]
    private var lastPosition: InputPosition
    private var sinceCheckpoint = 0
    private var lastCheckpoint = DispatchTime.now().uptimeNanoseconds

    /// `.NAME.copydesk-resume.json` beside `path`.
    static func manifestPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).copydesk-resume.json").path
    }

    /// Opens the journal of `pipeline`'s outputs, restoring an earlier run's
    /// when `settings.resume` and one is there (and moving `reader` past what
    /// it committed), or starting a fresh one. Nil when an output cannot be
    /// journaled (stdout, a device, compressed), which `--resume` refuses.
    static func begin(_ pipeline: Pipeline, reader: any DocumentReader, rejects: (any RejectWriter)?,
                      settings: ResumeSettings) throws -> RunJournal? {
        let sinks = pipeline.sinks.map { $0.instance as? any ResumableSink }
        let paths = sinks.map { $0?.journalPath }
        let resumableRejects = rejects as? any ResumableRejectWriter
        let reason: String?
        if let i = paths.firstIndex(where: { $0 == nil }) {
            reason = "output '\(pipeline.sinks[i].id)' is not a plain file (stdout, a device and compressed outputs cannot be continued)"
        } else if !((reader as? any ResumableReader)?.canResume ?? false) {
            reason = "its input cannot be read again (stdin)"
        } else if rejects != nil && resumableRejects == nil {
            reason = "its rejects output cannot be journaled"
        } else {
            reason = nil
        }
        if let reason {
            if settings.resume { throw ResumeError(description: "cannot resume this run: \(reason)") }
            return nil
        }
        let reader = reader as! any ResumableReader
        let outputs = paths.map { $0! }
        let manifestPath = Self.manifestPath(for: outputs.last!)
        let fresh = JournalManifest(pipeline: Self.pipelineFingerprint(pipeline), input: reader.fingerprint, outputs: outputs, checkpoints: [])
        let rejectsPath = resumableRejects?.journalPath
        func part(_ path: String, _ restore: Int?) -> JournalPart {
            JournalPart(path: JournalPart.path(for: path), restore: restore, keepOnSignal: settings.resume)
        }

        var start: JournalCheckpoint? = nil
        if settings.resume, let data = FileManager.default.contents(atPath: manifestPath) {
            guard let old = try? JSONDecoder().decode(JournalManifest.self, from: data), old.version == 1 else {
                throw ResumeError(description: "cannot resume: the journal '\(manifestPath)' is unreadable; run without --resume to start again")
            }
            if !settings.force {
                if old.outputs != outputs {
                    throw ResumeError(description: "cannot resume: the journal was written for \(old.outputs.joined(separator: ", ")), not \(outputs.joined(separator: ", ")) (--force resumes anyway)")
                }
                if old.pipeline != fresh.pipeline {
                    throw ResumeError(description: "cannot resume: the pipeline file '\(pipeline.file)' changed since the interrupted run (fingerprint \(old.pipeline), now \(fresh.pipeline)); run without --resume to start again, or --force to continue with the new one")
                }
                if old.input != fresh.input {
                    throw ResumeError(description: "cannot resume: the input changed since the interrupted run (its files' paths, sizes or modification times; fingerprint \(old.input), now \(fresh.input)); run without --resume to start again, or --force to continue")
                }
            }
            // The newest checkpoint that every part can go back to.
            start = old.checkpoints.reversed().first { c in
                c.outputs.count == sinks.count
                    && zip(sinks, zip(outputs, c.outputs)).allSatisfy { $0!.canRestore(part($1.0, $1.1)) }
                    && (rejectsPath.map { resumableRejects!.canRestore(part($0, c.rejects)) } ?? true)
            }
            guard start != nil else {
                throw ResumeError(description: "cannot resume: the journal's files beside '\(outputs.last!)' do not hold what its manifest says (removed or changed); run without --resume to start again")
            }
        }

        let journal = RunJournal(manifestPath: manifestPath, manifest: fresh, settings: settings,
                                 base: start ?? JournalCheckpoint(items: 0, written: 0, rejected: 0, input: InputPosition(file: 0, records: 0), outputs: [], rejects: 0),
                                 rejects: resumableRejects)
        if let start {
            try reader.skip(to: start.input)
        } else {
            // An older journal must not outlive the parts this run empties.
            unlink(manifestPath)
        }
        do {
            if let rejectsPath { try resumableRejects!.useJournal(part(rejectsPath, start?.rejects)) }
            for (i, sink) in sinks.enumerated() {
                journal.writers.append(try sink!.makeWriter(part: part(outputs[i], start?.outputs[i])))
            }
            if let start { journal.manifest.checkpoints = [start] } else { try journal.checkpoint(items: 0, written: 0, rejected: 0) }
        } catch {
            journal.writers.forEach { $0.discard() }
            rejects?.discard()
            journal.close()
            throw error
        }
        return journal
    }

    private init(manifestPath: String, manifest: JournalManifest, settings: ResumeSettings, base: JournalCheckpoint,
                 rejects: (any ResumableRejectWriter)?) {
        self.manifestPath = manifestPath
        self.manifest = manifest
        self.settings = settings
        self.base = base
        self.rejects = rejects
        lastPosition = base.input
        TemporaryFiles.shared.register(manifestPath, keep: settings.resume)
        TemporaryFiles.shared.register(manifestPath + ".tmp")
    }

    /// The reader thread: where the input stands after item `sequence`.
    func record(_ sequence: Int, _ position: InputPosition) {
        lock.lock()
        positions[sequence] = position
        lock.unlock()
    }

    /// The writer thread, after the outcome of item `sequence` went out:
    /// a checkpoint when one is due. Counts are this run's.
    func written(_ sequence: Int, written: Int, rejected: Int) throws {
        lock.lock()
        if let p = positions.removeValue(forKey: sequence) { lastPosition = p }
        lock.unlock()
        sinceCheckpoint += 1
        let due: Bool
        if writers.contains(where: \.checkpointDue) {
            due = true
        } else if writers.allSatisfy(\.checkpointsAnytime) {
            due = sinceCheckpoint >= settings.everyDocuments
                || Double(DispatchTime.now().uptimeNanoseconds - lastCheckpoint) / 1e9 >= settings.everySeconds
        } else {
            due = false
        }
        if due { try checkpoint(items: sequence + 1, written: written, rejected: rejected) }
    }

    /// Outputs durable first, then the manifest that names them, then the
    /// writers' own commit (SQLite's transaction).
    private func checkpoint(items: Int, written: Int, rejected: Int) throws {
        let rejectBytes = try rejects?.prepareCheckpoint() ?? 0
        let states = try writers.map { try $0.prepareCheckpoint() }
        let c = JournalCheckpoint(items: base.items + items, written: base.written + written, rejected: base.rejected + rejected,
                                  input: lastPosition, outputs: states, rejects: rejectBytes)
        manifest.checkpoints = Array((manifest.checkpoints.suffix(1) + [c]))
        try writeManifest()
        for w in writers { try w.finishCheckpoint() }
        sinceCheckpoint = 0
        lastCheckpoint = DispatchTime.now().uptimeNanoseconds
    }

    private func writeManifest() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(manifest)
        let temporary = manifestPath + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ResumeError(description: "cannot write the journal '\(temporary)': \(String(cString: strerror(errno)))") }
        let ok = data.withUnsafeBytes { raw in Foundation.write(fd, raw.baseAddress, raw.count) == raw.count } && fsync(fd) == 0
        Foundation.close(fd)
        guard ok, rename(temporary, manifestPath) == 0 else {
            unlink(temporary)
            throw ResumeError(description: "cannot write the journal '\(manifestPath)': \(String(cString: strerror(errno)))")
        }
        // The rename itself survives a crash once the directory is synced.
        let dir = open(URL(fileURLWithPath: manifestPath).deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
        if dir >= 0 { fsync(dir); Foundation.close(dir) }
    }

    /// The run is over (committed or failed): the manifest goes; the parts
    /// were renamed into place or removed by their writers.
    func close() {
        unlink(manifestPath)
        unlink(manifestPath + ".tmp")
        TemporaryFiles.shared.unregister(manifestPath)
        TemporaryFiles.shared.unregister(manifestPath + ".tmp")
    }

    /// FNV-1a 64 of the pipeline file and of the paths the run was given.
    static func pipelineFingerprint(_ pipeline: Pipeline) -> String {
        let file = FileManager.default.contents(atPath: pipeline.file).map { String(decoding: $0, as: UTF8.self) } ?? pipeline.name
        return String(WordHash.exactHash("\(file)\u{0}\(pipeline.outputPath ?? "")\u{0}\(pipeline.shard?.description ?? "")"), radix: 16)
    }
}
