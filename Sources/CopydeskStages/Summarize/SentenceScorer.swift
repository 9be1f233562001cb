import Copydesk
import Foundation

/// Unsupervised sentence scores of one article: TextRank centrality over
/// content-word overlap (stop words removed, light stemming), and overlap
/// with the title.
struct SentenceScorer: Sendable {
    var damping = 0.85
    var iterations = 30

    /// TextRank weighted by title overlap and position: the method without a trained model.
    func scores(_ sentences: [Sentence], title: Sentence?, in text: TextAnalysis) -> [Double] {
        let rank = centrality(sentences, in: text)
        let overlap = titleOverlap(sentences, title: title, in: text)
        return sentences.indices.map { i in
            rank[i] * Double(sentences.count) * (1.0 + 1.0 / Double(i + 2)) * (1 + overlap[i])
        }
    }

    /// The share of the title's content words each sentence contains.
    func titleOverlap(_ sentences: [Sentence], title: Sentence?, in text: TextAnalysis) -> [Double] {
        guard let title else { return [Double](repeating: 0, count: sentences.count) }
        var vocabulary: [String: Int] = [:]
        let titleBag = Set(bag(title, text, &vocabulary))
        guard !titleBag.isEmpty else { return [Double](repeating: 0, count: sentences.count) }
        return sentences.map { s in
            Double(bag(s, text, &vocabulary).filter(titleBag.contains).count) / Double(titleBag.count)
        }
    }

    /// Content-word ids of a sentence, sorted.
    func bag(_ s: Sentence, _ text: TextAnalysis, _ vocabulary: inout [String: Int]) -> [Int] {
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

    /// TextRank stationary scores (summing to 1).
    func centrality(_ sentences: [Sentence], in text: TextAnalysis) -> [Double] {
        var vocabulary: [String: Int] = [:]
        let bags = sentences.map { bag($0, text, &vocabulary) }
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
        return rank
    }

    static func intersectionCount(_ a: [Int], _ b: [Int]) -> Int {
        var i = 0, j = 0, c = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { c += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return c
    }
}
