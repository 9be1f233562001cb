import Copydesk
import Foundation
import GRDB

/// Many shard databases (as `write` makes them) into one with their schema:
/// each shard's `seq` numbers are moved past the previous shards',
/// annotation rows with them, and the indexes are built once at the end.
///
/// The tables and columns are read from the first shard, not assumed, so
/// whatever `write` was asked for (`source_offsets` adds two columns to each
/// annotation table) is kept; a shard whose columns differ is refused, as a
/// CSV shard with another header is, rather than merged with a column lost.
enum SQLiteMerge {
    /// The tables `write` makes, and the column each one's document number is in.
    static let tables = [("documents", "seq"), ("entities", "document"), ("numbers", "document"), ("summary_sentences", "document")]

    static func merge(inputs: [String], into output: String) throws -> Int {
        guard let first = inputs.first else { throw DocumentError("nothing to merge") }
        let schema: Schema
        do {
            schema = try Schema(of: first)
        } catch let error as DocumentError {
            throw error
        } catch {
            throw DocumentError("cannot merge '\(first)': \(error)")
        }
        let temporary = try AtomicFile.temporaryPath(for: output)
        do {
            var config = Configuration()
            config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
            let queue = try DatabaseQueue(path: temporary, configuration: config)
            try queue.write { db in for table in schema.tables { try db.execute(sql: table.sql) } }
            var offset = 0
            for input in inputs {
                do {
                    offset += try append(input, to: queue, schema: schema, offset: offset)
                } catch let error as DocumentError {
                    throw error
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

    /// The tables of a shard as `write` made them: each one's `CREATE TABLE`
    /// statement and its columns in order.
    struct Schema: Equatable {
        struct Table: Equatable {
            var name: String
            var sql: String
            var columns: [String]
        }
        var tables: [Table]

        init(of path: String) throws {
            let queue = try DatabaseQueue(path: path, configuration: Self.readOnly)
            tables = try queue.read { db in try Self.tables(in: db, schema: "main", path: path) }
        }

        init(attached db: Database, path: String) throws {
            tables = try Self.tables(in: db, schema: "shard", path: path)
        }

        private static var readOnly: Configuration {
            var config = Configuration()
            config.readonly = true
            return config
        }

        private static func tables(in db: Database, schema: String, path: String) throws -> [Table] {
            try SQLiteMerge.tables.map { name, _ in
                guard let sql = try String.fetchOne(db, sql: "SELECT sql FROM \(schema).sqlite_master WHERE type = 'table' AND name = ?", arguments: [name]) else {
                    throw DocumentError("cannot merge '\(path)': it has no table '\(name)' (not a database `write` made?)")
                }
                let columns = try Row.fetchAll(db, sql: "PRAGMA \(schema).table_info(\(quoted(name)))").map { $0["name"] as String }
                return Table(name: name, sql: sql, columns: columns)
            }
        }

        /// The statement that copies `table` from the attached shard; `?` is its `seq` offset.
        func copy(_ table: Table) -> String {
            let key = SQLiteMerge.tables.first { $0.0 == table.name }?.1
            let names = table.columns.map(quoted).joined(separator: ", ")
            let values = table.columns.map { $0 == key ? "\(quoted($0)) + ?" : quoted($0) }.joined(separator: ", ")
            let order = table.name == "documents" ? " ORDER BY seq" : ""
            return "INSERT INTO main.\(quoted(table.name)) (\(names)) SELECT \(values) FROM shard.\(quoted(table.name))\(order)"
        }
    }

    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Copies one shard in one transaction; returns its highest `seq`.
    private static func append(_ input: String, to queue: DatabaseQueue, schema: Schema, offset: Int) throws -> Int {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS shard", arguments: [input])
            defer { try? db.execute(sql: "DETACH DATABASE shard") }
            let own = try Schema(attached: db, path: input)
            for (mine, theirs) in zip(own.tables, schema.tables) where mine.columns != theirs.columns {
                throw DocumentError("cannot merge '\(input)': its table '\(mine.name)' has the columns \(mine.columns.joined(separator: ", ")), "
                    + "not those of the first shard (\(theirs.columns.joined(separator: ", "))); were the shards written with other `write` options?")
            }
            var highest = 0
            try db.inTransaction {
                highest = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM shard.documents") ?? 0
                for table in schema.tables { try db.execute(sql: schema.copy(table), arguments: [offset]) }
                return .commit
            }
            return highest
        }
    }
}
