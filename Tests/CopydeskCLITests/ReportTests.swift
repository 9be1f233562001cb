import Copydesk
import Foundation
import Testing

/// `copydesk run --report` and the pipeline's `report:` key, through the binary.
@Suite struct ReportTests {
    /// A pipeline over `input.jsonl` in `dir` that tags numbers (fast, no model) and writes JSON Lines.
    static func pipeline(in dir: URL, report: String? = nil, tagging: Bool = true) throws -> String {
        let middle = tagging ? "  - stage: tag_numbers\n  - stage: summarize\n    with:\n      sentences: 1\n" : ""
        let yaml = """
        name: report-test
        workers: 2
        \(report ?? "")
        stages:
          - stage: load
            with:
              path: input.jsonl
        \(middle)  - stage: write
            with:
              path: out.jsonl
        """
        let path = dir.appendingPathComponent("pipeline.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func write(_ documents: [Document], to dir: URL, extraLines: [String] = []) throws {
        let lines = documents.map(\.wireJSON) + extraLines
        try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("input.jsonl"), atomically: true, encoding: .utf8)
    }

    /// html5lib in strict mode, when Python has it (CI installs it).
    static func parsesAsHTML5(_ path: String) throws -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import sys, html5lib; html5lib.HTMLParser(strict=True).parse(open(sys.argv[1], 'rb').read())", path]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if message.contains("No module named") { return nil }
        return p.terminationStatus == 0 ? "" : message
    }

    @Test func hostileTextIsEscapedAndThePageIsStrictHTML5() throws {
        let dir = try CLI.temporary()
        let hostile = "<script>alert('x')</script> \"quoted\" & <b>bold</b> \u{1}\u{7F}\u{85}\u{FFFE} Tony Blair paid $3m on 12 May 2005."
        var d = Document(id: "<img src=x onerror=alert(1)>", text: hostile, date: "2005-05-20")
        let blair = hostile.unicodeScalars.count - " paid $3m on 12 May 2005.".unicodeScalars.count
        d.entities = [Entity(start: blair - 10, end: blair, text: "Tony Blair", label: "PER\"><script>alert(2)</script>")]
        try Self.write([d, Document(id: "plain", text: "Nothing to see here. Really.")], to: dir,
                       extraLines: ["{\"id\": \"broken\", \"text\": 12}"])
        let report = dir.appendingPathComponent("r.html").path
        let r = try CLI.run(["run", try Self.pipeline(in: dir), "--report", report, "--quiet"])
        #expect(r.status == 3, "\(r.stderr)")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>bold"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        // Every control and noncharacter became U+FFFD; the marks are there, with their values.
        #expect(!html.unicodeScalars.contains { $0.value == 1 || $0.value == 0x7F || $0.value == 0x85 || $0.value == 0xFFFE })
        #expect(html.contains("<mark class=\"m e-"))
        #expect(html.contains("data-tip=\"money · 3000000 USD\""))
        #expect(html.contains("data-tip=\"date · 2005-05-12\""))
        // The rejected line is grouped under its stage.
        #expect(html.contains("id=\"rejects\"") && html.contains("field &#39;text&#39; must be a string"))
        if let problem = try Self.parsesAsHTML5(report) { #expect(problem.isEmpty, "\(problem)") } else {
            print("html5lib is not installed: strict parse skipped (pip install html5lib)")
        }
    }

    @Test func thePipelineKeyChoosesThePathAndTheSamples() throws {
        let dir = try CLI.temporary()
        try Self.write((1...40).map { Document(id: "d\($0)", text: "Story \($0) says 5 people came. Then they left.") }, to: dir)
        let path = try Self.pipeline(in: dir, report: "report:\n  path: reports/{shard}.html\n  first: 2\n  random: 4")
        let r = try CLI.run(["run", path, "--shard", "1/1", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: dir.appendingPathComponent("reports/1.html").path, encoding: .utf8)
        #expect(html.components(separatedBy: "<article class=\"doc\"").count - 1 == 6)
        #expect(html.contains("id=\"doc-1\"") && html.contains("id=\"doc-2\"") && !html.contains("id=\"doc-3\""))
        // The command line wins over the file.
        let again = try CLI.run(["run", path, "--shard", "1/1", "--quiet", "--report-first", "1", "--report-random", "0"])
        #expect(again.status == 0)
        let fewer = try String(contentsOfFile: dir.appendingPathComponent("reports/1.html").path, encoding: .utf8)
        #expect(fewer.components(separatedBy: "<article class=\"doc\"").count - 1 == 1)
    }

    @Test func aBadReportKeyIsAPositionedConfigurationError() throws {
        let dir = try CLI.temporary()
        try Self.write([Document(id: "a", text: "x")], to: dir)
        let path = try Self.pipeline(in: dir, report: "report:\n  path: r.html\n  frist: 2")
        let r = try CLI.run(["run", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("pipeline.yaml:5:3: unknown key 'frist' in 'report'; did you mean 'first'?"), "\(r.stderr)")
    }

    /// Many samples of dense, long documents still make a small page.
    @Test func theReportStaysSmall() throws {
        let dir = try CLI.temporary()
        let words = (0..<600).map { "w\($0)" }
        let text = words.joined(separator: " ")
        var docs: [Document] = []
        for i in 0..<101 {
            var d = Document(id: "d\(i)", text: text)
            var at = 0
            d.entities = words.map { w in
                defer { at += w.count + 1 }
                return Entity(start: at, end: at + w.count, text: w, label: String(repeating: "L", count: 60) + "\(i % 40)")
            }
            docs.append(d)
        }
        try Self.write(docs, to: dir)
        let report = dir.appendingPathComponent("r.html").path
        let r = try CLI.run(["run", try Self.pipeline(in: dir, tagging: false), "--report", report, "--report-first", "50", "--report-random", "50", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let size = try FileManager.default.attributesOfItem(atPath: report)[.size] as? Int ?? .max
        #expect(size < 2_000_000, "\(size) bytes")
        #expect(try String(contentsOfFile: report, encoding: .utf8).components(separatedBy: "<article class=\"doc\"").count - 1 == 100)
    }
}
