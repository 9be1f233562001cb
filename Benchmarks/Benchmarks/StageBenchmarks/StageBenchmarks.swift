import Benchmark
import Copydesk
import CopydeskStages
import Foundation

// Single-core throughput of the language stages over the BBC News Summary
// dev articles (../shared/data, never copied into the repository). Each
// iteration runs one stage over every article on one thread and reports the
// stage's own rate as a custom metric.

let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let bbcPath = repository.deletingLastPathComponent().appendingPathComponent("shared/data/bbc-news-summary/dev.jsonl").path

func loadArticles() -> [Document] {
    guard let text = try? String(contentsOfFile: bbcPath, encoding: .utf8) else { return [] }
    // The dataset's own `summary` field is a string, not the wire format's spans: keep id and text.
    return text.split(separator: "\n").compactMap { line in
        guard let json = try? JSONParser.parse(Array(line.utf8)), let id = json["id"]?.stringValue, let text = json["text"]?.stringValue else { return nil }
        return Document(id: id, text: text)
    }
}

func stage<S: Stage>(_ type: S.Type, _ options: [String: OptionValue] = [:]) -> S {
    try! S(options: StageOptions(spec: S.spec, given: options),
           context: StageContext(pipelineName: "bench", baseDirectory: repository.path, stageID: S.spec.name))
}

/// Runs `stage` over every article, returning the seconds it took.
/// Seconds to run `stage` over `articles`, after an untimed pass over the
/// first hundred: one-time set-up (tables, lazily built statics) is no
/// per-document cost.
func timeStage(_ stage: any Stage, _ articles: [Document]) -> Double {
    for article in articles.prefix(100) {
        var d = article
        try! stage.process(&d)
        blackHole(d)
    }
    let start = DispatchTime.now().uptimeNanoseconds
    for article in articles {
        var d = article
        try! stage.process(&d)
        blackHole(d)
    }
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let tokensPerSecond = BenchmarkMetric.custom("tokens/s", polarity: .prefersLarger, useScalingFactor: false)
/// Decimal kilobytes (1,000 bytes) of UTF-8 text per second.
let kilobytesPerSecond = BenchmarkMetric.custom("kB/s (1000 B)", polarity: .prefersLarger, useScalingFactor: false)
let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    let articles = loadArticles()
    guard !articles.isEmpty else {
        print("skipping the stage benchmarks: \(bbcPath) not found (the BBC dev data lives in ../shared/data)")
        return
    }
    let tokens = articles.reduce(0) { $0 + TextAnalysis($1.text).tokens.count }
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }

    Benchmark("tag_entities over BBC dev (1 core)", configuration: .init(metrics: [.wallClock, tokensPerSecond], maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        let s = stage(TagEntitiesStage.self)
        for _ in benchmark.scaledIterations {
            let seconds = timeStage(s, articles)
            benchmark.measurement(tokensPerSecond, Int(Double(tokens) / seconds))
        }
    }

    // Units pinned to a plain count: above 9,999 the tool would round the figure to "10 K".
    Benchmark("tag_numbers over BBC dev (1 core)", configuration: .init(metrics: [.wallClock, kilobytesPerSecond], units: [kilobytesPerSecond: .count],
                                                                        maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        let s = stage(TagNumbersStage.self)
        for _ in benchmark.scaledIterations {
            let seconds = timeStage(s, articles)
            benchmark.measurement(kilobytesPerSecond, Int(Double(bytes) / 1000 / seconds))
        }
    }

    Benchmark("summarize over BBC dev (1 core)", configuration: .init(metrics: [.wallClock, articlesPerSecond], maxDuration: .seconds(20), maxIterations: 5)) { benchmark in
        let s = stage(SummarizeStage.self, ["ratio": .number(0.43)])
        for _ in benchmark.scaledIterations {
            let seconds = timeStage(s, articles)
            benchmark.measurement(articlesPerSecond, Int(Double(articles.count) / seconds))
        }
    }
}
