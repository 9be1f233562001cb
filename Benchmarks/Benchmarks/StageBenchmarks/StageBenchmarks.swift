import Benchmark
import Copydesk
import CopydeskStages
import Foundation

// Single-core throughput of each stage and of the whole news pipeline over
// the BBC News Summary dev articles (../shared/data, never copied into the
// repository), measured as a user meets them: every pass starts from fresh
// documents, so the stage that first needs the shared analysis (tokens,
// sentences) pays for it, as in `copydesk run`; the pipeline benchmark
// includes reading and writing JSON Lines. Allocations are counted per
// iteration (one pass over every article): divide by the article count for
// allocations per document.

let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let bbcPath = repository.deletingLastPathComponent().appendingPathComponent("shared/data/bbc-news-summary/dev.jsonl").path

/// (id, text) of every article: documents are made from them afresh for each pass.
func loadArticles() -> [(id: String, text: String)] {
    guard let text = try? String(contentsOfFile: bbcPath, encoding: .utf8) else { return [] }
    // The dataset's own `summary` field is a string, not the wire format's spans: keep id and text.
    return text.split(separator: "\n").compactMap { line in
        guard let json = try? JSONParser.parse(Array(line.utf8)), let id = json["id"]?.stringValue, let text = json["text"]?.stringValue else { return nil }
        return (id, text)
    }
}

func stage<S: Stage>(_ type: S.Type, _ options: [String: OptionValue] = [:]) -> S {
    try! S(options: StageOptions(spec: S.spec, given: options),
           context: StageContext(pipelineName: "bench", baseDirectory: repository.path, stageID: S.spec.name))
}

/// Seconds to run `stage` over fresh documents of `articles`, after an
/// untimed pass over the first hundred (lazily built tables are no
/// per-document cost).
func timeStage(_ stage: any Stage, _ articles: [(id: String, text: String)]) -> Double {
    for article in articles.prefix(100) {
        var d = Document(id: article.id, text: article.text)
        try! stage.process(&d)
        blackHole(d)
    }
    let documents = articles.map { Document(id: $0.id, text: $0.text) }
    let start = DispatchTime.now().uptimeNanoseconds
    for var d in documents {
        try! stage.process(&d)
        blackHole(d)
    }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let tokensPerSecond = BenchmarkMetric.custom("tokens/s", polarity: .prefersLarger, useScalingFactor: false)
/// Decimal kilobytes (1,000 bytes) of UTF-8 text per second.
let kilobytesPerSecond = BenchmarkMetric.custom("kB/s (1000 B)", polarity: .prefersLarger, useScalingFactor: false)
let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)

let metrics: [BenchmarkMetric] = [.wallClock, .mallocCountTotal]

let benchmarks: @Sendable () -> Void = {
    let articles = loadArticles()
    guard !articles.isEmpty else {
        print("skipping the stage benchmarks: \(bbcPath) not found (the BBC dev data lives in ../shared/data)")
        return
    }
    let tokens = articles.reduce(0) { $0 + TextAnalysis($1.text).tokens.count }
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
    func configuration(_ rate: BenchmarkMetric) -> Benchmark.Configuration {
        .init(metrics: metrics + [rate], units: [rate: .count], maxDuration: .seconds(20), maxIterations: 5)
    }
    func stageBenchmark(_ name: String, _ s: any Stage, _ rate: BenchmarkMetric, _ value: @escaping @Sendable (Double) -> Int) {
        Benchmark("\(name) over BBC dev (1 core)", configuration: configuration(rate)) { benchmark in
            for _ in benchmark.scaledIterations { benchmark.measurement(rate, value(timeStage(s, articles))) }
        }
    }

    stageBenchmark("clean", stage(CleanStage.self), kilobytesPerSecond) { Int(Double(bytes) / 1000 / $0) }
    stageBenchmark("tag_entities", stage(TagEntitiesStage.self), tokensPerSecond) { Int(Double(tokens) / $0) }
    stageBenchmark("tag_numbers", stage(TagNumbersStage.self), kilobytesPerSecond) { Int(Double(bytes) / 1000 / $0) }
    stageBenchmark("summarize", stage(SummarizeStage.self, ["ratio": .number(0.43)]), articlesPerSecond) { Int(Double(articles.count) / $0) }

    // The whole of Pipelines/news.yaml on one worker, JSON Lines in and out, as `copydesk run --workers 1` runs it
    // (model loading excepted: it happens once per process, before the first iteration).
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let input = folder.appendingPathComponent("articles.jsonl")
    var lines = ""
    for a in articles { lines += Document(id: a.id, text: a.text).wireJSON + "\n" }
    try! lines.write(to: input, atomically: true, encoding: .utf8)
    let pipeline = try! PipelineBuilder(registry: BuiltinStages.registry).build(
        path: repository.appendingPathComponent("Pipelines/news.yaml").path,
        overrides: PipelineOverrides(inputPath: input.path, outputPath: folder.appendingPathComponent("out.jsonl").path, workers: 1))
    Benchmark("news pipeline, six stages, over BBC dev (1 worker)", configuration: configuration(tokensPerSecond)) { benchmark in
        for _ in benchmark.scaledIterations {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try! PipelineRunner(pipeline: pipeline).run(rejects: nil)
            benchmark.measurement(tokensPerSecond, Int(Double(tokens) / (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)))
        }
    }
}
