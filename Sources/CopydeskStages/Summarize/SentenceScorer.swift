import Copydesk
import Foundation

/// Scores the sentences of one article: TextRank centrality over content-word
/// overlap, weighted by similarity to the title and by position.
struct SentenceScorer: Sendable {
    var damping = 0.85
    var iterations = 30

    func scores(_ sentences: [Sentence], title: Sentence?, in text: TokenizedText) -> [Double] {
        var vocabulary: [String: Int] = [:]
        func bag(_ s: Sentence) -> [Int] {
            var ids = Set<Int>()
            for t in text.tokens[s.tokens] where t.kind == .word || t.kind == .number {
                let w = text.lower(t)
                guard !Words.stopWords.contains(w), w.utf8.count > 1 else { continue }
                let stem = Words.stem(w)
                let id = vocabulary[stem] ?? vocabulary.count
                vocabulary[stem] = id
                ids.insert(id)
            }
            return ids.sorted()
        }
        let bags = sentences.map(bag)
        let titleBag = Set(title.map(bag) ?? [])
        let n = sentences.count
        if n == 1 { return [1] }

        // TextRank similarity: shared words over the log lengths.
        var weights = [Double](repeating: 0, count: n * n)
        var outSum = [Double](repeating: 0, count: n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let shared = Self.intersectionCount(bags[i], bags[j])
                guard shared > 0, bags[i].count > 1 || bags[j].count > 1 else { continue }
                let w = Double(shared) / (log(Double(bags[i].count) + 1) + log(Double(bags[j].count) + 1))
                weights[i * n + j] = w
                weights[j * n + i] = w
                outSum[i] += w
                outSum[j] += w
            }
        }
        var rank = [Double](repeating: 1.0 / Double(n), count: n)
        var next = rank
        for _ in 0..<iterations {
            for j in 0..<n {
                var s = 0.0
                for i in 0..<n where outSum[i] > 0 { s += weights[i * n + j] / outSum[i] * rank[i] }
                next[j] = (1 - damping) / Double(n) + damping * s
            }
            swap(&rank, &next)
        }
        return (0..<n).map { i in
            let titleOverlap = titleBag.isEmpty || bags[i].isEmpty ? 0 : Double(bags[i].filter(titleBag.contains).count) / Double(titleBag.count)
            let position = 1.0 + 1.0 / Double(i + 2)
            return rank[i] * Double(n) * position * (1 + titleOverlap)
        }
    }

    static func intersectionCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, c = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { c += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return c
    }
}
