import Copydesk
import CopydeskStages
import Foundation
import GRDB
import Testing

@Suite struct ShardMergeTests {
    /// `sourceOffsets[k - 1]` is `write`'s `source_offsets` for shard `k` (all off when empty).
    static func shardFiles(ext: String, in dir: URL, annotate: Bool = false, sourceOffsets: [Bool] = []) throws -> (all: [Document], paths: [String]) {
        let docs = (1...90).map { i in
            var d = Document(id: "d\(i)", text: "Text \(i), with \"quotes\"\nand a newline.", date: "2024-02-03")
            if annotate { d.entities = [Entity(start: 0, end: 4, text: "Text", label: "MISC")] }
            return d
        }
        var paths: [String] = []
        for k in 1...3 {
            let shard = try Shard(index: k, count: 3)
            let path = dir.appendingPathComponent("part-\(k).\(ext)").path
            let offsets = sourceOffsets.isEmpty ? false : sourceOffsets[k - 1]
            let writer = try makeStage(WriteStage.self, ["path": .string(path), "source_offsets": .boolean(offsets)]).makeWriter()
            for d in docs where shard.contains(id: d.id) { try writer.write(d) }
            try writer.commit()
            paths.append(path)
        }
        return (docs, paths)
    }

    static func ids(_ path: String) throws -> [String] {
        try readAll(try makeStage(LoadStage.self, ["path": .string(path)])).compactMap { if case .document(let d) = $0 { d.id } else { nil } }
    }

    @Test(arguments: ["jsonl", "jsonl.zst", "csv", "csv.gz"])
    func linesOfEveryShardOnceWithOneHeader(_ ext: String) throws {
        let dir = try temporaryDirectory()
        let (docs, paths) = try Self.shardFiles(ext: ext, in: dir)
        let out = dir.appendingPathComponent("all.\(ext)").path
        try ShardMerge.merge(inputs: paths, into: out)
        let merged = try Self.ids(out)
        #expect(merged.sorted() == docs.map(\.id).sorted())
        #expect(merged == (try paths.flatMap { try Self.ids($0) }))
    }

    @Test func csvShardsWithAnotherHeaderAreRefusedAndNothingIsWritten() throws {
        let dir = try temporaryDirectory()
        let (_, paths) = try Self.shardFiles(ext: "csv", in: dir)
        try "a,b\r\n1,2\r\n".write(toFile: paths[1], atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("all.csv").path
        #expect(throws: DocumentError.self) { try ShardMerge.merge(inputs: paths, into: out) }
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func sqliteShardsBecomeOneDatabase() throws {
        let dir = try temporaryDirectory()
        let (docs, paths) = try Self.shardFiles(ext: "sqlite", in: dir, annotate: true)
        let out = dir.appendingPathComponent("all.sqlite").path
        let summary = try ShardMerge.merge(inputs: paths, into: out)
        #expect(summary.count == docs.count && summary.unit == "documents")
        let db = try DatabaseQueue(path: out)
        try db.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT seq) FROM documents") == docs.count)
            #expect(try Set(String.fetchAll(db, sql: "SELECT id FROM documents")) == Set(docs.map(\.id)))
            // Every annotation still points at its own document.
            let joined = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entities e JOIN documents d ON e.document = d.seq WHERE d.text LIKE e.text || '%'")
            #expect(joined == docs.count)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'documents_id'") == 1)
        }
    }

    /// `source_offsets` adds columns to every annotation table: the merged
    /// database has them too, with each shard's values.
    @Test func sqliteShardsKeepTheirSourceOffsets() throws {
        let dir = try temporaryDirectory()
        let (docs, paths) = try Self.shardFiles(ext: "sqlite", in: dir, annotate: true, sourceOffsets: [true, true, true])
        let out = dir.appendingPathComponent("all.sqlite").path
        _ = try ShardMerge.merge(inputs: paths, into: out)
        let spans = try DatabaseQueue(path: out).read { db in
            try Row.fetchAll(db, sql: "SELECT source_start, source_end FROM entities").map { [$0["source_start"] as Int?, $0["source_end"] as Int?] }
        }
        #expect(spans.count == docs.count)
        #expect(spans.allSatisfy { $0 == [0, 4] })
    }

    /// A shard written with other options would lose or invent columns: refused, naming it, and nothing written.
    @Test func sqliteShardsWithOtherColumnsAreRefused() throws {
        let dir = try temporaryDirectory()
        let (_, paths) = try Self.shardFiles(ext: "sqlite", in: dir, annotate: true, sourceOffsets: [false, true, false])
        let out = dir.appendingPathComponent("all.sqlite").path
        let error = #expect(throws: DocumentError.self) { try ShardMerge.merge(inputs: paths, into: out) }
        #expect(error?.reason.contains("part-2.sqlite") == true)
        #expect(error?.reason.contains("source_start") == true)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func mixedFormatsAndMissingFilesAreRefused() throws {
        let dir = try temporaryDirectory()
        let (_, paths) = try Self.shardFiles(ext: "jsonl", in: dir)
        #expect(throws: DocumentError.self) { try ShardMerge.merge(inputs: paths, into: dir.appendingPathComponent("all.csv").path) }
        #expect(throws: DocumentError.self) { try ShardMerge.merge(inputs: paths + ["/no/such.jsonl"], into: dir.appendingPathComponent("all.jsonl").path) }
        #expect(throws: DocumentError.self) { try ShardMerge.merge(inputs: paths, into: paths[0]) }
    }
}
