@testable import Copydesk
import CopydeskTesting
import Testing

@Suite struct HeavyHittersTests {
    @Test func countsExactlyWhileKeysFit() {
        var s = HeavyHitters(capacity: 10)
        for (key, n) in [("a", 5), ("b", 3), ("c", 7)] { for _ in 0..<n { s.add(key) } }
        #expect(s.top(2) == [.init(key: "c", count: 7, error: 0), .init(key: "a", count: 5, error: 0)])
        #expect(s.total == 15)
    }

    /// Space-Saving keeps every key more frequent than total / capacity, and
    /// a count never under-states nor over-states by more than its error.
    @Test func keepsTheFrequentKeysOfALongTail() {
        var s = HeavyHitters(capacity: 20)
        var truth: [String: Int] = [:]
        var stream: [String] = []
        for (i, key) in ["Ukraine", "Russia", "BBC", "London"].enumerated() { stream += Array(repeating: key, count: 400 - 40 * i) }
        for i in 0..<3000 { stream.append("rare-\(i % 1500)") }
        // A fixed interleaving: 7919 is prime to the stream's length.
        stream = (0..<stream.count).map { stream[$0 * 7919 % stream.count] }
        for k in stream { s.add(k); truth[k, default: 0] += 1 }
        let top = s.top(4)
        #expect(Set(top.map(\.key)) == ["Ukraine", "Russia", "BBC", "London"])
        for item in s.top(20) {
            #expect(item.count >= truth[item.key]!)
            #expect(item.count - item.error <= truth[item.key]!)
        }
        #expect(s.top(100).count == 20)
    }
}

@Suite struct DocumentSamplerTests {
    func offer(_ n: Int, first: Int, random: Int) -> DocumentSampler {
        var s = DocumentSampler(first: first, random: random, limit: 20)
        for i in 1...n { s.offer(Document(id: "d\(i)", text: "text \(i) " + String(repeating: "long ", count: 20))) }
        return s
    }

    @Test func theFirstAndARandomDrawOfTheRest() {
        let s = offer(1000, first: 3, random: 4)
        #expect(s.head.map(\.id) == ["d1", "d2", "d3"])
        #expect(s.drawn.count == 4)
        #expect(s.drawn.allSatisfy { $0.position > 3 })
        #expect(s.drawn.map(\.position) == s.drawn.map(\.position).sorted())
        // A fixed seed: the same input, the same sample.
        #expect(offer(1000, first: 3, random: 4).drawn.map(\.id) == s.drawn.map(\.id))
        // Cut to the limit, the whole length remembered.
        #expect(s.head[0].text.unicodeScalars.count == 20 && s.head[0].isTruncated && s.head[0].length > 100)
    }

    /// Every later document is equally likely to be drawn: over many seeds
    /// the draws of the first and second half of the stream are alike.
    @Test func theDrawIsUniformOverTheStream() {
        var early = 0, late = 0
        for seed in 0..<300 {
            var s = DocumentSampler(first: 0, random: 2, limit: 10, seed: UInt64(seed))
            for i in 1...200 { s.offer(Document(id: "\(i)", text: "t")) }
            for d in s.drawn { if d.position <= 100 { early += 1 } else { late += 1 } }
        }
        #expect(early + late == 600)
        #expect(abs(early - late) < 120, "early \(early), late \(late)")
    }

    @Test func spansPastTheCutAreLeftOut() {
        var d = Document(id: "a", text: "Alpha beta gamma delta")
        d.entities = [Entity(start: 0, end: 5, text: "Alpha", label: "PER"), Entity(start: 17, end: 22, text: "delta", label: "LOC")]
        d.summary = [Span(start: 0, end: 22, text: d.text)]
        let s = ReportSample(d, position: 1, limit: 10)
        #expect(s.text == "Alpha beta" && s.entities.map(\.text) == ["Alpha"])
        #expect(s.summary.map(\.end) == [10])
    }
}

