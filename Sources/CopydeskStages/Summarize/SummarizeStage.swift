import Copydesk
import Foundation

/// `summarize`: picks the sentences an editor would keep, in document order.
public struct SummarizeStage: Stage {
    public static let spec = StageSpec(
        name: "summarize",
        summary: "Extractive summary: the most central sentences, kept in document order.",
        options: [
            OptionSpec("sentences", .integer, default: .integer(3), minimum: 1, summary: "Number of sentences to keep."),
            OptionSpec("ratio", .number, minimum: 0, maximum: 1, summary: "Keep ceil(ratio × n) of the n body sentences instead."),
            OptionSpec("words", .integer, minimum: 1, summary: "Keep whole sentences up to this many words instead."),
            OptionSpec("title", .choice(["auto", "none"]), default: .string("auto"),
                       summary: "auto: a first line followed by a blank line is the title, never summarised."),
            OptionSpec("method", .choice(["trained", "textrank"]), default: .string("trained"),
                       summary: "trained: the sentence model (bundled, or 'model'); textrank: centrality with title and position priors, no model."),
            OptionSpec("model", .path, summary: "A model from 'copydesk train summary' (default: the bundled one, trained on BBC News Summary dev)."),
        ],
        requires: [.text, .tokens, .sentences],
        provides: [.summary],
        exclusiveOptions: [["sentences", "ratio", "words"]],
        example: """
        - stage: summarize
          with:
            ratio: 0.3
        """
    )

    enum Budget: Equatable {
        case sentences(Int)
        case ratio(Double)
        case words(Int)
    }

    let budget: Budget
    let detectTitle: Bool
    /// nil: TextRank without a model.
    let model: SummaryModel?
    let scorer = SentenceScorer()

    public init(options: StageOptions, context: StageContext) throws {
        _ = try LanguageData.english()  // the shared analysis needs it: fail here, not per document
        if options.isSet("ratio"), let r = options.double("ratio") {
            budget = .ratio(r)
        } else if options.isSet("words"), let w = options.int("words") {
            budget = .words(w)
        } else {
            budget = .sentences(options.int("sentences") ?? 3)
        }
        detectTitle = options.string("title") != "none"
        if options.string("method") == "textrank" {
            if options.isSet("model") { throw StageConfigurationError(option: "model", "'model' applies to method: trained only") }
            model = nil
        } else if let path = options.string("model") {
            model = try SummaryModel.load(contentsOf: URL(fileURLWithPath: path))
        } else {
            model = try SummaryModel.bundled()
        }
    }

    /// The body sentences of a text and its title, when it has one.
    static func bodySentences(_ text: TextAnalysis, detectTitle: Bool) -> ([Sentence], Sentence?) {
        let sentences = text.sentences
        if detectTitle, let first = sentences.first, isTitle(first, in: text) {
            return (Array(sentences.dropFirst()), first)
        }
        return (sentences, nil)
    }

    /// ceil(ratio × n) in integer arithmetic on hundredths, as the BBC scorer defines it, at least 1.
    static func budget(ratio: Double, of n: Int) -> Int {
        let r100 = Int((ratio * 100).rounded())
        return min(n, max(1, (r100 * n + 99) / 100))
    }

    public func process(_ document: inout Document) throws {
        let text = document.analysis
        let (sentences, title) = Self.bodySentences(text, detectTitle: detectTitle)
        guard !sentences.isEmpty else {
            document.summary = []
            return
        }
        let scores: [Double]
        if let model {
            scores = SentenceFeatures.vectors(sentences, title: title, in: text, scorer: scorer, each: model.score)
        } else {
            scores = scorer.scores(sentences, title: title, in: text)
        }
        let chosen = select(sentences, scores: scores, text: text)
        document.summary = chosen.map { Span(start: $0.start, end: $0.end, text: text.string(of: $0)) }
    }

    /// The number of sentences to keep of `n`.
    func count(of n: Int) -> Int {
        switch budget {
        case .sentences(let k): return min(k, n)
        case .ratio(let r): return Self.budget(ratio: r, of: n)
        case .words: return n
        }
    }

    /// The best sentences within the budget, in document order.
    func select(_ sentences: [Sentence], scores: [Double], text: TextAnalysis) -> [Sentence] {
        let ranked = sentences.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var keep: [Int] = []
        if case .words(let limit) = budget {
            var used = 0
            for i in ranked {
                let n = text.tokens[sentences[i].tokens].reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) }
                if used + n <= limit { keep.append(i); used += n }
            }
            if keep.isEmpty, let best = ranked.first { keep = [best] }
        } else {
            keep = Array(ranked.prefix(count(of: sentences.count)))
        }
        return keep.sorted().map { sentences[$0] }
    }

    /// A first line standing alone (a blank line after it) with no final stop.
    static func isTitle(_ s: Sentence, in text: TextAnalysis) -> Bool {
        guard s.tokens.upperBound < text.tokens.count else { return false }
        let next = text.tokens[s.tokens.upperBound]
        guard next.newlinesBefore >= 2 else { return false }
        let last = text.tokens[s.tokens.upperBound - 1]
        let b = text.bytes[last.byteEnd - 1]
        return b != UInt8(ascii: ".") || s.tokens.count <= 12
    }
}
