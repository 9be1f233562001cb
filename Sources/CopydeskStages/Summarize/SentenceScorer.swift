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
        let bags = self.bags(sentences, in: text)
        let rank = centrality(bags)
        let overlap = titleOverlap(bags, title: title, in: text)
        return sentences.indices.map { i in
            rank[i] * Double(sentences.count) * (1.0 + 1.0 / Double(i + 2)) * (1 + overlap[i])
        }
    }

    /// The share of the title's content words each sentence contains.
    func titleOverlap(_ bags: [[UInt64]], title: Sentence?, in text: TextAnalysis) -> [Double] {
        guard let title else { return [Double](repeating: 0, count: bags.count) }
        let titleBag = bag(title, text)
        guard !titleBag.isEmpty else { return [Double](repeating: 0, count: bags.count) }
        return bags.map { Double(Self.intersectionCount($0, titleBag)) / Double(titleBag.count) }
    }

    /// The content-word bag of every sentence.
    func bags(_ sentences: [Sentence], in text: TextAnalysis) -> [[UInt64]] {
        var scratch: [UInt64] = []
        return sentences.map { bag($0, text, scratch: &scratch) }
    }

    /// Content words of a sentence (stop words and one-letter words left out),
    /// as sorted, distinct hashes of their stems: read from the shared
    /// analysis's word hashes and bytes, with no `String` per word.
    func bag(_ s: Sentence, _ text: TextAnalysis) -> [UInt64] {
        var scratch: [UInt64] = []
        return bag(s, text, scratch: &scratch)
    }

    /// `bag(_:_:)` gathered in `scratch` and returned at its size: every
    /// sentence's bag is kept until the scores are made, and one reserved at
    /// the sentence's length took 18 MB on a 10 MB document against 8.
    private func bag(_ s: Sentence, _ text: TextAnalysis, scratch ids: inout [UInt64]) -> [UInt64] {
        ids.removeAll(keepingCapacity: true)
        let hashes = text.lowerHashes
        text.bytes.withUnsafeBufferPointer { bytes in
            var word = [UInt8]()
            for k in s.tokens {
                let t = text.tokens[k]
                guard t.kind == .word || t.kind == .number, t.byteEnd - t.byteStart > 1,
                      !Self.stopWords.contains(hashes[k].whole) else { continue }
                ids.append(Words.stemHash(bytes[t.byteStart..<t.byteEnd], scratch: &word))
            }
        }
        ids.sort()
        var distinct = 0
        for i in ids.indices where i == 0 || ids[i] != ids[distinct - 1] {
            ids[distinct] = ids[i]
            distinct += 1
        }
        // Copied out element by element: `Array(ids[..<distinct])` may hand
        // back the scratch buffer itself, at its full capacity.
        return [UInt64](unsafeUninitializedCapacity: distinct) { out, count in
            for i in 0..<distinct { out[i] = ids[i] }
            count = distinct
        }
    }

    /// `Words.stopWords` as word hashes, to test tokens without a `String`.
    static let stopWords: FeatureTable = {
        var table = FeatureTable(capacity: Words.stopWords.count)
        for w in Words.stopWords { table.set(WordHash.hash(w), 0) }
        return table
    }()

    /// Sentences compared with each other at most: TextRank's graph has a
    /// weight for every pair, so a document of 100,000 sentences (a 10 MB
    /// one) would need 80 GB for it. Longer documents are ranked in even
    /// blocks of consecutive sentences, each block a document of its own
    /// weighted by its share of the sentences: time and memory grow linearly.
    /// No BBC article comes near it, so news is ranked as a whole.
    var window = 400

    /// TextRank stationary scores (summing to 1).
    func centrality(_ bags: [[UInt64]]) -> [Double] {
        let n = bags.count
        guard n > window else { return centralityOfAll(bags[...]) }
        let blocks = (n + window - 1) / window
        var rank: [Double] = []
        rank.reserveCapacity(n)
        for b in 0..<blocks {
            let block = bags[(b * n / blocks)..<((b + 1) * n / blocks)]
            let share = Double(block.count) / Double(n)
            rank += centralityOfAll(block).map { $0 * share }
        }
        return rank
    }

    /// TextRank over every pair of `bags`.
    private func centralityOfAll(_ slice: ArraySlice<[UInt64]>) -> [Double] {
        let bags = Array(slice)
        let n = bags.count
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
        // The share of each sentence's weight that goes to each other one,
        // divided once instead of at every iteration, and stored by the
        // sentence it goes to (`share[j * n + i]`, from i to j) so that an
        // iteration reads it in order. A sentence with no weight gives none:
        // its products are +0, which leave every sum as skipping it would.
        var share = [Double](repeating: 0, count: n * n)
        for i in 0..<n where outSum[i] > 0 {
            for j in 0..<n { share[j * n + i] = weights[i * n + j] / outSum[i] }
        }
        var rank = [Double](repeating: 1.0 / Double(n), count: n)
        var next = rank
        share.withUnsafeBufferPointer { share in
            for _ in 0..<iterations {
                rank.withUnsafeBufferPointer { rank in
                    for j in 0..<n {
                        var s = 0.0
                        let row = share.baseAddress! + j * n
                        for i in 0..<n { s += row[i] * rank[i] }
                        next[j] = (1 - damping) / Double(n) + damping * s
                    }
                }
                swap(&rank, &next)
            }
        }
        return rank
    }

    static func intersectionCount(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var i = 0, j = 0, c = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { c += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return c
    }
}