@Suite struct RunFindingsTests {
    @Test func aggregatesEntitiesNumbersDatesAndMoney() {
        let f = RunFindings(firstSamples: 1, randomSamples: 0)
        var d = Document(id: "a", text: "x")
        d.entities = [Entity(start: 0, end: 1, text: "Kyiv", label: "LOC"), Entity(start: 0, end: 1, text: "Kyiv", label: "LOC"),
                      Entity(start: 0, end: 1, text: "Ryder", label: "PER")]
        d.numbers = [NumberAnnotation(start: 0, end: 1, text: "$3m", kind: .money, value: .number(3e6), unit: "USD"),
                     NumberAnnotation(start: 0, end: 1, text: "$2", kind: .money, value: .number(2), unit: "USD"),
                     NumberAnnotation(start: 0, end: 1, text: "Tuesday", kind: .date, value: .string("2022-12-13")),
                     NumberAnnotation(start: 0, end: 1, text: "2014 to 2018", kind: .date, value: .string("2014-01-01/2018-01-01")),
                     NumberAnnotation(start: 0, end: 1, text: "7", kind: .cardinal, value: .number(7))]
        f.written(d)
        f.written(d)
        #expect(f.documents == 2)
        #expect(f.labels["LOC"]?.mentions == 4 && f.labels["LOC"]?.names.top(1).first?.key == "Kyiv")
        #expect(f.money["USD"]?.count == 4 && f.money["USD"]?.total == 6_000_004)
        #expect(f.months == [2022 * 12 + 11: 2, 2014 * 12: 2])
        #expect(f.count(of: .money) == 4 && f.count(of: .cardinal) == 2 && f.count(of: .date) == 4)
    }

    @Test func labelsAreCapped() {
        let f = RunFindings()
        var d = Document(id: "a", text: "x")
        d.entities = (0..<100).map { Entity(start: 0, end: 1, text: "n", label: "L\($0)") }
        f.written(d)
        #expect(f.labels.count == RunFindings.maxLabels)
        #expect(f.otherLabelMentions == 100 - RunFindings.maxLabels)
    }

    @Test func rejectsGroupByStageAndReasonWithDigitsMasked() {
        let f = RunFindings()
        for i in 0..<8 { f.rejected(Reject(id: "r\(i)", stage: "load", error: "line \(i * 11): malformed JSON", payload: .record(.null))) }
        f.rejected(Reject(id: "x", stage: "clean", error: "the text is empty", payload: .record(.null)))
        let groups = f.rejects.groups
        #expect(groups.count == 2)
        #expect(groups[0].stage == "load" && groups[0].count == 8 && groups[0].firstIDs == ["r0", "r1", "r2", "r3", "r4"])
        #expect(groups[0].reason == "line 0: malformed JSON")
        var many = RejectGroups(maxGroups: 3)
        for i in 0..<10 { many.add(Reject(id: "\(i)", stage: "s", error: "reason \(Character(UnicodeScalar(65 + i)!))", payload: .record(.null))) }
        #expect(many.groups.count == 3 && many.ungrouped["s"] == 7 && many.total == 10)
    }

    /// The runner tells the observer of every document in output order.
    @Test func theRunnerFeedsTheObserverInOrder() throws {
        let f = RunFindings(firstSamples: 5, randomSamples: 0)
        let pipeline = Pipeline(name: "t", workers: 4, source: CountingSource(count: 40), transforms: [PickyStage()], sinks: [CollectingSink()])
        let report = try PipelineRunner(pipeline: pipeline).run(rejects: CollectingRejects(), observer: f)
        #expect(f.documents == report.documentsOut && f.rejects.total == report.rejected && f.rejects.total == 4)
        #expect(f.sampler.head.map(\.id) == ["doc-1", "doc-2", "doc-3", "doc-4", "doc-5"])
        #expect(report.bytesIn > 0)
    }
}

