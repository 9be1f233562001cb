import Copydesk
import CopydeskStages
import Foundation
import GRDB
import Testing

@Suite struct WriteStageTests {
    func annotated() -> Document {
        var d = Document(id: "a,1", text: "Kyiv said \"£3m\"\non Tuesday", date: "2022-12-14")
        d.entities = [Entity(start: 0, end: 4, text: "Kyiv", label: "LOC")]
        d.numbers = [NumberAnnotation(start: 11, end: 14, text: "£3m", kind: .money, value: .number(3e6), unit: "GBP")]
        d.summary = [Span(start: 0, end: 15, text: "Kyiv said \"£3m\"")]
        return d
    }

    @Test func csvQuotesAndAnnotationRows() throws {
        let path = try temporaryDirectory().appendingPathComponent("out.csv").path
        let writer = try makeStage(WriteStage.self, ["path": .string(path), "annotations": .boolean(true)]).makeWriter()
        try writer.write(annotated())
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.commit()
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        let expected = [
            "row,id,date,start,end,label,value,unit,timex,text",
            #"document,"a,1",2022-12-14,,,,,,,"Kyiv said ""£3m""\#non Tuesday""#,
            #"entity,"a,1",2022-12-14,0,4,LOC,,,,Kyiv"#,
            #"number,"a,1",2022-12-14,11,14,money,3000000,GBP,,£3m"#,
            #"summary,"a,1",2022-12-14,0,15,,,,,"Kyiv said ""£3m""""#,
        ].map { $0 + "\r\n" }.joined()
        #expect(csv == expected)
    }

    @Test func sqliteTablesAreQueryable() throws {
        let path = try temporaryDirectory().appendingPathComponent("out.sqlite").path
        let writer = try makeStage(WriteStage.self, ["path": .string(path), "batch_size": .integer(2)]).makeWriter()
        for _ in 0..<5 { try writer.write(annotated()) }
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.commit()
        let db = try DatabaseQueue(path: path)
        let (documents, entity, value, sentences, indexes) = try db.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM documents"),
             try String.fetchOne(db, sql: "SELECT e.text FROM entities e JOIN documents d ON d.seq = e.document WHERE d.seq = 3"),
             try Double.fetchOne(db, sql: "SELECT value FROM numbers WHERE unit = 'GBP' LIMIT 1"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM summary_sentences"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'entities_label_text'"))
        }
        #expect(documents == 5)
        #expect(entity == "Kyiv")
        #expect(value == 3e6)
        #expect(sentences == 5)
        #expect(indexes == 1)
    }

    /// Every field of a number has a column: an ordinal relative to a
    /// position ("the penultimate") has no value, only its `relative`.
    @Test func sqliteKeepsEveryFieldOfANumber() throws {
        let path = try temporaryDirectory().appendingPathComponent("out.sqlite").path
        var d = Document(id: "r", text: "the penultimate day of June", date: "2022-12-14")
        var ordinal = NumberAnnotation(start: 4, end: 15, text: "penultimate", kind: .ordinal)
        ordinal.relative = "end-1"
        let range = NumberAnnotation(start: 0, end: 3, text: "the", kind: .range, min: 2, max: 9, mod: "APPROX")
        d.numbers = [range, ordinal]
        let writer = try makeStage(WriteStage.self, ["path": .string(path)]).makeWriter()
        try writer.write(d)
        try writer.commit()
        let rows = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT kind, min, max, mod, relative FROM numbers ORDER BY start")
        }
        let bounds: [[Double?]] = rows.map { [$0["min"], $0["max"]] }
        let words: [[String?]] = rows.map { [$0["kind"], $0["mod"], $0["relative"]] }
        #expect(bounds == [[2, 9], [nil, nil]])
        #expect(words == [["range", "APPROX", nil], ["ordinal", nil, "end-1"]])
    }

    @Test func discardLeavesNothing() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("out.sqlite").path
        let writer = try makeStage(WriteStage.self, ["path": .string(path)]).makeWriter()
        try writer.write(annotated())
        writer.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func sqliteToStdoutIsAConfigurationError() {
        #expect(throws: ConfigurationError.self) { try makeStage(WriteStage.self, ["path": .string("-"), "format": .string("sqlite")]) }
    }
}
