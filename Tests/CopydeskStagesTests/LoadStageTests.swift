import Copydesk
import CopydeskStages
import Foundation
import Testing

@Suite struct LoadStageTests {
    @Test func seedArticleDatePrefixIsRemovedAndSetsDate() throws {
        let path = repositoryRoot.appendingPathComponent("Samples/articles/patriot-ukraine-2022-12-14.txt").path
        let items = try readAll(try makeStage(LoadStage.self, ["path": .string(path)]))
        guard case .document(let d)? = items.first else { Issue.record("no document"); return }
        #expect(d.id == "patriot-ukraine-2022-12-14")
        #expect(d.date == "2022-12-14")
        #expect(d.text.hasPrefix("The Defense Department is reportedly"))
    }

    @Test func directoriesAreRecursiveSortedWithRelativeIDsAndFrontMatter() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "---\ndate: 2023-05-11\nsource: wire\n---\nBody text.\n".write(to: dir.appendingPathComponent("sub/b.txt"), atomically: true, encoding: .utf8)
        try "date 2020-01-02\nFirst line.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Data([0x66, 0xFF, 0xFE]).write(to: dir.appendingPathComponent("c.txt"))
        try "ignored".write(to: dir.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let items = try readAll(try makeStage(LoadStage.self, ["path": .string(dir.path)]))
        #expect(items.count == 3)
        guard case .document(let a) = items[0], case .rejected(let id, let reason, _) = items[1], case .document(let b) = items[2] else {
            Issue.record("unexpected items \(items)"); return
        }
        #expect(a.id == "a" && a.date == "2020-01-02" && a.text == "First line.")
        #expect(id == "c" && reason.contains("not valid UTF-8"))
        #expect(b.id == "sub/b" && b.date == "2023-05-11" && b.text == "Body text.")
        #expect(b[field: "source"] == .string("wire"))
    }

    @Test func jsonLinesRejectsBadLinesAndGoesOn() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("in.jsonl")
        try "{\"id\":\"1\",\"text\":\"one\",\"keep\":[1]}\n{broken\n\n{\"id\":\"3\"}\n{\"text\":\"no id\"}\n".write(to: file, atomically: true, encoding: .utf8)
        let items = try readAll(try makeStage(LoadStage.self, ["path": .string(file.path), "date": .string("2021-02-03")]))
        #expect(items.count == 4)
        guard case .document(let one) = items[0], case .rejected(_, let r2, _) = items[1], case .rejected(let id3, let r3, _) = items[2],
              case .document(let four) = items[3] else { Issue.record("unexpected \(items)"); return }
        #expect(one.date == "2021-02-03" && one[field: "keep"] == .array([.number(1)]))
        #expect(r2.hasPrefix("line 2: invalid JSON"))
        #expect(id3 == "3" && r3 == "line 4: missing field 'text'")
        #expect(four.id == "\(file.path):5")
    }

    @Test func csvColumns() throws {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("in.csv")
        try "key,body,when,extra\nk1,\"Hello, world\",2022-01-01,x\nk2,Second,,y\n".write(to: file, atomically: true, encoding: .utf8)
        let items = try readAll(try makeStage(LoadStage.self, ["path": .string(file.path), "id_column": .string("key"),
                                                               "text_column": .string("body"), "date_column": .string("when")]))
        guard case .document(let a) = items[0], case .document(let b) = items[1] else { Issue.record("unexpected \(items)"); return }
        #expect(a.id == "k1" && a.text == "Hello, world" && a.date == "2022-01-01" && a[field: "extra"] == .string("x"))
        #expect(b.id == "k2" && b.date == nil)
    }

    @Test func missingPathIsAConfigurationError() {
        #expect(throws: ConfigurationError.self) { try makeStage(LoadStage.self, ["path": .string("/no/such/dir")]) }
    }
}

@Suite struct CleanStageTests {
    @Test func normalisesStripsAndCollapses() throws {
        let stage = try makeStage(CleanStage.self, ["plain_punctuation": .boolean(true)])
        var d = Document(id: "1", text: "<p>Caf\u{65}\u{301} &amp; “bar”</p>\u{7}  \t two   spaces<br>line\n\n\n\nnext <script>x()</script>para")
        try stage.process(&d)
        #expect(d.text == "Café & \"bar\"\n\ntwo spaces\nline\n\nnext para")
    }

    /// "<" with no ">" after it is text. The search for the closing ">" once
    /// started afresh at every "<", quadratic on such input.
    @Test func unclosedTagsAreText() throws {
        let stage = try makeStage(CleanStage.self)
        let text = String(repeating: "x <a", count: 100_000)
        var d = Document(id: "1", text: text)
        try stage.process(&d)
        #expect(d.text == text)
        var tags = Document(id: "2", text: "a <b>b</b> <i c=\"d\">e</i> 1 < 2 <!-- f --> g")
        try stage.process(&tags)
        #expect(tags.text == "a b e 1 < 2 g")
    }

    /// HTML is stripped on the UTF-8 bytes, counting scalars for the map:
    /// tags and entities beside scalars of two, three and four bytes map back
    /// to the right scalars of the input.
    @Test func stripsAroundWideScalarsWithTheirSourceOffsets() throws {
        let stage = try makeStage(CleanStage.self)
        var d = Document(id: "1", text: "Zoë <b>Łódź</b> &amp; 😀&eacute; <Éa>end")
        try stage.process(&d)
        #expect(d.text == "Zoë Łódź & 😀é end")
        #expect(d.sourceRange(4, 8) == 7..<11)     // Łódź
        #expect(d.sourceRange(9, 10) == 16..<21)   // & of &amp;
        #expect(d.sourceRange(11, 13) == 22..<31)  // 😀 and é of &eacute;
        #expect(d.sourceRange(14, 17) == 36..<39)  // end, after the tag <Éa>
    }

    @Test func emptyAfterCleaningIsRejected() throws {
        let stage = try makeStage(CleanStage.self)
        var d = Document(id: "1", text: "<div> \u{200B} </div>")
        #expect(throws: DocumentError.self) { try stage.process(&d) }
    }

    @Test func nfcSkipsOnlyTextAlreadyInIt() throws {
        let stage = try makeStage(CleanStage.self)
        // Precomposed Latin, currency and punctuation: kept as they are.
        var kept = Document(id: "1", text: "Café costs €5 – “fine”… ½")
        try stage.process(&kept)
        #expect(kept.text.unicodeScalars.map(\.value) == "Café costs €5 – “fine”… ½".unicodeScalars.map(\.value))
        // A combining accent or a singleton outside those ranges (the ohm sign) still gets composed.
        var composed = Document(id: "2", text: "Cafe\u{301} 5 \u{2126} €")
        try stage.process(&composed)
        #expect(composed.text.unicodeScalars.map(\.value) == "Caf\u{E9} 5 \u{3A9} €".unicodeScalars.map(\.value))
    }

    @Test func nfkcFoldsCompatibilityForms() throws {
        let stage = try makeStage(CleanStage.self, ["normalization": .string("nfkc")])
        var d = Document(id: "1", text: "ﬁnance １２")
        try stage.process(&d)
        #expect(d.text == "finance 12")
    }
}
