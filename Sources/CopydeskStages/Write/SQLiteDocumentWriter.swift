import Copydesk
import Foundation
import GRDB

/// Documents and their annotations in an SQLite database, one transaction
/// per batch, built under a temporary name and renamed into place.
///
/// Tables: `documents(seq, id, date, text, fields)`, `entities`, `numbers`,
/// `summary_sentences`, each annotation row keyed to its document's `seq`
/// (ids need not be unique in the input) with indexes for the usual queries.
final class SQLiteDocumentWriter: DocumentWriter {
    private let path: String
    private let temporaryPath: String
    private var queue: DatabaseQueue?
    let batchSize: Int
    var pending: [Document] = []
    var sequence = 0
    /// Kept in a resume journal: batches are committed at the runner's
    /// checkpoints (`SQLiteDocumentWriter+Journal.swift`), not by `write`.
    private var journaled = false
    /// Adds `source_start` and `source_end` columns to the annotation tables.
    let sourceOffsets: Bool

    static let schema = """
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        date TEXT,
        text TEXT NOT NULL,
        fields TEXT
    );
    CREATE TABLE entities (
        document INTEGER NOT NULL REFERENCES documents(seq),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL
    );
    CREATE TABLE numbers (
        document INTEGER NOT NULL REFERENCES documents(seq),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        value REAL,
        value_text TEXT,
        unit TEXT,
        min REAL,
        max REAL,
        timex TEXT,
        mod TEXT,
        relative TEXT
    );
    CREATE TABLE summary_sentences (
        document INTEGER NOT NULL REFERENCES documents(seq),
        position INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (document, position)
    );
    """

    static let indexes = """
    CREATE INDEX documents_id ON documents(id);
    CREATE INDEX documents_date ON documents(date);
    CREATE INDEX entities_document ON entities(document);
    CREATE INDEX entities_label_text ON entities(label, text);
    CREATE INDEX numbers_document ON numbers(document);
    CREATE INDEX numbers_kind ON numbers(kind);
    """

    static let sourceColumns = ["entities", "numbers", "summary_sentences"].map {
        "ALTER TABLE \($0) ADD COLUMN source_start INTEGER; ALTER TABLE \($0) ADD COLUMN source_end INTEGER;"
    }.joined(separator: "\n")

    init(path: String, batchSize: Int, sourceOffsets: Bool = false) throws {
        self.path = path
        self.batchSize = batchSize
        self.sourceOffsets = sourceOffsets
        temporaryPath = try AtomicFile.temporaryPath(for: path)
        var config = Configuration()
        // The file is private until commit renames it, so per-transaction fsyncs buy nothing.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
        queue = try DatabaseQueue(path: temporaryPath, configuration: config)
        try queue?.write { db in try db.execute(sql: Self.schema + (sourceOffsets ? Self.sourceColumns : "")) }
    }

    /// On a resume journal's part: a fresh database, or the one an earlier
    /// run left, whose committed transactions are its checkpoints (a hot
    /// `-journal` of a transaction cut short is rolled back on opening).
    init(path: String, batchSize: Int, sourceOffsets: Bool = false, part: JournalPart) throws {
        self.path = path
        self.batchSize = batchSize
        self.sourceOffsets = sourceOffsets
        temporaryPath = part.path
        journaled = true
        TemporaryFiles.shared.register(part.path, keep: part.keepOnSignal)
        TemporaryFiles.shared.register(part.path + "-journal", keep: part.keepOnSignal)
        if part.restore == nil {
            unlink(part.path)
            unlink(part.path + "-journal")
        }
        var config = Configuration()
        // Durable at each commit: each is a checkpoint a resume continues from.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        queue = try DatabaseQueue(path: temporaryPath, configuration: config)
        if let restore = part.restore {
            sequence = restore
        } else {
            try queue?.write { db in try db.execute(sql: Self.schema + (sourceOffsets ? Self.sourceColumns : "")) }
        }
    }

    func write(_ document: Document) throws {
        pending.append(document)
        if pending.count >= batchSize && !journaled { try flush() }
    }

    func flush() throws {
        guard let queue, !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        var seq = sequence
        try queue.inTransaction { db in
            let extra = sourceOffsets ? ", source_start, source_end" : ""
            let marks = sourceOffsets ? ", ?, ?" : ""
            let doc = try db.cachedStatement(sql: "INSERT INTO documents (seq, id, date, text, fields) VALUES (?, ?, ?, ?, ?)")
            let ent = try db.cachedStatement(sql: "INSERT INTO entities (document, start, \"end\", text, label\(extra)) VALUES (?, ?, ?, ?, ?\(marks))")
            let num = try db.cachedStatement(sql: """
                INSERT INTO numbers (document, start, "end", text, kind, value, value_text, unit, min, max, timex, mod, relative\(extra))
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?\(marks))
                """)
            let sum = try db.cachedStatement(sql: "INSERT INTO summary_sentences (document, position, start, \"end\", text\(extra)) VALUES (?, ?, ?, ?, ?\(marks))")
            for d in batch {
                seq += 1
                var fields: String? = nil
                if !d.fields.isEmpty {
                    var w = JSONWriter()
                    w.value(.object(d.fields))
                    fields = String(decoding: w.bytes, as: UTF8.self)
                }
                // The span's range in the input, as two more arguments.
                func source(_ start: Int, _ end: Int) -> StatementArguments {
                    guard sourceOffsets else { return [] }
                    let r = d.sourceRange(start, end)
                    return [r?.lowerBound, r?.upperBound]
                }
                try doc.execute(arguments: [seq, d.id, d.date, d.text, fields])
                for e in d.entities ?? [] { try ent.execute(arguments: [seq, e.start, e.end, e.text, e.label] + source(e.start, e.end)) }
                for n in d.numbers ?? [] {
                    var number: Double? = nil, text: String? = nil
                    switch n.value {
                    case .number(let v)?: number = v
                    case .string(let s)?: text = s
                    case nil: break
                    }
                    try num.execute(arguments: [seq, n.start, n.end, n.text, n.kind.rawValue, number, text, n.unit, n.min, n.max, n.timex, n.mod, n.relative] + source(n.start, n.end))
                }
                for (i, s) in (d.summary ?? []).enumerated() { try sum.execute(arguments: [seq, i, s.start, s.end, s.text] + source(s.start, s.end)) }
            }
            return .commit
        }
        sequence = seq
    }

    func commit() throws {
        try flush()
        try queue?.write { db in try db.execute(sql: Self.indexes) }
        try queue?.close()
        queue = nil
        try AtomicFile.moveIntoPlace(temporaryPath, path)
    }

    func discard() {
        try? queue?.close()
        queue = nil
        AtomicFile.remove(temporary: temporaryPath)
    }

    deinit { if queue != nil { discard() } }
}
