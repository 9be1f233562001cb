import Copydesk
import CopydeskStages
import Foundation
import Testing

/// Broken and hostile input through `load`: every record ends as a document
/// or as a reject that says why, and nothing after it is lost.
@Suite struct HostileInputTests {
    static func read(_ bytes: [UInt8], name: String, _ options: [String: OptionValue] = [:]) throws -> [ReadResult] {
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        var given = options
        given["path"] = .string(file.path)
        return try readAll(try makeStage(LoadStage.self, given))
    }

    static func split(_ items: [ReadResult]) -> (documents: [Document], rejects: [(id: String, reason: String)]) {
        var documents: [Document] = [], rejects: [(String, String)] = []
        for item in items {
            switch item {
            case .document(let d): documents.append(d)
            case .rejected(let id, let reason, _): rejects.append((id, reason))
            }
        }
        return (documents, rejects)
    }

    @Test func invalidUTF8InACSVFieldRejectsThatRowOnly() throws {
        let csv = Array("id,text\n1,good\n2,\"bad ".utf8) + [0xFF] + Array(" byte\"\n3,after\n".utf8)
        let (docs, rejects) = Self.split(try Self.read(csv, name: "in.csv"))
        #expect(docs.map(\.id) == ["1", "3"])
        #expect(rejects.count == 1 && rejects[0].id == "2" && rejects[0].reason.contains("not valid UTF-8"))
    }

    @Test func anUnterminatedQuoteCostsOneRowAndSaysSo() throws {
        let csv = Array("id,text\n1,\"never closed\n2,second\n3,\"third\"\n".utf8)
        let (docs, rejects) = Self.split(try Self.read(csv, name: "in.csv"))
        #expect(docs.map(\.id) == ["2", "3"])
        #expect(rejects.count == 1 && rejects[0].reason.hasPrefix("lines 2–4: a closing quote"))
        // At the end of the file, with nothing after it to resynchronise on.
        let tail = Self.split(try Self.read(Array("id,text\n1,ok\n2,\"open to the end".utf8), name: "in.csv"))
        #expect(tail.documents.map(\.id) == ["1"] && tail.rejects.count == 1 && tail.rejects[0].reason.contains("never closed"))
    }

    @Test func csvWithRaggedRowsEmbeddedNewlinesCRLFAndABOM() throws {
        let csv = Array("\u{FEFF}id,text,extra\r\n1,\"two\r\nlines, \"\"quoted\"\"\",x\r\n2,short\r\n3,too,many,fields\r\n\r\n4\r\n5,last,y".utf8)
        let (docs, rejects) = Self.split(try Self.read(csv, name: "in.csv"))
        #expect(docs.map(\.id) == ["1", "2", "5"])
        #expect(docs[0].text == "two\r\nlines, \"quoted\"" && docs[0][field: "extra"] == .string("x"))
        #expect(docs[1][field: "extra"] == nil)
        #expect(rejects.map(\.id) == ["3", "4"])
        #expect(rejects[0].reason.contains("4 fields, but the header has 3"))
        #expect(rejects[1].reason.contains("missing text column"))
    }

