import Copydesk
@testable import CopydeskStages
import CopydeskTesting
import Foundation
import GRDB
import Testing

/// `write` with `source_offsets: true`, in every format.
@Suite struct SourceOffsetsWriterTests {
    static let input = "<h1>Bridge&nbsp;repairs</h1>\n<p>Repairs to the <b>Tyne</b>  Bridge will cost &pound;1.4bn.</p>\n<p>Work   starts\n\non 12 May 2005.</p>"

    /// The input cleaned (keeping the original), numbers tagged, an entity and a summary added by hand.
    func document() throws -> Document {
        var d = Document(id: "a", text: Self.input, date: "2005-05-01")
        try makeStage(CleanStage.self, ["keep_original": .boolean(true)]).process(&d)
        try makeStage(TagNumbersStage.self).process(&d)
        let scalars = Array(d.text.unicodeScalars)
        let tyne = try #require((0..<scalars.count).first { String(String.UnicodeScalarView(scalars[$0..<min(scalars.count, $0 + 11)])) == "Tyne Bridge" })
        d.entities = [Entity(start: tyne, end: tyne + 11, text: "Tyne Bridge", label: "LOC")]
        d.summary = [Span(start: 0, end: 15, text: "Bridge repairs\n")]
        return d
    }

    func write(_ docs: [Document], as name: String, _ options: [String: OptionValue]) throws -> String {
        let path = try temporaryDirectory().appendingPathComponent(name).path
        var given = options
        given["path"] = .string(path)
        given["source_offsets"] = .boolean(true)
        let writer = try makeStage(WriteStage.self, given).makeWriter()
        for d in docs { try writer.write(d) }
        try writer.commit()
        return path
    }

    func slice(_ s: String, _ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(Array(s.unicodeScalars)[start..<end]))
    }

    @Test func jsonLinesSpansPointIntoTheOriginalText() throws {
        let path = try write([try document()], as: "out.jsonl", [:])
        let line = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")[0]
        let json = try JSONParser.parse(Array(line.utf8))
        let original = try #require(json["original_text"]?.stringValue)
        #expect(original == Self.input)
        let clean = try makeStage(CleanStage.self)
        var spans = 0
        for field in ["entities", "numbers", "summary"] {
            guard case .array(let items)? = json[field] else { Issue.record("no \(field)"); continue }
            for item in items {
                let s = try #require(item["source_start"]?.numberValue), e = try #require(item["source_end"]?.numberValue)
                let text = try #require(item["text"]?.stringValue)
                #expect(clean.clean(slice(original, Int(s), Int(e))).0 == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(item)")
                spans += 1
            }
        }
        #expect(spans >= 5)
        #expect(line.contains("\"text\":\"Tyne Bridge\",\"source_start\":50,\"source_end\":66,\"label\":\"LOC\""))
        #expect(slice(original, 50, 66) == "Tyne</b>  Bridge")
    }

    @Test func withoutTheOptionOrTheMapNothingIsAdded() throws {
        let d = try document()
        #expect(!d.wireJSON.contains("source_start"))
        var rewritten = d
        rewritten.text = rewritten.text.uppercased()
        var w = JSONWriter()
        rewritten.wireJSON(into: &w, sourceOffsets: true)
        #expect(!String(decoding: w.bytes, as: UTF8.self).contains("source_start"))
    }

    @Test func csvAddsTwoColumns() throws {
        let path = try write([try document()], as: "out.csv", ["annotations": .boolean(true)])
        let rows = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(rows[0] == "row,id,date,start,end,label,value,unit,timex,text,source_start,source_end")
        #expect(rows[1].hasPrefix("document,a,2005-05-01,") && rows[1].hasSuffix(",,"))
        #expect(rows.contains { $0.hasPrefix("entity,a,2005-05-01,") && $0.hasSuffix(",Tyne Bridge,50,66") })
        #expect(rows.contains { $0.hasPrefix("number,") && $0.contains(",£1.4bn,") && !$0.hasSuffix(",,") })
    }

    @Test func csvWithoutAnnotationsIsAConfigurationError() {
        #expect(throws: ConfigurationError.self) {
            try makeStage(WriteStage.self, ["path": .string("/tmp/x.csv"), "source_offsets": .boolean(true)])
        }
    }

    @Test func sqliteAddsTwoColumnsToEveryAnnotationTable() throws {
        let path = try write([try document(), try document()], as: "out.sqlite", [:])
        let db = try DatabaseQueue(path: path)
        let (entity, numbers, summary) = try db.read { db in
            (try Row.fetchOne(db, sql: "SELECT source_start, source_end FROM entities WHERE document = 2"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM numbers WHERE source_start IS NOT NULL AND source_end > source_start"),
             try Int.fetchOne(db, sql: "SELECT source_end FROM summary_sentences WHERE document = 1"))
        }
        #expect(entity?["source_start"] == 50 && entity?["source_end"] == 66)
        #expect((numbers ?? 0) >= 6)
        // "Bridge repairs\n" ends inside the break made of "</h1>\n<p>": all of it.
        #expect(summary == 32)
    }
}
