import Copydesk
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The `command` stage through the `copydesk` binary, as a user runs it.
@Suite struct CommandStageCLITests {
    static let misbehave = CLI.root.appendingPathComponent("Tests/CopydeskStagesTests/Programs/misbehave.py").path

    /// A directory with `in.jsonl` (50 documents, `faults` by index) and
    /// `p.yaml` running `run` through `command`.
    func setUp(run: String, faults: [Int: String] = [:], extra: String = "") throws -> URL {
        let dir = try CLI.temporary()
        let lines = (0..<50).map { #"{"id":"d\#($0)","text":"Document \#($0). \#(faults[$0] ?? "")"}"# }
        try (lines.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("in.jsonl"), atomically: true, encoding: .utf8)
        try """
        name: p
        workers: 2
        stages:
          - stage: load
            with:
              path: in.jsonl
          - stage: command
            with:
              run: \(run)
              timeout: 20s\(extra)
          - stage: write
            with:
              path: out.jsonl
        """.write(to: dir.appendingPathComponent("p.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func aCrashOnOneDocumentOfFiftyCostsThatDocumentAlone() throws {
        let dir = try setUp(run: "[python3, \(Self.misbehave)]", faults: [23: "CRASH"])
        let r = try CLI.run(["run", dir.appendingPathComponent("p.yaml").path, "--quiet"])
        #expect(r.status == 3, "\(r.stderr)")
        let out = try String(contentsOfFile: dir.appendingPathComponent("out.jsonl").path, encoding: .utf8).split(separator: "\n")
        #expect(out.count == 49)
        let rejects = try String(contentsOfFile: dir.appendingPathComponent("out.rejects.jsonl").path, encoding: .utf8).split(separator: "\n")
        #expect(rejects.count == 1)
        let reject = try JSONParser.parse(Array(rejects[0].utf8))
        #expect(reject["id"]?.stringValue == "d23")
        #expect(reject["stage"]?.stringValue == "command")
        #expect(reject["error"]?.stringValue?.hasPrefix("exit status 139 (SIGSEGV) while processing") == true)
        #expect(r.stderr.contains("[command] crashing on d23"), "stderr goes to the log with the stage id: \(r.stderr)")
    }

    @Test func aProgramThatExitsAtOnceFailsBeforeAnyDocumentAtItsPosition() throws {
        let dir = try setUp(run: #"["true"]"#)
        let yaml = dir.appendingPathComponent("p.yaml").path
        let r = try CLI.run(["run", yaml])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("\(yaml):9:12: command: '/usr/bin/true' exited at once, before reading any document (exit status 0)")
                || r.stderr.contains("\(yaml):9:12: command: '/bin/true' exited at once"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.jsonl").path))
    }

    @Test func aTimeoutOptionIsAccepted() throws {
        let dir = try setUp(run: "[python3, \(Self.misbehave)]")
        let r = try CLI.run(["validate", dir.appendingPathComponent("p.yaml").path])
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test(.timeLimit(.minutes(1))) func childrenDieWithCopydesk() throws {
        let dir = try CLI.temporary()
        let pidfile = dir.appendingPathComponent("pids").path
        let run = "[python3, \(Self.misbehave), --linger, --pidfile, \(pidfile)]"
        let setup = try setUp(run: run, faults: [0: "HANG", 1: "HANG"])
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["run", setup.appendingPathComponent("p.yaml").path, "--quiet"]
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Both workers are stuck on a hanging document by the time two pids are written.
        var pids: [Int32] = []
        for _ in 0..<200 where pids.count < 2 {
            usleep(50_000)
            pids = ((try? String(contentsOfFile: pidfile, encoding: .utf8)) ?? "").split(separator: "\n").compactMap { Int32($0) }
        }
        #expect(pids.count == 2)
        kill(p.processIdentifier, SIGTERM)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal && p.terminationStatus == SIGTERM)
        usleep(200_000)
        for pid in pids { #expect(!Self.alive(pid), "child \(pid) outlived copydesk") }
    }

    /// Running and not a zombie (a zombie waits for a reaper that may be slow in a container).
    static func alive(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0, let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
        return !status.contains("State:\tZ")
    }
}