    @Test func csvFieldsRoundTripWhateverTheyHold() throws {
        // Generated: fields with commas, quotes, CR, LF, NUL and non-ASCII, written
        // as RFC 4180 says, must come back byte for byte.
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = ["a", "Z", " ", ",", "\"", "\n", "\r\n", "\u{0}", "é", "日", "😀", "'", ";"]
        var rows: [(String, String)] = []
        var csv = "id,text\n"
        for i in 0..<300 {
            let text = (0..<Int.random(in: 1...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            rows.append(("r\(i)", text))
            csv += "r\(i),\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
        }
        let (docs, rejects) = Self.split(try Self.read(Array(csv.utf8), name: "in.csv"))
        #expect(rejects.isEmpty)
        #expect(docs.map(\.id) == rows.map(\.0))
        #expect(docs.map(\.text) == rows.map(\.1))
    }

    @Test func emptyFilesAreEmptyInputsNotErrors() throws {
        for name in ["e.csv", "e.jsonl"] {
            #expect(try Self.read([], name: name).isEmpty, "\(name)")
        }
        // An empty text file is one document with an empty text.
        let items = try Self.read([], name: "e.txt")
        #expect(items.count == 1)
    }

    @Test func jsonLinesWithBOMsBlankLinesNonObjectsAndNonStringText() throws {
        let lines = [0xEF, 0xBB, 0xBF] + Array("{\"id\":\"a\",\"text\":\"x\"}\r\n   \n\t\r\n".utf8)
            + [0xEF, 0xBB, 0xBF] + Array("{\"id\":\"b\",\"text\":\"y\"}\n[1,2]\n\"str\"\n{\"id\":\"c\",\"text\":3}\n{\"id\":\"d\",\"text\":\"a\\u0000b\"}\n".utf8)
        let (docs, rejects) = Self.split(try Self.read(lines, name: "in.jsonl"))
        #expect(docs.map(\.id) == ["a", "b", "d"])
        #expect(docs[2].text == "a\u{0}b")
        #expect(rejects.count == 3)
        #expect(rejects[0].reason.contains("must be a JSON object") && rejects[2].reason.contains("'text' must be a string"))
    }

    @Test func invalidUTF8AndDeepNestingInJSONAreRejectedLines() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let lines = Array("{\"id\":\"a\",\"text\":\"".utf8) + [0xC3, 0x28] + Array("\"}\n{\"id\":\"b\",\"text\":\"t\",\"x\":\(deep)}\n{\"id\":\"c\",\"text\":\"ok\"}\n".utf8)
        let (docs, rejects) = Self.split(try Self.read(lines, name: "in.jsonl"))
        #expect(docs.map(\.id) == ["c"])
        #expect(rejects.count == 2 && rejects[0].reason.contains("UTF-8") && rejects[1].reason.contains("nesting too deep"))
    }

    @Test func layerNamedFieldsOfAnotherShapeAreKeptAside() throws {
        let line = #"{"id":"a","text":"x","summary":"The dataset's own summary.","entities":["Kyiv","NATO"],"numbers":null}"#
        let (docs, rejects) = Self.split(try Self.read(Array((line + "\n").utf8), name: "in.jsonl"))
        #expect(rejects.isEmpty)
        #expect(docs.first?.summary == nil && docs.first?.entities == nil)
        #expect(docs.first?[field: "input_summary"] == .string("The dataset's own summary."))
        #expect(docs.first?[field: "input_entities"] == .array([.string("Kyiv"), .string("NATO")]))
        // A real layer that is broken is still an error: it is the wire format, mis-written.
        let broken = #"{"id":"b","text":"x","entities":[{"start":5,"end":1,"text":"x","label":"PER"}]}"#
        #expect(Self.split(try Self.read(Array((broken + "\n").utf8), name: "in.jsonl")).rejects.count == 1)
    }

    @Test func foldersWithBinaryFilesLoopsDanglingLinksAndUnreadableFormats() throws {
        let dir = try temporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "hello".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 0x80) }).write(to: dir.appendingPathComponent("b.txt"))
        try Data().write(to: dir.appendingPathComponent("c.csv"))
        try "id,title\n1,x\n".write(to: dir.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("sub/loop").path, withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("e.jsonl").path, withDestinationPath: "nowhere.jsonl")
        let (docs, rejects) = Self.split(try readAll(try makeStage(LoadStage.self, ["path": .string(dir.path)])))
        #expect(docs.map(\.id) == ["a"])
        #expect(rejects.count == 3, "\(rejects)")
        #expect(rejects.contains { $0.reason.contains("not valid UTF-8") })
        #expect(rejects.contains { $0.reason.contains("no text column 'text'") })
        #expect(rejects.contains { $0.reason.contains("cannot") && $0.id.contains("e.jsonl") })
    }

    @Test func aGlobThatMatchesNothingOrAnEmptyFolderIsAnError() throws {
        let dir = try temporaryDirectory()
        #expect(throws: (any Error).self) { try readAll(try makeStage(LoadStage.self, ["path": .string(dir.path + "/*.jsonl")])) }
        #expect(throws: (any Error).self) { try readAll(try makeStage(LoadStage.self, ["path": .string(dir.path)])) }
    }

    @Test func aLineLongerThanManyChunksIsReadWhole() throws {
        // One 8 MB line, read 1 MB a chunk (the time it takes is in Scripts/memory_check).
        let text = String(repeating: "abcdefgh", count: 1 << 20)
        let line = "{\"id\":\"long\",\"text\":\"\(text)\"}\n{\"id\":\"next\",\"text\":\"n\"}\n"
        let (docs, _) = Self.split(try Self.read(Array(line.utf8), name: "in.jsonl"))
        #expect(docs.map(\.id) == ["long", "next"] && docs[0].text.utf8.count == 8 << 20)
    }
}
