import Foundation

extension JSONLinesFile {
    /// Bytes made durable (flushed and fsynced).
    public func sync() throws -> Int { try file.sync() }
}

extension JSONLinesWriter: ResumableWriter {
    public func prepareCheckpoint() throws -> Int { try file.sync() }
    public func finishCheckpoint() throws {}
    public var checkpointDue: Bool { false }
    public var checkpointsAnytime: Bool { true }
}

extension JournalPart {
    /// A file part can go back to any length it has reached.
    public var isRestorableFile: Bool {
        guard let restore, restore > 0 else { return true }
        return (AtomicFile.fileSize(path) ?? -1) >= restore
    }
}

extension JSONLinesRejectWriter: ResumableRejectWriter {
    public var journalPath: String? { JournalPart.isJournalable(path) ? path : nil }

    public func canRestore(_ part: JournalPart) -> Bool { part.isRestorableFile }

    public func useJournal(_ part: JournalPart) throws {
        self.part = part
        if let restore = part.restore, restore > 0 {
            file = try JSONLinesFile(path: path, part: part)
        } else {
            // Opened on the first reject; an older run's part is stale.
            unlink(part.path)
        }
    }

    public func prepareCheckpoint() throws -> Int { try file?.sync() ?? 0 }
}
