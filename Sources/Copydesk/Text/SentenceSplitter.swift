/// A sentence: a range of tokens and the scalar span they cover.
public struct Sentence: Sendable, Hashable {
    public var tokens: Range<Int>
    public var start: Int
    public var end: Int
}

/// Rule-based sentence splitter over tokens, shared by every language stage.
///
/// A line break always ends a sentence (headlines and paragraphs carry no
/// final stop). A `.`, `!`, `?` or ellipsis ends one, with the closing quotes
/// and brackets after it, unless the next word starts lower case, or the
/// stop closes an abbreviation, a title or an initial ("U.S.", "Gen.",
/// "J. K.") and the next word is not a typical sentence opener. Decimals and
/// prices never reach here as stops: the tokenizer keeps "3.5" and "£102.80"
/// whole.
public struct SentenceSplitter: Sendable {
    /// Abbreviations whose stop rarely ends a sentence (lower case, no final dot).
    public var abbreviations: Set<String>
    /// Titles before a name: their stop never ends a sentence.
    public var titles: Set<String>
    /// Capitalised words that start a new sentence even after an abbreviation.
    public var sentenceStarters: Set<String>

    public init(abbreviations: Set<String>, titles: Set<String>, sentenceStarters: Set<String>) {
        self.abbreviations = abbreviations
        self.titles = titles
        self.sentenceStarters = sentenceStarters
    }

    /// A splitter with the lists of `data`.
    public init(_ data: LanguageData) {
        self.init(abbreviations: data.abbreviations, titles: data.titles, sentenceStarters: data.sentenceStarters)
    }

    /// The splitter of `TextAnalysis.sentences`, over the bundled English lists.
    public static let english = SentenceSplitter(LanguageData.bundledOrEmpty)

    /// The sentences of `text`, in order, covering every token.
    public func split(_ text: TextAnalysis) -> [Sentence] {
        let tokens = text.tokens
        var sentences: [Sentence] = []
        var begin = 0
        var i = 0
        func close(_ endToken: Int) {
            guard endToken > begin else { return }
            sentences.append(Sentence(tokens: begin..<endToken, start: tokens[begin].start, end: tokens[endToken - 1].end))
            begin = endToken
        }
        while i < tokens.count {
            let token = tokens[i]
            if i > begin, token.newlinesBefore > 0 { close(i) }
            guard isTerminator(text, token) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count, !tokens[end].spaceBefore, isCloser(text, tokens[end]) { end += 1 }
            if end >= tokens.count { close(end); i = end; continue }
            let next = tokens[end]
            if next.newlinesBefore > 0 || endsSentence(text, at: i, closersAfter: end > i + 1, next: next) {
                close(end)
            }
            i = end
        }
        close(tokens.count)
        return sentences
    }

    func isTerminator(_ text: TextAnalysis, _ token: Token) -> Bool {
        if token.kind == .punctuation {
            let b = text.bytes[token.byteStart]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return true }
            return text.equals(token, "…")
        }
        // A dotted acronym carries its stop ("U.S.").
        return token.kind == .word && text.bytes[token.byteEnd - 1] == UInt8(ascii: ".")
    }

    func isCloser(_ text: TextAnalysis, _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let b = text.bytes[token.byteStart]
        return b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") || b == UInt8(ascii: ")") || b == UInt8(ascii: "]")
            || text.equals(token, "”") || text.equals(token, "’") || text.equals(token, "»")
    }

    func endsSentence(_ text: TextAnalysis, at i: Int, closersAfter: Bool, next: Token) -> Bool {
        let tokens = text.tokens
        let token = tokens[i]
        let nextIsLower = next.kind == .word && !next.firstIsUpper && next.hasLower
        if nextIsLower { return false }
        let starter = next.isCapitalized && sentenceStarters.contains(text.lower(next))
        if token.kind == .word {
            // "U.S." at the end of a sentence, or inside one before a name.
            return starter || next.kind == .punctuation && !isOpener(text, next)
        }
        let isStop = text.bytes[token.byteStart] == UInt8(ascii: ".") && token.byteEnd - token.byteStart == 1
        if isStop && !closersAfter, i > 0, tokens[i - 1].end == token.start, tokens[i - 1].kind == .word {
            let previous = text.lower(tokens[i - 1])
            if titles.contains(previous) { return false }
            let isInitial = tokens[i - 1].byteEnd - tokens[i - 1].byteStart == 1 && tokens[i - 1].firstIsUpper
            if abbreviations.contains(previous) || isInitial { return starter }
        }
        if !isStop && !closersAfter && text.bytes[token.byteStart] == UInt8(ascii: ".") {
            return starter // an ellipsis inside a sentence
        }
        return true
    }

    func isOpener(_ text: TextAnalysis, _ token: Token) -> Bool {
        let b = text.bytes[token.byteStart]
        return b == UInt8(ascii: "\"") || b == UInt8(ascii: "(") || text.equals(token, "“") || text.equals(token, "‘")
    }
}
