import Copydesk
@testable import CopydeskStages
import CopydeskTesting
import Foundation
import Testing

/// Random HTML-and-whitespace-heavy inputs, from a fixed seed.
struct MessyText {
    var state: UInt64

    mutating func next(_ n: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(n))
    }

    static let words = ["Kyiv", "Mayor", "Vitali", "Klitschko", "said", "on", "Tuesday", "that", "£1.4bn", "$3m", "12", "May",
                        "2005", "caf\u{65}\u{301}", "Caf\u{E9}", "\u{FB01}nance", "co&shy;op", "AT&amp;T", "wait\u{2026}",
                        "\u{201C}quoted\u{201D}", "x&lt;y", "&#233;t&#xE9;", "&bogus;", "5%", "\u{4E2D}\u{6587}", "a<b",
                        "\u{1F600}", "half-past", "1\u{BD}", "\u{1100}\u{1161}\u{11A8}", "Mr.", "U.S."]
    static let breaks = [" ", "  ", "\t", "\n", "\n\n\n", "\r\n", " \u{A0} ", "\u{2029}", " \u{1} ", "&nbsp;", "<br>", "<p>",
                         "</p>\n<p>", "<b>", "</b>", "<div class=\"x\">", "<!-- note -->", "<script>var a = '<p>';</script>",
                         "<style>p{}</style>", " <i>", "</i> ", "\u{200B}"]

    mutating func document() -> String {
        var s = next(3) == 0 ? "<html><body>" : ""
        for _ in 0..<(5 + next(60)) {
            s += Self.words[next(Self.words.count)]
            s += Self.breaks[next(Self.breaks.count)]
            if next(4) == 0 { s += Self.breaks[next(Self.breaks.count)] }
        }
        return s
    }
}

@Suite struct SourceOffsetsTests {
    func cleaned(_ text: String, _ stage: CleanStage) throws -> Document {
        var d = Document(id: "d", text: text)
        try stage.process(&d)
        return d
    }

