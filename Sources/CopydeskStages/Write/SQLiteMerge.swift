import Copydesk
import Foundation
import GRDB

/// Many shard databases (as `write` makes them) into one with the same
/// schema: each shard's `seq` numbers are moved past the previous shards',
/// annotation rows with them, and the indexes are built once at the end.
enum SQLiteMerge {
    static func merge(inputs: [String], into output: String) throws -> Int {
        let temporary = try AtomicFile.temporaryPath(for: output)
        do {
            var config = Configuration()
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
            let queue = try DatabaseQueue(path: temporary, configuration: config)
            try queue.write { db in try db.execute(sql: SQLiteDocumentWriter.schema) }
            var offset = 0
            for input in inputs {
                do {
                    offset += try append(input, to: queue, offset: offset)
                } catch {
                    throw DocumentError("cannot merge '\(input)': \(error)")
                }
            }
            try queue.write { db in try db.execute(sql: SQLiteDocumentWriter.indexes) }
            let count = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0 }
            try queue.close()
            try AtomicFile.moveIntoPlace(temporary, output)
            return count
        } catch {
            AtomicFile.remove(temporary: temporary)
            throw error
        }
    }

    /// One statement a table; `?` is the shard's `seq` offset.
    static let copies = [
        "INSERT INTO documents (seq, id, date, text, fields) SELECT seq + ?, id, date, text, fields FROM shard.documents ORDER BY seq",
        "INSERT INTO entities (document, start, \"end\", text, label) SELECT document + ?, start, \"end\", text, label FROM shard.entities",
        """
        INSERT INTO numbers (document, start, "end", text, kind, value, value_text, unit, min, max, timex, mod)
            SELECT document + ?, start, "end", text, kind, value, value_text, unit, min, max, timex, mod FROM shard.numbers
        """,
        "INSERT INTO summary_sentences (document, position, start, \"end\", text) SELECT document + ?, position, start, \"end\", text FROM shard.summary_sentences",
    ]

    /// Copies one shard in one transaction; returns its highest `seq`.
    private static func append(_ input: String, to queue: DatabaseQueue, offset: Int) throws -> Int {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [input])
            defer { try? db.execute(sql: "DETACH DATABASE shard") }
            var highest = 0
            try db.inTransaction {
                highest = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM shard.documents") ?? 0
                for statement in Self.copies { try db.execute(sql: statement, arguments: [offset]) }
                return .commit
            }
            return highest
        }
    }
}
