/// A token of a text, located both in UTF-8 bytes (for fast comparisons) and
/// in Unicode scalars (the wire format's offsets).
///
/// Stored in 16 bytes (32-bit starts, so texts up to 4 GiB; 16-bit lengths,
/// so a token is at most `maxBytes` long, which the tokenizer keeps to; flags
/// in one byte): a 10 MB document has over a million tokens, and every stage
/// walks them.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with digits, hyphens, apostrophes or dots ("U.S.", "F-16").
        case word
        /// Digits with inner separators ("1,400", "3.5", "15:00", "3/4").
        case number
        /// One punctuation or symbol scalar, or an ellipsis.
        case punctuation
    }

    /// The longest token in UTF-8 bytes: a longer run of letters (a base64
    /// blob, say) is cut into tokens of at most this many.
    public static let maxBytes = Int(UInt16.max)

    private var _byteStart: UInt32
    private var _start: UInt32
    private var _byteLength: UInt16
    private var _length: UInt16
    private var _newlines: UInt16
    public var kind: Kind
    private var flags: UInt8

    /// `byteEnd - byteStart` (and so `end - start`) is at most `maxBytes`.
    public init(byteStart: Int, byteEnd: Int, start: Int, end: Int, kind: Kind, newlinesBefore: Int, spaceBefore: Bool,
                firstIsUpper: Bool, hasLower: Bool, hasDigit: Bool) {
        _byteStart = UInt32(truncatingIfNeeded: byteStart)
        _start = UInt32(truncatingIfNeeded: start)
        _byteLength = UInt16(clamping: byteEnd - byteStart)
        _length = UInt16(clamping: end - start)
        _newlines = UInt16(clamping: newlinesBefore)
        self.kind = kind
        flags = (spaceBefore ? 1 : 0) | (firstIsUpper ? 2 : 0) | (hasLower ? 4 : 0) | (hasDigit ? 8 : 0)
    }

    // Setting a start keeps the end where it was, as separate fields would.
    public var byteStart: Int {
        get { Int(_byteStart) }
        set { let end = byteEnd; _byteStart = UInt32(truncatingIfNeeded: newValue); _byteLength = UInt16(clamping: end - newValue) }
    }
    public var byteEnd: Int {
        get { Int(_byteStart) + Int(_byteLength) }
        set { _byteLength = UInt16(clamping: newValue - byteStart) }
    }
    /// Unicode scalar offsets, end exclusive.
    public var start: Int {
        get { Int(_start) }
        set { let end = self.end; _start = UInt32(truncatingIfNeeded: newValue); _length = UInt16(clamping: end - newValue) }
    }
    public var end: Int {
        get { Int(_start) + Int(_length) }
        set { _length = UInt16(clamping: newValue - start) }
    }
    /// Newlines between the previous token and this one (counted up to 65,535).
    public var newlinesBefore: Int { get { Int(_newlines) } set { _newlines = UInt16(clamping: newValue) } }
    /// Whether whitespace separates this token from the previous one.
    public var spaceBefore: Bool { get { flag(1) } set { set(1, newValue) } }
    public var firstIsUpper: Bool { get { flag(2) } set { set(2, newValue) } }
    public var hasLower: Bool { get { flag(4) } set { set(4, newValue) } }
    public var hasDigit: Bool { get { flag(8) } set { set(8, newValue) } }

    @inline(__always) private func flag(_ bit: UInt8) -> Bool { flags & bit != 0 }
    @inline(__always) private mutating func set(_ bit: UInt8, _ on: Bool) { flags = on ? flags | bit : flags & ~bit }

    /// Capitalised: an upper-case first letter ("Kyiv", "NATO", "U.S.").
    public var isCapitalized: Bool { kind == .word && firstIsUpper }
    /// Every letter upper case ("NATO", "U.S.", "G-7").
    public var isAllCaps: Bool { kind == .word && firstIsUpper && !hasLower }
}

/// The analysis of a text that every language stage shares, spaCy's `Doc`
/// in spirit: the UTF-8 bytes, the tokens, the sentences and the derived
/// word forms, each made once and read by every stage that needs it.
///
/// A `Document` carries one (`Document.analysis`), built on first use and
/// dropped whenever the document's `text` changes. It is immutable once made
/// (the derived forms are filled in on first use, under a lock), so one
/// analysis may be read from any thread.
public final class TextAnalysis: Sendable {
    public let text: String
    public let bytes: [UInt8]
    public let tokens: [Token]
    private let sentenceCache = LazyValue<[Sentence]>()

    /// Tokenizes `text` (and nothing more: sentences and word forms wait for their first use).
    public init(_ text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.tokens = Tokenizer.tokenize(bytes)
    }

    /// The sentences, split by `SentenceSplitter.english`, covering every token.
    public var sentences: [Sentence] { sentenceCache.get { SentenceSplitter.english.split(self) } }

    /// `lower(_:)` of every token, each made when read.
    public var lowerTokens: LowerTokens { LowerTokens(analysis: self) }

    /// `lowerHashes(_:)` of every token, each computed when read.
    public var lowerHashes: LowerHashes { LowerHashes(analysis: self) }

    /// The token's text.
    public func string(_ token: Token) -> String {
        String(decoding: bytes[token.byteStart..<token.byteEnd], as: UTF8.self)
    }

    /// The text of a range of UTF-8 bytes.
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

    /// `WordHash` of a token's bytes, and of the part before its first `-`.
    ///
    /// 16 bytes, not the 24 of an optional: one per token of every document.
    /// A token without `-` stores its whole hash twice; a token with one whose
    /// prefix hashes to the same value as the whole (odds 2⁻⁶⁴) reads as
    /// having none.
    public struct LowerHash: Sendable, Hashable {
        public var whole: UInt64
        private var prefix: UInt64

        public init(whole: UInt64, beforeHyphen: UInt64?) {
            self.whole = whole
            prefix = beforeHyphen ?? whole
        }

        /// nil when the token has no `-`.
        public var beforeHyphen: UInt64? { prefix == whole ? nil : prefix }
    }

    /// `WordHash.hash` of the token's bytes, and of the part before its first `-`.
    public func lowerHashes(_ token: Token) -> LowerHash {
        bytes.withUnsafeBufferPointer { bytes in
            var h = WordHash.offset
            var prefix: UInt64 = 0, hyphen = false
            for i in token.byteStart..<token.byteEnd {
                let b = bytes[i]
                if b == UInt8(ascii: "-") && !hyphen { prefix = h; hyphen = true }
                h = WordHash.step(h, b)
            }
            return LowerHash(whole: h, beforeHyphen: hyphen ? prefix : nil)
        }
    }

    /// Whether the token's bytes equal `word` exactly.
    public func equals(_ token: Token, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard token.byteEnd - token.byteStart == n else { return false }
        for i in 0..<n where bytes[token.byteStart + i] != word.utf8Start[i] { return false }
        return true
    }
}