    /// Word-aligned spans of the cleaned text: runs of non-space scalars and
    /// pairs of them with what lies between.
    func spans(of text: String) -> [Range<Int>] {
        let s = Array(text.unicodeScalars)
        var words: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if s[i].properties.isWhitespace { i += 1; continue }
            let start = i
            while i < s.count && !s[i].properties.isWhitespace { i += 1 }
            words.append(start..<i)
        }
        var out = words
        for (a, b) in zip(words, words.dropFirst(2)) { out.append(a.lowerBound..<b.upperBound) }
        if let first = words.first, let last = words.last { out.append(first.lowerBound..<last.upperBound) }
        return out
    }

    func slice(_ text: String, _ r: Range<Int>) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[r]))
    }

    /// The property: a span's source range, cleaned on its own, is the span.
    @Test(arguments: ["nfc", "nfkc"], [false, true])
    func everySpanMapsToASourceRangeThatCleansToIt(normalization: String, plain: Bool) throws {
        let stage = try makeStage(CleanStage.self, ["normalization": .string(normalization), "plain_punctuation": .boolean(plain)])
        var random = MessyText(state: plain ? 7 : 11)
        var checked = 0
        for _ in 0..<150 {
            let input = random.document()
            guard let d = try? cleaned(input, stage) else { continue }
            for r in spans(of: d.text) {
                let source = try #require(d.sourceRange(r.lowerBound, r.upperBound))
                let original = slice(input, source)
                let again = stage.clean(original).0
                #expect(again == slice(d.text, r), "input \(input.debugDescription): span \(r) \(slice(d.text, r).debugDescription) maps to \(source) \(original.debugDescription), which cleans to \(again.debugDescription)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    /// The spans the language stages find map back just as well.
    @Test func stageSpansMapBackToo() throws {
        let clean = try makeStage(CleanStage.self)
        let numbers = try makeStage(TagNumbersStage.self)
        let summarize = try makeStage(SummarizeStage.self, ["sentences": .integer(2)])
        var random = MessyText(state: 3)
        var checked = 0
        for _ in 0..<60 {
            let input = random.document() + "<p>It cost $3m on 12 May 2005.</p> Then 5% more. And more."
            var d = try cleaned(input, clean)
            try numbers.process(&d)
            try summarize.process(&d)
            let spans = (d.numbers ?? []).map { ($0.start, $0.end) } + (d.summary ?? []).map { ($0.start, $0.end) }
            for (start, end) in spans {
                let source = try #require(d.sourceRange(start, end))
                let text = slice(d.text, start..<end)
                #expect(clean.clean(slice(input, source)).0 == text.trimmingCharacters(in: .whitespacesAndNewlines))
                checked += 1
            }
        }
        #expect(checked > 200)
    }

    @Test func markupMapsToTheSmallestRangeHoldingIt() throws {
        let input = "<p>The <b>Tyne</b>&nbsp;Bridge</p>\n\n<p>costs  &pound;1.4bn.</p>"
        let d = try cleaned(input, try makeStage(CleanStage.self))
        #expect(d.text == "The Tyne Bridge\n\ncosts £1.4bn.")
        func source(_ s: String) throws -> String {
            let all = Array(d.text.unicodeScalars)
            let needle = Array(s.unicodeScalars)
            let at = try #require((0...(all.count - needle.count)).first { Array(all[$0..<($0 + needle.count)]) == needle })
            return slice(input, try #require(d.sourceRange(at, at + needle.count)))
        }
        #expect(try source("Tyne") == "Tyne")
        #expect(try source("Tyne Bridge") == "Tyne</b>&nbsp;Bridge")
        #expect(try source("£1.4bn") == "&pound;1.4bn")
        #expect(try source("Bridge\n\ncosts") == "Bridge</p>\n\n<p>costs")
    }

    @Test func aTextUnchangedByCleanMapsToItself() throws {
        let d = try cleaned("Plain text.", try makeStage(CleanStage.self))
        #expect(d.sourceRange(0, 5) == 0..<5)
    }

    /// A stage that rewrites the text after clean loses the map, and says so.
    @Test func aLaterRewriteDropsTheMapAndNamesTheStage() throws {
        struct Shout: Stage {
            static let spec = StageSpec(name: "shout", summary: "Upper case.", requires: [.text], example: "")
            init(options: StageOptions, context: StageContext) throws {}
            init() {}
            func process(_ document: inout Document) throws { document.text = document.text.uppercased() }
        }
        var d = try cleaned("<b>a</b>  b", try makeStage(CleanStage.self))
        #expect(d.sourceRange(0, 1) == 3..<4 && d.sourceOffsetsDroppedBy == nil)
        try Shout().process(&d)
        #expect(d.sourceRange(0, 1) == nil && d.sourceOffsetsDroppedBy != nil)
        // Through the runner, the stage is named.
        let sink = CollectingSink()
        let pipeline = Pipeline(name: "t", source: OneDocument(text: "<b>a</b>  b"), transforms: [try makeStage(CleanStage.self), Shout()], sinks: [sink])
        let findings = RunFindings()
        _ = try PipelineRunner(pipeline: pipeline).run(rejects: CollectingRejects(), observer: findings)
        #expect(sink.documents?.first?.sourceOffsetsDroppedBy == "shout")
        #expect(findings.droppedSourceOffsets == ["shout": 1])
    }
}

/// One document, for runs through the runner.
struct OneDocument: DocumentSource {
    static let spec = StageSpec(name: "one", summary: "One document.", role: .source, provides: [.text], example: "")
    var text = ""
    init(options: StageOptions, context: StageContext) throws {}
    init(text: String) { self.text = text }
    func makeReader() throws -> any DocumentReader { Reader(text: text) }
    final class Reader: DocumentReader {
        var text: String?
        init(text: String) { self.text = text }
        var expectedCount: Int? { 1 }
        func next() throws -> ReadResult? {
            defer { text = nil }
            return text.map { .document(Document(id: "one", text: $0)) }
        }
    }
}

@Suite struct SourceMapTests {
    /// Composition agrees with mapping twice, position by position.
    @Test func composingIsMappingTwice() {
        var inner = SourceMap.Builder()   // source of 10 scalars -> 7
        inner.copy(0, count: 3)
        inner.replace(4..<7, outputCount: 2)
        inner.copy(8, count: 2)
        let a = inner.build(sourceLength: 10)
        var outer = SourceMap.Builder()   // those 7 -> 6
        outer.copy(1, count: 3)
        outer.replace(4..<5, outputCount: 1)
        outer.copy(5, count: 2)
        let b = outer.build(sourceLength: 7)
        let c = b.composed(onto: a)
        for start in 0..<6 {
            for end in (start + 1)...6 {
                let mid = b.sourceRange(start, end)
                #expect(c.sourceRange(start, end) == a.sourceRange(mid.lowerBound, mid.upperBound), "\(start)..<\(end)")
            }
        }
        #expect(c.length == 6 && c.sourceLength == 10)
    }
}
