import Foundation
import Testing

/// Hostile input through `copydesk run`: refused up front when the run
/// itself is a mistake; otherwise every document ends in the output or the
/// rejects, and the end of the run says that the two add up.
@Suite struct HostileRunTests {
    static func pipeline(in dir: URL, input: String, extra: String = "", stages: String = "") throws -> String {
        let yaml = """
        name: hostile
        \(extra)
        stages:
          - stage: load
            with: {path: \(input)}
        \(stages)
          - stage: write
            with: {path: out.jsonl}
        """
        let path = dir.appendingPathComponent("p.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func lines(_ path: String) -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func anOutputThatIsTheInputIsRefusedAndTheInputKept() throws {
        let dir = try CLI.temporary()
        let input = dir.appendingPathComponent("in.jsonl")
        let content = "{\"id\":\"a\",\"text\":\"Kept.\"}\n"
        try content.write(to: input, atomically: true, encoding: .utf8)
        let p = try Self.pipeline(in: dir, input: "in.jsonl")
        for output in [input.path, dir.path + "/./in.jsonl"] {
            let r = try CLI.run(["run", p, "--output", output])
            #expect(r.status == 2 && r.stderr.contains("input of the load stage"), "\(r.stderr)")
        }
        // Through a symbolic link too.
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.jsonl").path, withDestinationPath: input.path)
        #expect(try CLI.run(["run", p, "--output", dir.appendingPathComponent("link.jsonl").path]).status == 2)
        #expect(try String(contentsOf: input, encoding: .utf8) == content)
    }

    @Test func onErrorFailOnLoadStopsTheRun() throws {
        let dir = try CLI.temporary()
        try "{\"id\":\"a\",\"text\":\"x\"}\n{broken\n{\"id\":\"c\",\"text\":\"y\"}\n".write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let p = try Self.pipeline(in: dir, input: "in.jsonl", extra: "on_error: fail")
        let r = try CLI.run(["run", p])
        #expect(r.status == 1 && r.stderr.contains("on_error: fail"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.jsonl").path))
    }

    @Test func documentsOverMaxDocumentBytesAreRejectedWithTheReason() throws {
        let dir = try CLI.temporary()
        let big = String(repeating: "Word ", count: 4000)
        try "{\"id\":\"small\",\"text\":\"Fine.\"}\n{\"id\":\"big\",\"text\":\"\(big)\"}\n".write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let p = try Self.pipeline(in: dir, input: "in.jsonl", extra: "max_document_bytes: 16KB", stages: "  - stage: summarize")
        let r = try CLI.run(["run", p, "--allow-rejects"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.lines(dir.appendingPathComponent("out.jsonl").path).map { $0["id"] as? String } == ["small"])
        let rejects = Self.lines(dir.appendingPathComponent("out.rejects.jsonl").path)
        #expect(rejects.count == 1 && (rejects[0]["error"] as? String)?.contains("more than max_document_bytes (16384)") == true)
        // A size that is not one is a configuration error with its position.
        let bad = try Self.pipeline(in: dir, input: "in.jsonl", extra: "max_document_bytes: lots")
        let v = try CLI.run(["validate", bad])
        #expect(v.status != 0 && v.stderr.contains("p.yaml:2:"), "\(v.stderr)")
    }

    @Test func everyRunEndsWithItsAccounting() throws {
        let dir = try CLI.temporary()
        try "{\"id\":\"a\",\"text\":\"x\",\"summary\":\"own\"}\n{\"id\":\"a\",\"text\":\"same id\"}\nnot json\n".write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let p = try Self.pipeline(in: dir, input: "in.jsonl")
        let stats = dir.appendingPathComponent("stats.json").path
        let r = try CLI.run(["run", p, "--stats", stats])
        #expect(r.status == 3)
        #expect(r.stderr.contains("3 in = 2 out + 1 rejected"), "\(r.stderr)")
        #expect(r.stderr.contains("kept as 'input_summary'"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: stats))) as? [String: Any]
        #expect(json?["accounted"] as? Bool == true)
        #expect((json?["notes"] as? [String])?.count == 1)
        // Duplicate ids are two documents: both go through, in input order.
        #expect(Self.lines(dir.appendingPathComponent("out.jsonl").path).map { $0["text"] as? String } == ["x", "same id"])
    }

    @Test func aMegabyteTokenWithNoSpaceGoesThroughTheNewsPipeline() throws {
        let dir = try CLI.temporary()
        let token = String(repeating: "x", count: 1 << 20)
        try "{\"id\":\"token\",\"date\":\"2024-01-01\",\"text\":\"Start \(token) end. Then Kyiv said 5 things.\"}\n".write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("news.jsonl").path
        let r = try CLI.run(["run", "Pipelines/news.yaml", "--input", dir.appendingPathComponent("in.jsonl").path, "--output", out])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = Self.lines(out).first
        #expect((doc?["text"] as? String)?.utf8.count ?? 0 > 1 << 20)
        #expect((doc?["numbers"] as? [[String: Any]])?.contains { $0["text"] as? String == "5" } == true)
    }
}
