import Copydesk

/// What the tagger has already said about each capitalised word of a
/// document, read as features of the word's later mentions: Ratinov & Roth
/// (2009)'s "extended prediction history", a non-local feature that costs
/// one look-up per token in a single left-to-right pass.
///
/// News names a thing in full first and briefly after ("the Patriot missile
/// system" … "a Patriot battery"); the later mention, with less context,
/// learns from the earlier one. The model is trained with the same history
/// built from its own predictions, so it learns how far to trust it.
public struct EntityHistory: Sendable {
    /// How often a word was tagged outside any entity (lane 0) and with each
    /// label (lane 1 + label); labels past the seventh share the last lane.
    typealias Counts = SIMD8<UInt16>
    private var counts: [UInt64: Counts] = [:]

    public init() {}

    public var isEmpty: Bool { counts.isEmpty }

    /// The features of a word with no history: the same for every token.
    static let unseen = (EntityFeatures.combine(42, 0, 0), EntityFeatures.combine(43, 0, 0))

    /// The history's two features for a token: the word's majority label
    /// so far (0: never seen) with whether every mention agreed, and the
    /// majority label with the word's shape.
    @inline(__always) func features(word: UInt64, shape: UInt64) -> (UInt64, UInt64) {
        // A word never seen gets two constant features, not its shape: the
        // shape is the local features' to weigh.
        guard word != 0, let c = counts[word] else { return Self.unseen }
        var best = 0
        for lane in 1..<Counts.scalarCount where c[lane] > c[best] { best = lane }
        let majority = UInt64(best + 1), unanimous: UInt64 = c.wrappedSum() == c[best] ? 1 : 0
        return (EntityFeatures.combine(42, majority, unanimous), EntityFeatures.combine(43, majority, shape))
    }

    /// Writes the history features of every token into the last two slots of
    /// its row of `features` (`perToken` a token).
    func fill(_ features: inout [UInt64], perToken: Int, words: [UInt64], shapes: [UInt64]) {
        for i in words.indices {
            let (a, b) = self.features(word: words[i], shape: shapes[i])
            features[i * perToken + perToken - 2] = a
            features[i * perToken + perToken - 1] = b
        }
    }

    /// Adds what was predicted for a sentence: `tags` as the model's tag
    /// numbers, `words` the tokens' history keys (0 for words it ignores).
    mutating func record(_ tags: [Int], words: [UInt64], scheme: EntityTags) {
        for (i, word) in words.enumerated() where word != 0 {
            let lane = scheme.label(of: tags[i]).map { min($0 + 1, Counts.scalarCount - 1) } ?? 0
            var c = counts[word, default: Counts()]
            if c[lane] < .max { c[lane] += 1 }  // a word met 65,535 times keeps its majority
            counts[word] = c
        }
    }
}
