import Copydesk

/// Feature extraction for the entity tagger: hashed feature ids computed
/// from the bytes of each token, with no `String` built per token.
///
/// Every feature is a 64-bit hash of a template number and the values it
/// combines; the model maps hashes to weight rows.
public struct EntityFeatures: Sendable {
    /// Per-token values that several templates reuse, computed once.
    struct TokenInfo {
        var word: UInt64
        var lower: UInt64
        var shape: UInt64
        var shortShape: UInt64
        var prefix2: UInt64, prefix3: UInt64
        var suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
        var isCapitalized: Bool
        var isAllCaps: Bool
        var gazetteer: UInt64
        /// The word's clusters, coarse to fine (0: unknown or no clusters).
        var c64: UInt64 = 0, c256: UInt64 = 0, c1024: UInt64 = 0
    }

    /// A sentence of tokens as byte ranges into a buffer.
    public struct Sentence: Sendable {
        public var bytes: [UInt8]
        public var ranges: [Range<Int>]
        public init(bytes: [UInt8], ranges: [Range<Int>]) { self.bytes = bytes; self.ranges = ranges }
    }

    let gazetteer: Gazetteer?
    /// Word clusters, when the model was trained with them (its `clusters` info).
    let clusters: WordClusters?
    /// Whether the model reads the document's prediction history (`EntityHistory`; its `history` info).
    let history: Bool
    public init(gazetteer: Gazetteer?, clusters: WordClusters? = nil, history: Bool = false) {
        self.gazetteer = gazetteer
        self.clusters = clusters
        self.history = history
    }

    /// Features a token gets: 36 local ones, 6 of word clusters when the
    /// model has them, and 2 of the document's history last when it reads it.
    var perToken: Int { (clusters == nil ? 36 : 42) + (history ? 2 : 0) }

