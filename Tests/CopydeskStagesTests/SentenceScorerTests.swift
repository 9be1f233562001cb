@testable import CopydeskStages
import Copydesk
import Testing

@Suite struct SentenceScorerTests {
    /// Bags of word hashes with overlaps, like sentences of one story.
    func bags(_ n: Int) -> [[UInt64]] {
        (0..<n).map { (i: Int) -> [UInt64] in
            let topic = UInt64(i % 7), aside = UInt64(100 + i % 3), own = UInt64(1000 + i)
            return [topic, aside, own]
        }
    }

    @Test func longDocumentsAreRankedInBlocks() {
        var scorer = SentenceScorer()
        scorer.window = 10
        let all = bags(25)
        let rank = scorer.centrality(all)
        #expect(rank.count == 25)
        #expect(abs(rank.reduce(0, +) - 1) < 1e-9)
        // Three even blocks (8, 8, 9 sentences), each ranked alone and weighted by its share.
        var whole = SentenceScorer()
        whole.window = 1000
        let first = whole.centrality(Array(all[0..<8])).map { $0 * 8 / 25 }
        #expect(zip(rank[0..<8], first).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(whole.centrality(all) != rank, "below the window the whole document is one graph")
    }

    @Test func summarizeCopesWithAThousandSentences() throws {
        let text = (0..<1000).map { "Sentence \($0) says the market moved \($0 % 5) points." }.joined(separator: " ")
        var d = Document(id: "long", text: text)
        try makeStage(SummarizeStage.self, ["sentences": .integer(3)]).process(&d)
        #expect(d.summary?.count == 3)
    }
}
