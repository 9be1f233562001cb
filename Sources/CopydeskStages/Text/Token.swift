/// A token of a text, located both in UTF-8 bytes (for fast comparisons) and
/// in Unicode scalars (the wire format's offsets).
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits, hyphens, apostrophes or dots ("U.S.", "F-16").
        case word
        /// Digits with inner separators ("1,400", "3.5", "15:00", "3/4").
        case number
        /// One punctuation or symbol scalar, or an ellipsis.
        case punctuation
    }

    public var byteStart: Int
    public var byteEnd: Int
    /// Unicode scalar offsets, end exclusive.
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// Newlines between the previous token and this one.
    public var newlinesBefore: Int
    /// Whether whitespace separates this token from the previous one.
    public var spaceBefore: Bool
    public var firstIsUpper: Bool
    public var hasLower: Bool
    public var hasDigit: Bool

    /// Capitalised: an upper-case first letter ("Kyiv", "NATO", "U.S.").
    public var isCapitalized: Bool { kind == .word && firstIsUpper }
    /// Every letter upper case ("NATO", "U.S.", "G-7").
    public var isAllCaps: Bool { kind == .word && firstIsUpper && !hasLower }
}

/// A text with its UTF-8 bytes and tokens: what the language stages share.
public struct TokenizedText: Sendable {
    public let text: String
    public let bytes: [UInt8]
    public let tokens: [Token]

    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.tokens = Tokenizer.tokenize(bytes)
    }

    /// The token's text.
    public func string(_ token: Token) -> String {
        String(decoding: bytes[token.byteStart..<token.byteEnd], as: UTF8.self)
    }

    /// The text between two scalar offsets of tokens, from byte offsets.
    public func string(bytes range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The sentence's text, from its first token to its last.
    public func string(of sentence: Sentence) -> String {
        string(bytes: tokens[sentence.tokens.lowerBound].byteStart..<tokens[sentence.tokens.upperBound - 1].byteEnd)
    }

    /// Lower-cased ASCII token text, for table look-ups (non-ASCII kept as is),
    /// written straight into the string's storage.
    public func lower(_ token: Token) -> String {
        bytes.withUnsafeBufferPointer { Self.lower(token, in: $0) }
    }

    /// `lower(_:)` of every token, in one pass over the bytes.
    public func lowerTokens() -> [String] {
        bytes.withUnsafeBufferPointer { source in tokens.map { Self.lower($0, in: source) } }
    }

    private static func lower(_ token: Token, in source: UnsafeBufferPointer<UInt8>) -> String {
        let count = token.byteEnd - token.byteStart
        return String(unsafeUninitializedCapacity: count) { target in
            for k in 0..<count {
                let b = source[token.byteStart + k]
                target[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            }
            return count
        }
    }

    /// FNV-1a hashes of the lower-cased token bytes, and of the part before
    /// its first `-` (nil without one), each equal to `Self.hash` of that word.
    public func lowerHashes(_ token: Token) -> (whole: UInt64, beforeHyphen: UInt64?) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var prefix: UInt64? = nil
        for i in token.byteStart..<token.byteEnd {
            var b = bytes[i]
            if b == UInt8(ascii: "-") && prefix == nil { prefix = h }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return (h, prefix)
    }

    /// FNV-1a hash of a lower-case word, matching `lowerHash`.
    public static func hash(_ word: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Whether the token's bytes equal `word` exactly.
    public func equals(_ token: Token, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard token.byteEnd - token.byteStart == n else { return false }
        for i in 0..<n where bytes[token.byteStart + i] != word.utf8Start[i] { return false }
        return true
    }
}
