import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built binary killed and resumed: the declared output is absent until
/// a run completes it, `--resume` completes it to the bytes of an
/// uninterrupted run, and no run leaves temporary files behind.
@Suite(.serialized) struct ResumeTests {
    /// `count` documents with distinct texts and two malformed lines (two rejects).
    static func input(in dir: URL, count: Int = 150) throws -> String {
        var lines: [String] = []
        for i in 0..<count {
            lines.append(#"{"id":"doc-\#(i)","text":"Story \#(i): the council met on Monday and voted \#(i * 7) to \#(i % 9).","date":"2024-01-02"}"#)
            if i == 40 || i == 111 { lines.append("{not json \(i)") }
        }
        let path = dir.appendingPathComponent("in.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// load → clean → fault (slow, so that a kill lands mid-run) → write.
    static func pipeline(in dir: URL, output: String, sleepMS: Int = 15, resume: Bool = false) throws -> String {
        let yaml = """
        name: resume-test
        workers: 2
        \(resume ? "resume: true\n" : "")stages:
          - stage: load
            with:
              path: in.jsonl
          - stage: clean
          - stage: fault
            with:
              sleep_ms: \(sleepMS)
          - stage: write
            with:
              path: \(output)\(output.hasSuffix(".sqlite") ? "\n      batch_size: 10" : "")
        """
        let path = dir.appendingPathComponent("p.yaml").path
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func start(_ arguments: [String]) throws -> Process {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    /// Waits until the journal's manifest has a checkpoint past `items` inputs.
    static func waitForCheckpoint(_ manifest: String, past items: Int) throws {
        for _ in 0..<600 {
            if let data = FileManager.default.contents(atPath: manifest),
               let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
               let checkpoints = json["checkpoints"] as? [[String: Any]],
               let last = checkpoints.last?["items"] as? Int, last > items { return }
            usleep(20_000)
        }
        Issue.record("no checkpoint past \(items) in \(manifest)")
    }

    static func hidden(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }.sorted()
    }

    @Test(arguments: ["jsonl", "csv", "sqlite"])
    func killedRunResumesToTheBytesOfAnUninterruptedOne(format: String) throws {
        let dir = try CLI.temporary()
        _ = try Self.input(in: dir)
        let reference = dir.appendingPathComponent("ref.\(format)").path
        let output = dir.appendingPathComponent("out.\(format)").path
        let pipeline = try Self.pipeline(in: dir, output: "out.\(format)")
        let base = ["run", pipeline, "--quiet", "--checkpoint-every", "7"]
        let r = try CLI.run(Array(base) + ["--output", reference])
        #expect(r.status == 3, "\(r.stderr)")

        let killed = try Self.start(Array(base))
        try Self.waitForCheckpoint(dir.appendingPathComponent(".out.\(format).copydesk-resume.json").path, past: 30)
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(!FileManager.default.fileExists(atPath: output), "a killed run must not leave the declared output")
        #expect(try Self.hidden(dir).contains(".out.\(format).copydesk-part"))

        let resumed = try CLI.run(Array(base) + ["--resume"])
        #expect(resumed.status == 3, "\(resumed.stderr)")
        #expect(FileManager.default.contents(atPath: output) == FileManager.default.contents(atPath: reference))
        #expect(FileManager.default.contents(atPath: dir.appendingPathComponent("out.rejects.jsonl").path)
                == FileManager.default.contents(atPath: dir.appendingPathComponent("ref.rejects.jsonl").path))
        #expect(try Self.hidden(dir) == [], "the completed run removes the journal")
    }

    /// Compressed input cannot seek: a resume skips the committed records,
    /// without running stages on them; CSV seeks to its committed row; a
    /// folder skips whole files.
    @Test(arguments: ["csv", "jsonl.gz", "folder"])
    func inputsThatCannotSeekResumeBySkippingRecords(input: String) throws {
        let dir = try CLI.temporary()
        let jsonl = try Self.input(in: dir)
        let name: String
        switch input {
        case "csv":
            var rows = ["id,text"]
            for i in 0..<150 { rows.append("doc-\(i),\"Story \(i), told twice: \"\"\(i * 3)\"\".\"") }
            try (rows.joined(separator: "\n") + "\n").write(toFile: dir.appendingPathComponent("in.csv").path, atomically: true, encoding: .utf8)
            name = "in.csv"
        case "jsonl.gz":
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gzip.arguments = ["-k", jsonl]
            try gzip.run()
            gzip.waitUntilExit()
            name = "in.jsonl.gz"
        default:
            let folder = dir.appendingPathComponent("in")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let lines = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n")
            for k in 0..<5 {
                let part = stride(from: k, to: lines.count, by: 5).map { String(lines[$0]) }.joined(separator: "\n") + "\n"
                try part.write(to: folder.appendingPathComponent("part-\(k).jsonl"), atomically: true, encoding: .utf8)
            }
            name = "in"
        }
        let pipeline = try Self.pipeline(in: dir, output: "out.jsonl")
        let base = ["run", pipeline, "--quiet", "--checkpoint-every", "7", "--input", dir.appendingPathComponent(name).path]
        let r = try CLI.run(base + ["--output", dir.appendingPathComponent("ref.jsonl").path])
        #expect(r.status == 0 || r.status == 3, "\(r.stderr)")
        let killed = try Self.start(base)
        try Self.waitForCheckpoint(dir.appendingPathComponent(".out.jsonl.copydesk-resume.json").path, past: 30)
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        let resumed = try CLI.run(base + ["--resume"])
        #expect(resumed.status == r.status, "\(resumed.stderr)")
        let out = FileManager.default.contents(atPath: dir.appendingPathComponent("out.jsonl").path)
        #expect(out != nil && out == FileManager.default.contents(atPath: dir.appendingPathComponent("ref.jsonl").path))
        #expect(try Self.hidden(dir) == [])
    }

    @Test func resumeRefusesAChangedPipelineUnlessForced() throws {
        let dir = try CLI.temporary()
        _ = try Self.input(in: dir)
        let pipeline = try Self.pipeline(in: dir, output: "out.jsonl")
        let killed = try Self.start(["run", pipeline, "--quiet", "--checkpoint-every", "5"])
        try Self.waitForCheckpoint(dir.appendingPathComponent(".out.jsonl.copydesk-resume.json").path, past: 10)
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        _ = try Self.pipeline(in: dir, output: "out.jsonl", sleepMS: 0)

        let refused = try CLI.run(["run", pipeline, "--quiet", "--resume"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("changed since the interrupted run"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.jsonl").path))

        let forced = try CLI.run(["run", pipeline, "--quiet", "--resume", "--force"])
        #expect(forced.status == 3, "\(forced.stderr)")
        let lines = try String(contentsOfFile: dir.appendingPathComponent("out.jsonl").path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 150)
        #expect(Set(lines).count == 150)
    }

    @Test(arguments: [false, true])
    func sigtermRemovesTemporariesUnlessTheRunIsResumable(resumable: Bool) throws {
        let dir = try CLI.temporary()
        _ = try Self.input(in: dir)
        let pipeline = try Self.pipeline(in: dir, output: "out.jsonl", resume: resumable)
        let run = try Self.start(["run", pipeline, "--quiet", "--checkpoint-every", "5"])
        try Self.waitForCheckpoint(dir.appendingPathComponent(".out.jsonl.copydesk-resume.json").path, past: 10)
        kill(run.processIdentifier, SIGTERM)
        run.waitUntilExit()
        #expect(run.terminationReason == .uncaughtSignal && run.terminationStatus == SIGTERM)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.jsonl").path))
        #expect(try Self.hidden(dir) == (resumable ? [".out.jsonl.copydesk-part", ".out.jsonl.copydesk-resume.json"] : []))
        if resumable {
            let resumed = try CLI.run(["run", pipeline, "--quiet"])
            #expect(resumed.status == 3, "\(resumed.stderr)")
            #expect(try Self.hidden(dir) == [])
        }
    }

    @Test func closedStdoutStopsCleanly() throws {
        let dir = try CLI.temporary()
        // More than a pipe holds, so that the run is still writing when it closes.
        _ = try Self.input(in: dir, count: 3000)
        let pipeline = try Self.pipeline(in: dir, output: "out.jsonl", sleepMS: 0)
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["run", pipeline, "--quiet", "--output", "-", "--rejects", dir.appendingPathComponent("r.jsonl").path]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // `| head -c 1`: one byte read, then the pipe closes.
        _ = try out.fileHandleForReading.read(upToCount: 1)
        try out.fileHandleForReading.close()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 141)
        #expect(stderr.isEmpty, "\(String(decoding: stderr, as: UTF8.self))")
        #expect(try Self.hidden(dir) == [])
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.jsonl").path))
    }
}
