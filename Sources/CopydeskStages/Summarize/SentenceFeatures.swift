import Copydesk
import Foundation

/// What the summary model knows of one sentence: position in the article and
/// its paragraph, length, centrality (TextRank), overlap with the title,
/// quotation and figures. Everything is computed from one article alone.
struct SentenceFeatures: Sendable {
    /// Feature names, in vector order; a model stores them to check it fits.
    static let names: [String] = {
        var n = ["bias"]
        n += ["pos=0", "pos=1", "pos=2", "pos=3", "pos=4", "pos=5", "pos=6-7", "pos=8-10", "pos=11-15", "pos=16+"]
        n += (0..<5).map { "rel=\($0)" }
        n += ["paragraph-first", "par=0", "par=1", "par=2", "par=3+"]
        n += ["len<8", "len=8-14", "len=15-20", "len=21-27", "len=28-35", "len=36+"]
        n += ["rank-percentile", "centrality", "title-overlap", "has-quote", "starts-quote", "has-digit", "single-sentence-paragraph"]
        for p in 0..<5 { for d in 0..<4 { n.append("pos\(p)&doc\(d)") } }
        return n
    }()

    static var count: Int { names.count }

    /// One vector per sentence.
    static func vectors(_ sentences: [Sentence], title: Sentence?, in text: TextAnalysis, scorer: SentenceScorer) -> [[Double]] {
        vectors(sentences, title: title, in: text, scorer: scorer) { $0 }
    }

    /// `each` of every sentence's vector, in order. The summarize stage keeps
    /// only the score: all vectors at once take 500 bytes a sentence, 50 MB
    /// for the 100,000 sentences of a 10 MB document.
    static func vectors<T>(_ sentences: [Sentence], title: Sentence?, in text: TextAnalysis, scorer: SentenceScorer,
                           each: ([Double]) -> T) -> [T] {
        let n = sentences.count
        guard n > 0 else { return [] }
        let bags = scorer.bags(sentences, in: text)
        let centrality = scorer.centrality(bags)
        let titleOverlap = scorer.titleOverlap(bags, title: title, in: text)
        let order = centrality.indices.sorted { centrality[$0] > centrality[$1] }
        var percentile = [Double](repeating: 0, count: n)
        for (rank, i) in order.enumerated() { percentile[i] = 1 - Double(rank) / Double(max(1, n - 1)) }
        // Paragraphs: a sentence whose first token follows a line break starts one.
        var paragraph = [Int](repeating: 0, count: n)
        var firstInParagraph = [Bool](repeating: false, count: n)
        var p = -1
        for (i, s) in sentences.enumerated() {
            if i == 0 || text.tokens[s.tokens.lowerBound].newlinesBefore > 0 { p += 1; firstInParagraph[i] = true }
            paragraph[i] = max(p, 0)
        }
        let docBin = n < 10 ? 0 : n < 20 ? 1 : n < 30 ? 2 : 3
        return sentences.indices.map { i in
            var v = [Double](repeating: 0, count: count)
            var k = 0
            func put(_ x: Double) { v[k] = x; k += 1 }
            func oneHot(_ index: Int, of size: Int) { v[k + index] = 1; k += size }
            put(1)
            let posBin = i <= 5 ? i : i <= 7 ? 6 : i <= 10 ? 7 : i <= 15 ? 8 : 9
            oneHot(posBin, of: 10)
            oneHot(min(4, i * 5 / n), of: 5)
            put(firstInParagraph[i] ? 1 : 0)
            oneHot(min(paragraph[i], 3), of: 4)
            let words = text.tokens[sentences[i].tokens].reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) }
            oneHot(words < 8 ? 0 : words < 15 ? 1 : words < 21 ? 2 : words < 28 ? 3 : words < 36 ? 4 : 5, of: 6)
            put(percentile[i])
            put(min(3, centrality[i] * Double(n)))
            put(titleOverlap[i])
            var quote = false, startsQuote = false, digit = false
            for (j, t) in text.tokens[sentences[i].tokens].enumerated() {
                if t.kind == .punctuation {
                    let b = text.bytes[t.byteStart]
                    let isQuote = b == UInt8(ascii: "\"") || text.equals(t, "“") || text.equals(t, "”")
                    if isQuote { quote = true; if j == 0 { startsQuote = true } }
                }
                if t.hasDigit { digit = true }
            }
            put(quote ? 1 : 0)
            put(startsQuote ? 1 : 0)
            put(digit ? 1 : 0)
            let alone = firstInParagraph[i] && (i + 1 == n || firstInParagraph[i + 1])
            put(alone ? 1 : 0)
            oneHot(min(posBin, 4) * 4 + docBin, of: 20)
            return each(v)
        }
    }
}
