import Copydesk
import CopydeskTesting
import Foundation
import Testing

/// Runs the built `copydesk` binary as a user would.
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("copydesk"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("copydesk"),
            root.appendingPathComponent(".build/debug/copydesk"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String]? = nil) throws -> Result {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        if let environment { p.environment = environment }
        p.currentDirectoryURL = root
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func temporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite struct CommandLineTests {
    @Test func newsPipelineWritesTheWireFormat() throws {
        let dir = try CLI.temporary()
        let out = dir.appendingPathComponent("news.jsonl").path
        let stats = dir.appendingPathComponent("stats.json").path
        let r = try CLI.run(["run", "Pipelines/news.yaml", "--output", out, "--stats", stats])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        let articles = try FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("Samples/articles").path).filter { $0.hasSuffix(".txt") }
        #expect(lines.count == articles.count)
        let labels: Set<String> = ["PER", "ORG", "LOC", "MISC"]
        for line in lines {
            let json = try JSONParser.parse(Array(line.utf8))
            for key in ["id", "date", "text", "entities", "numbers", "summary"] { #expect(json[key] != nil, "missing \(key)") }
            let d = try Document(json: json)
            #expect(StageVerifier.spanProblem(d) == nil)
            #expect(d.entities!.allSatisfy { labels.contains($0.label) })
            #expect(!d.summary!.isEmpty)
            for n in json["numbers"]!.arrayValue! {
                let kind = NumberKind(rawValue: n["kind"]!.stringValue!)!
                switch kind {
                case .cardinal, .ordinal, .percent, .money, .quantity: #expect(n["value"]?.numberValue != nil || n["relative"] != nil)
                case .range: #expect(n["min"] != nil && n["max"] != nil)
                default: #expect(n["timex"]?.stringValue != nil)
                }
            }
        }
        let seed = try lines.map { try Document(json: try JSONParser.parse(Array($0.utf8))) }.first { $0.id == "patriot-ukraine-2022-12-14" }!
        #expect(seed.date == "2022-12-14")
        #expect(seed.entities!.contains { $0.text == "Patrick Ryder" && $0.label == "PER" })
        #expect(seed.numbers!.contains { $0.text == "Tuesday" && $0.timex == "XXXX-WXX-2" && $0.value == .string("2022-12-13") })
        #expect(seed.summary!.count == 3)
        let report = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: stats))))
        #expect(report["documents_out"]?.numberValue == Double(articles.count))
        #expect(report["stages"]?.arrayValue?.count == 6)
    }

    @Test func brokenPipelineGetsPreciseErrorsAndTouchesNothing() throws {
        let dir = try CLI.temporary()
        let pipeline = dir.appendingPathComponent("broken.yaml")
        try """
        name: broken
        stages:
          - stage: load
            with:
              path: \(CLI.root.path)/Samples/articles
          - stage: tag_entites
          - stage: summarize
            with:
              sentence: 2
          - stage: write
            with:
              path: out.jsonl
        """.write(to: pipeline, atomically: true, encoding: .utf8)
        for command in [["validate", pipeline.path], ["run", pipeline.path]] {
            let r = try CLI.run(command)
            #expect(r.status == 2)
            #expect(r.stderr.contains("\(pipeline.path):6:12: unknown stage 'tag_entites'; did you mean 'tag_entities'?"))
            #expect(r.stderr.contains("\(pipeline.path):9:7: unknown option 'sentence' for stage 'summarize'; did you mean 'sentences'?"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.jsonl").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.rejects.jsonl").path))
    }

    @Test func rejectsAreAccountedAndExitCodeIsThree() throws {
        let dir = try CLI.temporary()
        let out = dir.appendingPathComponent("briefs.sqlite").path
        let r = try CLI.run(["run", "Pipelines/news-sqlite.yaml", "--output", out, "--quiet"])
        #expect(r.status == 3, "\(r.stderr)")
        let rejects = try String(contentsOfFile: dir.appendingPathComponent("briefs.rejects.jsonl").path, encoding: .utf8).split(separator: "\n")
        #expect(rejects.count == 2)
        let stages = try rejects.map { try JSONParser.parse(Array($0.utf8))["stage"]?.stringValue }
        #expect(stages == ["clean", "load"])
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func stdinToStdout() throws {
        let input = #"{"id":"x","date":"2022-12-14","text":"Lloyd Austin met NATO officials in Kyiv on Tuesday.","extra":{"k":1}}"# + "\n"
        let dir = try CLI.temporary()
        let r = try CLI.run(["run", "Pipelines/entities.yaml", "--input", "-", "--output", "-", "--quiet",
                             "--rejects", dir.appendingPathComponent("r.jsonl").path], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let d = try Document(json: try JSONParser.parse(Array(r.stdout.utf8.dropLast())))
        #expect(d[field: "extra"] == .object([("k", .number(1))]))
        #expect(d.entities?.map(\.text) == ["Lloyd Austin", "NATO", "Kyiv"])
    }

    @Test func failingRunLeavesNoOutput() throws {
        let dir = try CLI.temporary()
        let pipeline = dir.appendingPathComponent("fail.yaml")
        try """
        name: fail
        on_error: fail
        stages:
          - stage: load
            with: {path: \(CLI.root.path)/Samples/jsonl/briefs.jsonl}
          - stage: clean
          - stage: write
            with: {path: out.jsonl}
        """.write(to: pipeline, atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", pipeline.path, "--quiet"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("stage 'clean'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["fail.yaml"])
    }

    @Test func stagesListsAndDescribes() throws {
        let list = try CLI.run(["stages"])
        for name in ["load", "clean", "tag_entities", "tag_numbers", "summarize", "write", "command"] {
            #expect(list.stdout.contains(name))
        }
        let one = try CLI.run(["stages", "summarize"])
        #expect(one.stdout.contains("sentences  (type: integer, default: 3, minimum: 1)"))
        #expect(one.stdout.contains("Example:"))
        #expect(try CLI.run(["stages", "sumarize"]).status == 2)
    }

    @Test func workerCountsGiveByteIdenticalOutput() throws {
        let dir = try CLI.temporary()
        var outputs: [Data] = []
        for workers in ["1", "4"] {
            let out = dir.appendingPathComponent("w\(workers).jsonl").path
            let r = try CLI.run(["run", "Pipelines/news.yaml", "--output", out, "--workers", workers, "--quiet"])
            #expect(r.status == 0)
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: out)))
        }
        #expect(outputs[0] == outputs[1])
    }
}
