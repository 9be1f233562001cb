import Copydesk
import GRDB

/// SQLite's committed transactions are the checkpoints: one every
/// `batch_size` documents, as in a run without a journal, so a resumed
/// database holds the same transactions, and the same bytes, as an
/// uninterrupted one. The manifest names a batch before it commits; on
/// resume the documents in the database tell which of its last two
/// checkpoints the kill left.
extension SQLiteDocumentWriter: ResumableWriter {
    func prepareCheckpoint() throws -> Int { sequence + pending.count }
    func finishCheckpoint() throws { try flush() }
    var checkpointDue: Bool { pending.count >= batchSize }
    var checkpointsAnytime: Bool { false }

    /// Whether the database at `part.path` holds exactly `part.restore` documents.
    static func canRestore(_ part: JournalPart) -> Bool {
        guard let restore = part.restore else { return true }
        guard AtomicFile.fileSize(part.path) != nil, let queue = try? DatabaseQueue(path: part.path) else { return false }
        defer { try? queue.close() }
        let count = try? queue.read { db in try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM documents") }
        return count == restore
    }
}