    /// A sentence's features, `perToken` a token, with what the history needs.
    public struct Extracted {
        public var features: [UInt64]
        public var perToken: Int
        /// Each token's history key: its exact word when capitalised, else 0.
        var words: [UInt64]
        /// Each token's short shape, which one history feature pairs with.
        var shapes: [UInt64]
    }


    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always) static func combine(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        mix(mix(mix(template &* 0x1000_0000_01B3 ^ a) ^ b) ^ c)
    }

    /// "Xxxx" → "Xx", "1,400" → "d,d", "U.S." → "X.X.": the word's shape with runs collapsed.
    @inline(__always) static func shapes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64, Bool, Bool) {
        var full = WordHash.offset, short = WordHash.offset
        var last: UInt8 = 0
        var count = 0
        var firstUpper = false, anyLower = false, anyLetter = false
        var first = true
        for i in range {
            let b = bytes[i]
            let c: UInt8
            if b >= 0x41 && b <= 0x5A { c = UInt8(ascii: "X"); anyLetter = true }
            else if b >= 0x61 && b <= 0x7A { c = UInt8(ascii: "x"); anyLower = true; anyLetter = true }
            else if b >= 0x30 && b <= 0x39 { c = UInt8(ascii: "d") }
            else if b >= 0x80 { c = b >= 0xC0 ? UInt8(ascii: "u") : 0; if b >= 0xC0 { anyLetter = true } }
            else { c = b }
            if c == 0 { continue }
            if first { firstUpper = c == UInt8(ascii: "X"); first = false }
            if c == last { count += 1 } else { count = 1 }
            if count <= 4 { full = WordHash.stepExact(full, c) }
            if c != last { short = WordHash.stepExact(short, c) }
            last = c
        }
        return (full, short, firstUpper && anyLetter, firstUpper && !anyLower && anyLetter)
    }

    func tokenInfo(_ s: Sentence) -> [TokenInfo] {
        s.bytes.withUnsafeBufferPointer { buf in
            s.ranges.map { r in
                let n = r.count
                let (full, short, cap, caps) = Self.shapes(buf, r)
                func affix(_ k: Int, suffix: Bool) -> UInt64 {
                    guard n >= k else { return 0 }
                    return WordHash.hash(buf, suffix ? (r.upperBound - k)..<r.upperBound : r.lowerBound..<(r.lowerBound + k))
                }
                let lower = WordHash.hash(buf, r)
                let word = WordHash.hash(buf, r, exact: true)
                var info = TokenInfo(word: word, lower: lower, shape: full, shortShape: short,
                                     prefix2: affix(2, suffix: false), prefix3: affix(3, suffix: false),
                                     suffix2: affix(2, suffix: true), suffix3: affix(3, suffix: true), suffix4: affix(4, suffix: true),
                                     isCapitalized: cap, isAllCaps: caps, gazetteer: 0)
                if let clusters { (info.c64, info.c256, info.c1024) = clusters.clusters(of: word) }
                return info
            }
        }
    }

    /// Feature hashes for every token of a sentence, `perToken` per token,
    /// flat; the history's slots hold an empty history's features.
    public func extract(_ s: Sentence) -> Extracted {
        var info = tokenInfo(s)
        if let gazetteer { gazetteer.mark(s, &info) }
        let n = info.count
        let perToken = self.perToken
        var out = [UInt64](repeating: 0, count: n * perToken)
        // A headline in capitals (CoNLL's "BRUSSELS 1996-08-22") changes what capitals mean.
        let letters = info.filter { $0.isCapitalized }.count
        let headline: UInt64 = n > 1 && info.filter(\.isAllCaps).count * 2 > n && letters > 0 ? 1 : 0
        let boundary = TokenInfo(word: 1, lower: 1, shape: 1, shortShape: 1, prefix2: 1, prefix3: 1, suffix2: 1, suffix3: 1, suffix4: 1,
                                 isCapitalized: false, isAllCaps: false, gazetteer: 1)
        for i in 0..<n {
            let t = info[i]
            let p1 = i > 0 ? info[i - 1] : boundary
            let p2 = i > 1 ? info[i - 2] : boundary
            let n1 = i + 1 < n ? info[i + 1] : boundary
            let n2 = i + 2 < n ? info[i + 2] : boundary
            let start = UInt64(i == 0 ? 1 : 0)
            var f = i * perToken
            func add(_ h: UInt64) { out[f] = h; f += 1 }
            add(Self.combine(0, 0))
            add(Self.combine(1, t.word))
            add(Self.combine(2, t.lower))
            add(Self.combine(3, t.shape))
            add(Self.combine(4, t.suffix2))
            add(Self.combine(5, t.suffix3))
            add(Self.combine(6, t.suffix4))
            add(Self.combine(7, t.prefix2))
            add(Self.combine(8, t.prefix3))
            add(Self.combine(9, p1.lower))
            add(Self.combine(10, n1.lower))
            add(Self.combine(11, p2.lower))
            add(Self.combine(12, n2.lower))
            add(Self.combine(13, p1.shortShape, t.shortShape))
            add(Self.combine(14, t.shortShape, n1.shortShape))
            add(Self.combine(15, p1.lower, t.lower))
            add(Self.combine(16, t.lower, n1.lower))
            add(Self.combine(17, start, t.shortShape))
            add(Self.combine(18, headline, t.lower))
            add(Self.combine(19, headline, t.shortShape, start))
            add(Self.combine(20, t.gazetteer))
            add(Self.combine(21, p1.gazetteer, t.gazetteer, n1.gazetteer))
            add(Self.combine(22, p1.shortShape, t.shortShape, n1.shortShape))
            add(Self.combine(23, t.gazetteer, t.shortShape))
            add(Self.combine(24, p1.word))
            add(Self.combine(25, n1.word))
            add(Self.combine(26, p1.shortShape, t.lower))
            add(Self.combine(27, t.lower, n1.shortShape))
            add(Self.combine(28, p2.shortShape, p1.shortShape, t.shortShape))
            add(Self.combine(29, t.shortShape, n1.shortShape, n2.shortShape))
            add(Self.combine(30, p1.gazetteer, t.shortShape))
            add(Self.combine(31, n1.gazetteer, t.shortShape))
            add(Self.combine(32, p1.suffix3))
            add(Self.combine(33, n1.suffix3))
            add(Self.combine(34, p1.shortShape, t.gazetteer))
            add(Self.combine(35, p2.lower, p1.lower))
            if clusters != nil {
                add(Self.combine(36, t.c64, t.shortShape))
                add(Self.combine(37, t.c256))
                add(Self.combine(38, t.c1024))
                add(Self.combine(39, p1.c256, t.c64))
                add(Self.combine(40, t.c64, n1.c256))
                add(Self.combine(41, t.c1024, t.gazetteer))
            }
            if history {
                add(EntityHistory.unseen.0)
                add(EntityHistory.unseen.1)
            }
        }
        guard history else { return Extracted(features: out, perToken: perToken, words: [], shapes: []) }
        return Extracted(features: out, perToken: perToken, words: info.map { $0.isCapitalized ? $0.word : 0 }, shapes: info.map(\.shortShape))
    }
}
