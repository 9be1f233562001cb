/// What a run found, aggregated while it streams: entity mentions per label
/// with their most frequent names, number kinds, resolved dates per month,
/// money per currency, summary sentences, rejects and a sample of documents.
///
/// Every part is bounded whatever the number and size of the documents:
/// labels, currencies and months are capped, names go through a Space-Saving
/// sketch, the sample keeps a fixed number of documents cut to a fixed length.
public final class RunFindings: RunObserver {
    /// Mentions of one entity label.
    public struct LabelTally: Sendable {
        public var mentions = 0
        public var names: HeavyHitters
    }

    /// Money of one currency.
    public struct MoneyTally: Sendable {
        public var count = 0
        public var total = 0.0
    }

    public static let maxLabels = 32
    public static let maxCurrencies = 64
    public static let maxMonths = 24_000
    public static let sketchCapacity = 256

    public private(set) var documents = 0
    /// UTF-8 bytes of the written texts.
    public private(set) var bytes = 0
    public private(set) var labels: [String: LabelTally] = [:]
    /// Mentions of labels past `maxLabels`.
    public private(set) var otherLabelMentions = 0
    public private(set) var kinds = [Int](repeating: 0, count: NumberKind.allCases.count)
    /// Resolved dates (the start of a resolved range) per month, keyed by
    /// year × 12 + month − 1.
    public private(set) var months: [Int: Int] = [:]
    /// Temporal expressions with a resolved value that is no date of this calendar (or past the month cap).
    public private(set) var unplacedDates = 0
    public private(set) var money: [String: MoneyTally] = [:]
    public private(set) var summarySentences = 0
    public private(set) var summarizedDocuments = 0
    public private(set) var rejects = RejectGroups()
    /// Documents whose offsets into the input were lost, per stage that changed their text without a map.
    public private(set) var droppedSourceOffsets: [String: Int] = [:]
    public private(set) var sampler: DocumentSampler

    public init(firstSamples: Int = 3, randomSamples: Int = 3, sampleLength: Int = 6000) {
        sampler = DocumentSampler(first: firstSamples, random: randomSamples, limit: sampleLength)
    }

    public func count(of kind: NumberKind) -> Int { kinds[NumberKind.allCases.firstIndex(of: kind)!] }

    public func written(_ d: Document) {
        documents += 1
        bytes += d.text.utf8.count
        for e in d.entities ?? [] {
            if labels[e.label] == nil {
                guard labels.count < Self.maxLabels else { otherLabelMentions += 1; continue }
                labels[e.label] = LabelTally(names: HeavyHitters(capacity: Self.sketchCapacity))
            }
            labels[e.label]!.mentions += 1
            labels[e.label]!.names.add(String(e.text.prefix(80)))
        }
        for n in d.numbers ?? [] {
            kinds[Self.kindIndex[n.kind]!] += 1
            switch (n.kind, n.value) {
            case (.money, .number(let v)?) where v.isFinite:
                let unit = String((n.unit ?? "?").prefix(8))
                if money[unit] != nil || money.count < Self.maxCurrencies { money[unit, default: MoneyTally()].count += 1; money[unit]!.total += v }
            case (.date, .string(let v)?), (.datetime, .string(let v)?):
                if let month = Self.month(v), months[month] != nil || months.count < Self.maxMonths { months[month, default: 0] += 1 }
                else { unplacedDates += 1 }
            default: break
            }
        }
        if let summary = d.summary, !summary.isEmpty {
            summarySentences += summary.count
            summarizedDocuments += 1
        }
        if let stage = d.sourceOffsetsDroppedBy { droppedSourceOffsets[stage, default: 0] += 1 }
        sampler.offer(d)
    }

    public func rejected(_ r: Reject) { rejects.add(r) }

    static let kindIndex = Dictionary(uniqueKeysWithValues: NumberKind.allCases.enumerated().map { ($1, $0) })

    /// `YYYY-MM…` as year × 12 + month − 1.
    static func month(_ value: String) -> Int? {
        let b = Array(value.utf8.prefix(7))
        guard b.count == 7, b[4] == UInt8(ascii: "-") else { return nil }
        func digits(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }; v = v * 10 + Int(b[i] - 0x30) }
            return v
        }
        guard let year = digits(0..<4), let month = digits(5..<7), (1...12).contains(month) else { return nil }
        return year * 12 + month - 1
    }
}
