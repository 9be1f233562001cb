/// The report's sample: the first `first` documents, and `random` more drawn
/// uniformly from all the others by reservoir sampling (Vitter's algorithm R)
/// with a fixed seed, so the same input gives the same report.
public struct DocumentSampler: Sendable {
    public let first: Int
    public let random: Int
    public let limit: Int
    public private(set) var head: [ReportSample] = []
    private var reservoir: [ReportSample] = []
    private var seen = 0
    private var state: UInt64

    public init(first: Int, random: Int, limit: Int, seed: UInt64 = 0x5EED_C0DE) {
        self.first = max(0, first)
        self.random = max(0, random)
        self.limit = max(1, limit)
        state = seed
    }

    /// The random sample in output order.
    public var drawn: [ReportSample] { reservoir.sorted { $0.position < $1.position } }

    mutating func offer(_ d: Document) {
        seen += 1
        if head.count < first { head.append(ReportSample(d, position: seen, limit: limit)); return }
        guard random > 0 else { return }
        let n = seen - first
        if reservoir.count < random { reservoir.append(ReportSample(d, position: seen, limit: limit)); return }
        let j = Int(next() % UInt64(n))
        if j < random { reservoir[j] = ReportSample(d, position: seen, limit: limit) }
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
