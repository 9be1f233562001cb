import Copydesk

/// A table of lower-case phrases ("km", "square metres", "us dollars")
/// matched against tokens by hashing their bytes as it extends the phrase,
/// stopping as soon as no phrase starts that way: no `String` or array is
/// built per look-up.
struct PhraseIndex<Value: Sendable>: Sendable {
    private var phrases = FeatureTable()
    private var prefixes = FeatureTable()
    private var values: [Value] = []

    init(_ table: [[String]: Value]) {
        for (words, value) in table {
            var h = WordHash.offset
            for (k, word) in words.enumerated() {
                if k > 0 { h = WordHash.step(h, 0x20) }
                for b in word.utf8 { h = WordHash.step(h, b) }
                prefixes.set(h, 0)
            }
            phrases.set(h, Int32(values.count))
            values.append(value)
        }
    }

    /// The longest phrase of at most `limit` tokens starting at token `j`, on one line.
    func longest(in text: TextAnalysis, from j: Int, limit: Int) -> (Value, Int)? {
        guard j < text.tokens.count else { return nil }
        var h = WordHash.offset
        var best: (Value, Int)? = nil
        for k in 0..<min(limit, text.tokens.count - j) {
            let t = text.tokens[j + k]
            if k > 0 {
                if t.newlinesBefore > 0 { break }
                h = WordHash.step(h, 0x20)
            }
            for i in t.byteStart..<t.byteEnd { h = WordHash.step(h, text.bytes[i]) }
            guard prefixes.contains(h) else { break }
            if let index = phrases.value(for: h) { best = (values[Int(index)], j + k + 1) }
        }
        return best
    }
}
