import Foundation

/// Phrase lists by category (`LOC.country`, `PER.first`, …) that the tagger
/// reads as features: which list a token's longest matching phrase is in,
/// and whether the token begins it. Matched on lower-cased token bytes, so
/// that all-caps headlines ("BRUSSELS") match too; the tagger combines the
/// match with the token's shape.
public struct Gazetteer: Sendable {
    /// Phrase (tokens joined by one space) → category hash.
    var phrases: [String: UInt64] = [:]
    var maxTokens = 1
    public private(set) var count = 0

    public init() {}

    /// Reads `category<TAB>phrase` lines.
    public init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            add(phrase: String(parts[1]), category: String(parts[0]))
        }
    }

    public mutating func add(phrase: String, category: String) {
        let words = phrase.split(separator: " ")
        guard !words.isEmpty else { return }
        var h = EntityFeatures.fnvOffset
        for b in category.utf8 { h = (h ^ UInt64(b)) &* EntityFeatures.fnvPrime }
        let key = words.joined(separator: " ").lowercased()
        // A phrase in several lists gets a combined category.
        phrases[key] = phrases[key].map { EntityFeatures.mix($0 ^ h) } ?? h
        maxTokens = max(maxTokens, words.count)
        count += 1
    }

    func mark(_ s: EntityFeatures.Sentence, _ info: inout [EntityFeatures.TokenInfo]) {
        let n = s.ranges.count
        var i = 0
        while i < n {
            var matched = 0
            var category: UInt64 = 0
            var k = min(maxTokens, n - i)
            while k >= 1 {
                // Tokens in the sentence buffer are separated by single spaces, so the slice is the phrase.
                let bytes = s.bytes[s.ranges[i].lowerBound..<s.ranges[i + k - 1].upperBound].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
                if let c = phrases[String(decoding: bytes, as: UTF8.self)] { matched = k; category = c; break }
                k -= 1
            }
            if matched == 0 { i += 1; continue }
            for j in i..<(i + matched) {
                info[j].gazetteer = EntityFeatures.mix(category ^ (j == i ? 1 : 2) ^ (matched == 1 ? 4 : 0))
            }
            i += matched
        }
    }
}
