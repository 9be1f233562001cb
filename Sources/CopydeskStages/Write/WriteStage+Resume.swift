import Copydesk

/// A plain JSON Lines, CSV or SQLite file can be journaled for `--resume`;
/// stdout and compressed files cannot (a compressor's state is not kept).
extension WriteStage: ResumableSink {
    public var journalPath: String? {
        compression == nil && JournalPart.isJournalable(path) ? path : nil
    }

    public func canRestore(_ part: JournalPart) -> Bool {
        switch format {
        case .jsonl, .csv: return part.isRestorableFile
        case .sqlite: return SQLiteDocumentWriter.canRestore(part)
        }
    }

    public func makeWriter(part: JournalPart) throws -> any ResumableWriter {
        switch format {
        case .jsonl: return try JSONLinesWriter(path: path, part: part, sourceOffsets: sourceOffsets)
        case .csv: return try CSVDocumentWriter(path: path, annotations: annotations, sourceOffsets: sourceOffsets, part: part)
        case .sqlite: return try SQLiteDocumentWriter(path: path, batchSize: batchSize, sourceOffsets: sourceOffsets, part: part)
        }
    }
}

extension CSVDocumentWriter: ResumableWriter {
    func prepareCheckpoint() throws -> Int { try file.sync() }
    func finishCheckpoint() throws {}
    var checkpointDue: Bool { false }
    var checkpointsAnytime: Bool { true }
}
