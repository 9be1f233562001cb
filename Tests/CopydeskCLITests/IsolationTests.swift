import Foundation
import Testing

/// A stage that traps or never returns on one document of a hundred costs
/// that document only, with `isolate: true`; without it, `timeout` stops
/// the run and says which document.
@Suite struct IsolationTests {
    static func run(stage: String, extra: String = "") throws -> (CLI.Result, [String], [[String: Any]]) {
        let dir = try CLI.temporary()
        let docs = (0..<100).map { #"{"id":"doc-\#($0)","text":"Story \#($0): the council met on Monday."}"# }
        try (docs.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        let yaml = """
        name: isolation-test
        workers: 2
        \(extra)stages:
          - stage: load
            with:
              path: in.jsonl
          - stage: clean
        \(stage)
          - stage: write
            with:
              path: out.jsonl
        """
        let pipeline = dir.appendingPathComponent("p.yaml").path
        try yaml.write(toFile: pipeline, atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", pipeline, "--quiet"])
        let out = (try? String(contentsOf: dir.appendingPathComponent("out.jsonl"), encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        let rejects = ((try? String(contentsOf: dir.appendingPathComponent("out.rejects.jsonl"), encoding: .utf8)) ?? "")
            .split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        return (r, out, rejects)
    }

    /// The run ended with 99 documents out and `id` the one reject: its reason.
    static func expectOnlyRejected(_ id: String, _ r: CLI.Result, _ out: [String], _ rejects: [[String: Any]]) -> String {
        #expect(r.status == 3, "\(r.stderr)")
        #expect(out.count == 99)
        #expect(!out.contains { $0.contains("\"\(id)\"") })
        #expect(rejects.count == 1)
        #expect(rejects.first?["id"] as? String == id)
        return rejects.first?["error"] as? String ?? ""
    }

    @Test func aTrapCostsOnlyItsDocument() throws {
        let (r, out, rejects) = try Self.run(stage: """
              - stage: fault
                isolate: true
                with:
                  trap_on: [doc-42]
            """)
        let reason = Self.expectOnlyRejected("doc-42", r, out, rejects)
        #expect(rejects.first?["stage"] as? String == "fault")
        #expect(reason.hasPrefix("crashed the process (signal "), "\(reason)")
        #expect(reason.contains("Index out of range"), "\(reason)")
    }

    @Test func aHangCostsOnlyItsDocumentAfterTheTimeout() throws {
        let (r, out, rejects) = try Self.run(stage: """
              - stage: fault
                isolate: true
                with:
                  hang_on: [doc-77]
            """, extra: "timeout: 1s\n")
        #expect(Self.expectOnlyRejected("doc-77", r, out, rejects) == "timeout after 1 s")
    }

    @Test func aHangInsideTheProcessStopsTheRunAndNamesTheDocument() throws {
        let (r, out, _) = try Self.run(stage: """
              - stage: fault
                timeout: 500ms
                with:
                  hang_on: [doc-7]
            """)
        #expect(r.status == 1)
        #expect(r.stderr.contains("document 'doc-7' took longer than its timeout of 0.5 s"), "\(r.stderr)")
        #expect(r.stderr.contains("isolate: true"))
        #expect(out.isEmpty)
    }

    @Test func badIsolateTimeoutAndResumeValuesAreReportedWithTheirPositions() throws {
        let dir = try CLI.temporary()
        let yaml = "name: x\ntimeout: banana\nisolate: maybe\nresume: later\ncheckpoint_every: 0\nstages:\n  - stage: load\n    timeout: 0s\n    with: {path: in.jsonl}\n  - stage: write\n    with: {path: o.jsonl}\n"
        let pipeline = dir.appendingPathComponent("p.yaml").path
        try yaml.write(toFile: pipeline, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", pipeline])
        #expect(r.status == 2)
        #expect(r.stderr.contains("p.yaml:2:10: 'timeout' must be a duration such as 30s, 500ms or 2m, got 'banana'"), "\(r.stderr)")
        #expect(r.stderr.contains("p.yaml:3:10: 'isolate' must be true or false, got 'maybe'"))
        #expect(r.stderr.contains("p.yaml:4:9: 'resume' must be true or false, got 'later'"))
        #expect(r.stderr.contains("p.yaml:5:19: 'checkpoint_every' must be an integer >= 1"))
        #expect(r.stderr.contains("p.yaml:8:14: 'timeout' must be a duration"))
    }

    @Test func isolatedOutputEqualsInProcessOutput() throws {
        let (a, outA, _) = try Self.run(stage: "  - stage: tag_numbers\n    isolate: true")
        let (b, outB, _) = try Self.run(stage: "  - stage: tag_numbers")
        #expect(a.status == 0 && b.status == 0, "\(a.stderr) \(b.stderr)")
        #expect(outA == outB)
        #expect(outA.count == 100)
    }
}
