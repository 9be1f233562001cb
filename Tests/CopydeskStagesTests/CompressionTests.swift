import Copydesk
import CopydeskStages
import Foundation
import Testing

/// Compressed inputs and outputs, through the `write` and `load` stages and
/// against the system's `gzip` and `zstd` tools where they are installed.
@Suite struct CompressionTests {
    static func documents(_ count: Int) -> [Document] {
        (1...count).map { Document(id: "doc-\($0)", text: "Line \($0): " + String(repeating: "words and more words ", count: $0 % 40 + 1), date: "2024-01-02") }
    }

    static func write(_ documents: [Document], to path: String) throws {
        let writer = try makeStage(WriteStage.self, ["path": .string(path)]).makeWriter()
        for d in documents { try writer.write(d) }
        try writer.commit()
    }

    /// `count` documents written to a fresh `NAME` in a temporary folder: the folder, the path, the documents and the file's bytes.
    static func written(_ count: Int, as name: String) throws -> (dir: URL, path: String, docs: [Document], bytes: Data) {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent(name).path
        let docs = documents(count)
        try write(docs, to: path)
        return (dir, path, docs, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func load(_ path: String) throws -> [ReadResult] { try readAll(try makeStage(LoadStage.self, ["path": .string(path)])) }

    static func loaded(_ items: [ReadResult]) -> [Document] {
        items.compactMap { if case .document(let d) = $0 { return d } else { return nil } }
    }

    @Test(arguments: ["jsonl.gz", "jsonl.zst", "csv.gz", "csv.zst", "jsonl", "csv"])
    func writeThenLoadGivesTheSameDocuments(_ ext: String) throws {
        let (_, path, docs, bytes) = try Self.written(3_000, as: "out.\(ext)")
        if ext.hasSuffix(".gz") { #expect(bytes.starts(with: [0x1F, 0x8B])) }
        if ext.hasSuffix(".zst") { #expect(bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD])) }
        let back = Self.loaded(try Self.load(path))
        #expect(back.map(\.id) == docs.map(\.id))
        #expect(back.map(\.text) == docs.map(\.text))
    }

    @Test func compressedFilesAreTheStandardFormats() throws {
        let dir = try temporaryDirectory()
        let docs = Self.documents(50)
        try Self.write(docs, to: dir.appendingPathComponent("a.jsonl").path)
        try Self.write(docs, to: dir.appendingPathComponent("a.jsonl.gz").path)
        try Self.write(docs, to: dir.appendingPathComponent("a.jsonl.zst").path)
        let plain = try Data(contentsOf: dir.appendingPathComponent("a.jsonl"))
        for (tool, file) in [("gzip", "a.jsonl.gz"), ("zstd", "a.jsonl.zst")] {
            // .ci/run installs both tools.
            let out = try run(["/usr/bin/env", tool, "-dc", dir.appendingPathComponent(file).path])
            #expect(out == plain, "\(tool) -dc \(file)")
        }
    }

    @Test func magicBytesWinOverTheName() throws {
        let dir = try temporaryDirectory()
        let gz = dir.appendingPathComponent("a.jsonl.gz").path
        try Self.write(Self.documents(10), to: gz)
        let misnamed = dir.appendingPathComponent("b.jsonl").path
        try FileManager.default.copyItem(atPath: gz, toPath: misnamed)
        #expect(Self.loaded(try Self.load(misnamed)).count == 10)
        // A compressed name over plain data is a reject, not text read as gzip garbage.
        let fake = dir.appendingPathComponent("c.jsonl.zst").path
        try "{\"id\":\"x\",\"text\":\"plain\"}\n".write(toFile: fake, atomically: true, encoding: .utf8)
        let items = try Self.load(fake)
        guard items.count == 1, case .rejected(_, let reason, _) = items[0] else { Issue.record("\(items)"); return }
        #expect(reason.contains("does not start like zstd"))
    }

    @Test(arguments: ["jsonl.gz", "jsonl.zst", "csv.gz", "csv.zst"])
    func truncatedFileKeepsWhatCameBeforeAndNamesTheByte(_ ext: String) throws {
        let (dir, _, docs, bytes) = try Self.written(6_000, as: "whole.\(ext)")
        let cut = bytes.count * 2 / 3
        let truncated = dir.appendingPathComponent("cut.\(ext)").path
        try bytes.prefix(cut).write(to: URL(fileURLWithPath: truncated))
        let items = try Self.load(truncated)
        let kept = Self.loaded(items)
        #expect(kept.count > 1_000 && kept.count < docs.count, "\(kept.count)")
        #expect(kept.map(\.id) == Array(docs.prefix(kept.count)).map(\.id))
        #expect(kept.map(\.text) == Array(docs.prefix(kept.count)).map(\.text))
        guard case .rejected(let id, let reason, _)? = items.last else { Issue.record("no reject at the end"); return }
        #expect(id == "\(truncated):byte \(cut)")
        #expect(reason.contains("'\(truncated)' at byte \(cut): truncated"), "\(reason)")
    }

    @Test func corruptZstdIsARejectNamingTheFile() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("a.jsonl.zst").path
        try Self.write(Self.documents(6_000), to: path)
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let items = try Self.load(path)
        guard case .rejected(let id, let reason, _)? = items.last else { Issue.record("no reject"); return }
        #expect(id.hasPrefix("\(path):byte "))
        #expect(reason.contains("corrupt zstd data"))
        #expect(items.dropLast().allSatisfy { if case .document = $0 { return true } else { return false } })
    }

    @Test func aBrokenFileInAFolderDoesNotStopTheOthers() throws {
        let dir = try temporaryDirectory()
        try Self.write(Self.documents(5), to: dir.appendingPathComponent("a.jsonl.gz").path)
        try Data([0x1F, 0x8B, 0x08]).write(to: dir.appendingPathComponent("b.jsonl.gz"))
        try Self.write(Self.documents(7), to: dir.appendingPathComponent("c.jsonl.zst").path)
        let items = try Self.load(dir.path)
        #expect(Self.loaded(items).count == 12)
        #expect(items.count == 13)
    }

    @Test func textFilesMayBeCompressed() throws {
        let dir = try temporaryDirectory()
        let plain = dir.appendingPathComponent("note.txt")
        try "date 2021-03-04\nA short note.".write(to: plain, atomically: true, encoding: .utf8)
        _ = try run(["/usr/bin/env", "gzip", plain.path])
        let items = try Self.load(dir.path)
        guard case .document(let d)? = items.first else { Issue.record("\(items)"); return }
        #expect(d.id == "note" && d.date == "2021-03-04" && d.text == "A short note.")
    }

    @Test func sqliteCannotBeCompressed() {
        #expect(throws: ConfigurationError.self) { try makeStage(WriteStage.self, ["path": .string("/tmp/x.sqlite.gz")]) }
    }
}

/// Runs a program and returns its stdout; throws when it cannot start or fails.
func run(_ argv: [String]) throws -> Data {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: argv[0])
    p.arguments = Array(argv.dropFirst())
    let out = Pipe()
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    guard p.terminationStatus == 0 else { throw DocumentError("\(argv[0]) exited \(p.terminationStatus)") }
    return data
}
