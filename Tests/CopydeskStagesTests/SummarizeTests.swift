import Copydesk
import CopydeskStages
import CopydeskTesting
import Testing

@Suite struct SummarizeTests {
    let article = """
    Rates rise again

    The central bank raised interest rates to 4.5% on Thursday. Markets had expected the move. \
    The bank said inflation would fall sharply this year. Mortgage rates are expected to follow the bank's rates. \
    Some economists think rates will rise again in June. The weather was mild.
    """

    func summary(_ options: [String: OptionValue], _ text: String? = nil) throws -> [Span] {
        let stage = try makeStage(SummarizeStage.self, options)
        var d = Document(id: "a", text: text ?? article)
        try stage.process(&d)
        return d.summary ?? []
    }

    @Test func budgetsAndDocumentOrder() throws {
        let three = try summary(["sentences": .integer(3)])
        #expect(three.count == 3)
        #expect(three.map(\.start) == three.map(\.start).sorted())
        #expect(!three.contains { $0.text == "Rates rise again" })
        // ceil(0.43 × 6) = 3 body sentences.
        #expect(try summary(["ratio": .number(0.43)]).count == 3)
        #expect(try summary(["ratio": .number(0.1)]).count == 1)
        let words = try summary(["words": .integer(20)])
        #expect(words.reduce(0) { $0 + $1.text.split(separator: " ").count } <= 20)
        #expect(!words.isEmpty)
    }

    @Test func centralSentencesWinOverAsides() throws {
        let two = try summary(["sentences": .integer(2)])
        #expect(!two.contains { $0.text == "The weather was mild." })
    }

    @Test func titleIsKeptOutOnlyWhenDetected() throws {
        let all = try summary(["sentences": .integer(10), "title": .string("none")])
        #expect(all.contains { $0.text == "Rates rise again" })
    }

    @Test func spansAreExactAndStable() throws {
        let docs = (0..<20).map { Document(id: "\($0)", text: article + " Extra sentence number \($0).") }
        try StageVerifier.verify([try makeStage(SummarizeStage.self, ["ratio": .number(0.5)])], on: docs)
    }

    @Test func optionsAreExclusive() throws {
        let registry = BuiltinStages.registry
        #expect(throws: ConfigurationError.self) {
            try PipelineBuilder(registry: registry).build(yaml: """
            name: x
            stages:
              - stage: load
                with: {path: /tmp}
              - stage: summarize
                with: {sentences: 2, ratio: 0.3}
              - stage: write
                with: {path: /tmp/x.jsonl}
            """, path: "x.yaml")
        }
    }
}

@Suite struct SummaryModelTests {
    func write(_ lines: [String]) throws -> String {
        let url = try temporaryDirectory().appendingPathComponent("data.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Articles whose reference always keeps the sentences with a figure.
    func syntheticArticles() -> [String] {
        (0..<40).map { i in
            let body = [
                "Officials said the plan was ready.",
                "The company made \(i + 3) million pounds in profit.",
                "Nobody else commented on it.",
                "Prices rose by \(i + 1) percent last year.",
                "The weather stayed mild all week.",
            ]
            let kept = body.filter { $0.contains(where: \.isNumber) }.joined()
            let text = "Title number \(i)\n\n" + body.joined(separator: " ")
            return #"{"id":"\#(i)","text":"\#(text.replacingOccurrences(of: "\n", with: "\\n"))","summary":"\#(kept)"}"#
        }
    }

    @Test func trainerLearnsWhatTheReferenceKeeps() throws {
        let examples = try SummaryTrainer.examples(fromJSONLines: try write(syntheticArticles()))
        #expect(examples.count == 40)
        let model = SummaryTrainer().train(examples)
        // ceil(0.43 × 5) = 3 picks per article, of which 2 can be right.
        #expect(abs(SummaryTrainer.agreement(model, examples) - 2.0 / 3.0) < 1e-9)
        let url = try temporaryDirectory().appendingPathComponent("m.json")
        try model.write(to: url)
        let loaded = try SummaryModel.load(contentsOf: url)
        #expect(loaded.weights == model.weights)
    }

    @Test func modelWithOtherFeaturesIsRejected() throws {
        let url = try temporaryDirectory().appendingPathComponent("bad.json")
        try #"{"features":["bias"],"weights":[1],"info":{}}"#.write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: StageConfigurationError.self) { try SummaryModel.load(contentsOf: url) }
        #expect(throws: ConfigurationError.self) {
            try makeStage(SummarizeStage.self, ["method": .string("textrank"), "model": .string(url.path)])
        }
    }

    @Test func textRankMethodNeedsNoModel() throws {
        let stage = try makeStage(SummarizeStage.self, ["method": .string("textrank"), "sentences": .integer(1)])
        var d = Document(id: "t", text: "Head\n\nThe bank raised rates. The bank said rates would rise. Cats sleep.")
        try stage.process(&d)
        #expect(d.summary?.count == 1)
    }
}
