import Copydesk

/// Word clusters learned from unlabelled text (`Scripts/build_clusters.py`):
/// each known word's cluster at three granularities, read by the tagger as
/// features, so that a word seen rarely or never in the labelled data shares
/// weights with the words it behaves like (Ratinov & Roth 2009).
///
/// Keyed by the exact hash of the word's bytes (case kept: "Bush" and
/// "bush" are different words to a tagger).
public struct WordClusters: Sendable {
    /// Word hash → the three cluster ids packed (6, 8 and 10 bits).
    private var table = FeatureTable()
    public private(set) var count = 0

    public init() {}

    /// Reads `word<TAB>c64<TAB>c256<TAB>c1024` lines; `#` lines are comments.
    public init(tsv: String) {
        table = FeatureTable(capacity: 32_768)
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let a = Int32(fields[1]), let b = Int32(fields[2]), let c = Int32(fields[3]),
                  (0..<64).contains(a), (0..<256).contains(b), (0..<1024).contains(c) else { continue }
            table.set(WordHash.exactHash(String(fields[0])), a | b << 6 | c << 14)
            count += 1
        }
    }

    /// The word's clusters as three feature values (0 for an unknown word;
    /// a known word's ids are offset by one).
    @inline(__always) func clusters(of wordHash: UInt64) -> (UInt64, UInt64, UInt64) {
        guard let packed = table.value(for: wordHash) else { return (0, 0, 0) }
        return (UInt64(packed & 63) + 1, UInt64(packed >> 6 & 255) + 1, UInt64(packed >> 14) + 1)
    }
}
