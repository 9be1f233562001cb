import Copydesk
import Foundation
import Testing

/// `copydesk run --shard` over the BBC dev articles in `../shared/data`: the
/// shards together are the unsharded run, by id and by content.
@Suite struct ShardRunTests {
    static let articles = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/data/bbc-news-summary/dev.jsonl")

    /// The articles in the wire format (their reference `summary` string kept
    /// under another name), or nil with a note when the data is absent.
    static func wireArticles(in dir: URL) throws -> URL? {
        guard FileManager.default.fileExists(atPath: articles.path) else {
            print("skipped: \(articles.path) is absent (the BBC dev articles live in ../shared/data)")
            return nil
        }
        var out: [UInt8] = []
        for line in try String(contentsOf: articles, encoding: .utf8).split(separator: "\n") {
            guard case .object(var fields) = try JSONParser.parse(Array(line.utf8)) else { continue }
            if let i = fields.firstIndex(where: { $0.key == "summary" }) { fields[i].key = "reference_summary" }
            var w = JSONWriter()
            w.value(.object(fields))
            out += w.bytes + [0x0A]
        }
        let file = dir.appendingPathComponent("bbc.jsonl")
        try Data(out).write(to: file)
        return file
    }

    /// A pipeline that reads `input` and writes `output`, cleaning on the way.
    static func pipeline(in dir: URL, input: String, output: String) throws -> String {
        let path = dir.appendingPathComponent("p.yaml").path
        try """
        name: shards
        stages:
          - stage: load
            with:
              path: \(input)
          - stage: clean
          - stage: write
            with:
              path: \(output)
        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func lines(_ path: String) throws -> [String: String] {
        var byID: [String: String] = [:]
        for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
            let id = try JSONParser.parse(Array(line.utf8))["id"]!.stringValue!
            #expect(byID[id] == nil, "\(id) twice in \(path)")
            byID[id] = String(line)
        }
        return byID
    }

    /// Runs unsharded and as 3 shards; returns the unsharded lines and each shard's.
    static func runAll(_ pipeline: String, dir: URL) throws -> (whole: [String: String], shards: [[String: String]]) {
        let whole = try CLI.run(["run", pipeline, "--output", dir.appendingPathComponent("whole.jsonl").path, "--quiet"])
        #expect(whole.status == 0, "\(whole.stderr)")
        var shards: [[String: String]] = []
        for k in 1...3 {
            let r = try CLI.run(["run", pipeline, "--shard", "\(k)/3", "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            shards.append(try lines(dir.appendingPathComponent("out/part-\(k).jsonl").path))
        }
        return (try lines(dir.appendingPathComponent("whole.jsonl").path), shards)
    }

    static func expectSameRun(_ whole: [String: String], _ shards: [[String: String]]) {
        #expect(whole.count > 1_000)
        #expect(shards.allSatisfy { $0.count > whole.count / 5 }, "\(shards.map(\.count))")
        #expect(shards.map(\.count).reduce(0, +) == whole.count)
        var joined: [String: String] = [:]
        for shard in shards { joined.merge(shard) { a, _ in a } }
        #expect(joined == whole)
    }

    @Test func threeShardsOfOneFileAreTheWholeRun() throws {
        let dir = try CLI.temporary()
        guard let file = try Self.wireArticles(in: dir) else { return }
        let pipeline = try Self.pipeline(in: dir, input: file.path, output: "out/part-{shard}.jsonl")
        let (whole, shards) = try Self.runAll(pipeline, dir: dir)
        Self.expectSameRun(whole, shards)
    }

    /// Over a folder of many files each shard reads whole files of its own.
    @Test func threeShardsOfAFolderAreTheWholeRunAndKeepFilesWhole() throws {
        let dir = try CLI.temporary()
        guard let file = try Self.wireArticles(in: dir) else { return }
        let folder = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let all = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        var fileOf: [String: Int] = [:]
        for f in 0..<12 {
            let part = all.enumerated().filter { $0.offset % 12 == f }.map(\.element)
            for line in part { fileOf[try JSONParser.parse(Array(line.utf8))["id"]!.stringValue!] = f }
            let plain = folder.appendingPathComponent(String(format: "part-%02d.jsonl", f))
            try (part.joined(separator: "\n") + "\n").write(to: plain, atomically: true, encoding: .utf8)
            // A third of the files gzip, a third zstd (.ci/run installs both tools).
            if f % 3 != 2 { try Self.compress(f % 3 == 0 ? ["gzip"] : ["zstd", "-q", "--rm"], plain.path) }
        }
        let pipeline = try Self.pipeline(in: dir, input: folder.path, output: "out/part-{shard}.jsonl")
        let (whole, shards) = try Self.runAll(pipeline, dir: dir)
        Self.expectSameRun(whole, shards)
        // Round robin over the sorted files: shard K reads files K-1, K+2, K+5, K+8.
        for (k, shard) in shards.enumerated() {
            #expect(Set(shard.keys.map { fileOf[$0]! }) == Set(stride(from: k, to: 12, by: 3)))
        }
    }

    static func compress(_ tool: [String], _ path: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = tool + [path]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(tool) \(path)")
    }

    @Test func shardAutoReadsSlurmAndMergeJoinsTheParts() throws {
        let dir = try CLI.temporary()
        let input = dir.appendingPathComponent("in.jsonl")
        try (1...60).map { "{\"id\":\"n\($0)\",\"text\":\"Number \($0).\"}" }.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let pipeline = try Self.pipeline(in: dir, input: input.path, output: "out/part-{shard}.jsonl")
        var environment = ProcessInfo.processInfo.environment
        environment["SLURM_ARRAY_TASK_COUNT"] = "2"
        environment["SLURM_ARRAY_TASK_MIN"] = "1"
        for task in ["1", "2"] {
            environment["SLURM_ARRAY_TASK_ID"] = task
            let r = try CLI.run(["run", pipeline, "--shard", "auto", "--quiet"], environment: environment)
            #expect(r.status == 0, "\(r.stderr)")
        }
        let parts = ["1", "2"].map { dir.appendingPathComponent("out/part-\($0).jsonl").path }
        let merged = dir.appendingPathComponent("all.jsonl").path
        let m = try CLI.run(["merge", "-o", merged] + parts)
        #expect(m.status == 0, "\(m.stderr)")
        #expect(try Self.lines(merged).count == 60)
        environment["SLURM_ARRAY_TASK_ID"] = "3"
        let outside = try CLI.run(["run", pipeline, "--shard", "auto", "--quiet"], environment: environment)
        #expect(outside.status == 2 && outside.stderr.contains("--shard"), "\(outside.stderr)")
        let unsharded = try CLI.run(["run", pipeline, "--quiet"])
        #expect(unsharded.status == 2 && unsharded.stderr.contains("{shard}"), "\(unsharded.stderr)")
    }
}
