import Copydesk
import Foundation
import Testing

/// `--input - --output -` as Spark's `RDD.pipe` runs it: documents alone on
/// stdout, in order, rejects as JSON lines where `--rejects` says, and an
/// exit status a caller can act on.
@Suite struct StreamingTests {
    static let pipeline = "Pipelines/entities.yaml"

    static func input(_ count: Int, brokenAt broken: Set<Int> = []) -> String {
        (1...count).map { broken.contains($0) ? "{not json \($0)" : "{\"id\":\"s\($0)\",\"text\":\"Anna Berg met the mayor of Oslo on day \($0).\"}" }
            .joined(separator: "\n") + "\n"
    }

    static func ids(_ stdout: String) throws -> [String] {
        try stdout.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8))["id"]!.stringValue! }
    }

    @Test func oneDocumentALineInOrderAndNothingElseOnStdout() throws {
        let r = try CLI.run(["run", Self.pipeline, "--input", "-", "--output", "-", "--workers", "2"], stdin: Self.input(300))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Self.ids(r.stdout) == (1...300).map { "s\($0)" })
        // The report goes to stderr, never between the documents.
        #expect(r.stderr.contains("entities: 300 in = 300 out"))
    }

    @Test func rejectsGoToStderrAsJSONLinesAndTheStatusSaysSo() throws {
        let args = ["run", Self.pipeline, "--input", "-", "--output", "-", "--rejects", "/dev/stderr", "--quiet"]
        let r = try CLI.run(args, stdin: Self.input(50, brokenAt: [7, 30]))
        #expect(r.status == 3)
        #expect(try Self.ids(r.stdout) == (1...50).filter { $0 != 7 && $0 != 30 }.map { "s\($0)" })
        let rejects = try r.stderr.split(separator: "\n").map { try JSONParser.parse(Array($0.utf8)) }
        #expect(rejects.map { $0["id"]!.stringValue! } == ["stdin:7", "stdin:30"])
        #expect(rejects.allSatisfy { $0["stage"]?.stringValue == "load" && $0["error"] != nil })

        let allowed = try CLI.run(args + ["--allow-rejects"], stdin: Self.input(50, brokenAt: [7]))
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try Self.ids(allowed.stdout).count == 49)
    }

    @Test func emptyInputIsAnEmptyRun() throws {
        let r = try CLI.run(["run", Self.pipeline, "--input", "-", "--output", "-", "--quiet"], stdin: "")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.isEmpty && r.stderr.isEmpty)
    }

    @Test func aFailingRunExitsOne() throws {
        let dir = try CLI.temporary()
        let strict = dir.appendingPathComponent("strict.yaml").path
        try """
        name: strict
        on_error: fail
        stages:
          - stage: load
            with:
              path: "-"
          - stage: clean
          - stage: write
            with:
              path: "-"
        """.write(toFile: strict, atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", strict, "--quiet"], stdin: "{\"id\":\"e\",\"text\":\"\"}\n")
        #expect(r.status == 1, "\(r.stderr)")
    }
}
