import Copydesk

/// Phrase lists by category (`LOC.country`, `PER.first`, …) that the tagger
/// reads as features: which list a token's longest matching phrase is in,
/// and whether the token begins it.
///
/// Phrases are tokenized like text and matched on lower-cased token bytes
/// (so all-caps headlines such as "BRUSSELS" match too; the tagger combines
/// the match with the token's shape). Matching hashes the tokens as it
/// extends a phrase and stops as soon as no phrase starts that way, so a
/// token costs one or two table look-ups and no allocation.
public struct Gazetteer: Sendable {
    /// Phrase hash → index into `categories`.
    var phrases = FeatureTable()
    /// Hashes of every token prefix of every phrase.
    var prefixes = FeatureTable()
    var categories: [UInt64] = []
    var maxTokens = 1
    public private(set) var count = 0

    public init() {}

    /// Reads `category<TAB>phrase` lines, straight from the UTF-8 bytes.
    public init(tsv: String) {
        let bytes = Array(tsv.utf8)
        var categoryOf: [ArraySlice<UInt8>: UInt64] = [:]
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            guard bytes[start] != UInt8(ascii: "#"), let tab = bytes[start..<end].firstIndex(of: 0x09) else { continue }
            let category = bytes[start..<tab]
            let hash = categoryOf[category] ?? WordHash.exactHash(String(decoding: category, as: UTF8.self))
            categoryOf[category] = hash
            add(phraseBytes: Array(bytes[(tab + 1)..<end]), categoryHash: hash)
        }
    }

    public mutating func add(phrase: String, category: String) {
        add(phraseBytes: Array(phrase.utf8), categoryHash: WordHash.exactHash(category))
    }

    /// Tokenizes the phrase as text is tokenized (no whole analysis: a
    /// gazetteer has tens of thousands of phrases) and indexes its prefixes.
    mutating func add(phraseBytes bytes: [UInt8], categoryHash: UInt64) {
        let tokens = Tokenizer.tokenize(bytes)
        guard !tokens.isEmpty else { return }
        var h = WordHash.offset
        for (k, t) in tokens.enumerated() {
            if k > 0 { h = WordHash.step(h, 0x20) }
            for b in bytes[t.byteStart..<t.byteEnd] { h = WordHash.step(h, b) }
            prefixes.set(h, 0)
        }
        // A phrase in several lists gets a combined category.
        if let existing = phrases.value(for: h) {
            categories[Int(existing)] = EntityFeatures.mix(categories[Int(existing)] ^ categoryHash)
        } else {
            phrases.set(h, Int32(categories.count))
            categories.append(categoryHash)
        }
        maxTokens = max(maxTokens, tokens.count)
        count += 1
    }

    func mark(_ s: EntityFeatures.Sentence, _ info: inout [EntityFeatures.TokenInfo]) {
        let n = s.ranges.count
        s.bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < n {
                var matched = 0
                var category: UInt64 = 0
                var h = WordHash.offset
                for k in 0..<min(maxTokens, n - i) {
                    if k > 0 { h = WordHash.step(h, 0x20) }
                    for j in s.ranges[i + k] { h = WordHash.step(h, bytes[j]) }
                    guard prefixes.contains(h) else { break }
                    if let c = phrases.value(for: h) { matched = k + 1; category = categories[Int(c)] }
                }
                if matched == 0 { i += 1; continue }
                for j in i..<(i + matched) {
                    info[j].gazetteer = EntityFeatures.mix(category ^ (j == i ? 1 : 2) ^ (matched == 1 ? 4 : 0))
                }
                i += matched
            }
        }
    }
}
