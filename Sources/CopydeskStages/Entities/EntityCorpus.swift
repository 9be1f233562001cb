import Copydesk
import Foundation

/// Training and evaluation data for the entity tagger: CoNLL-2003 files
/// (`token POS chunk tag` lines, blank lines between sentences) or wire-format
/// JSON Lines documents with `entities`. Both are re-tokenized with Copydesk's
/// own tokenizer, so a model sees at training time exactly what it sees in a
/// pipeline.
public enum EntityCorpus {
    /// The standard CoNLL label set, in this order.
    public static let conllLabels = ["PER", "ORG", "LOC", "MISC"]

    /// Sentences of a CoNLL file as (tokens, tags).
    public static func readCoNLL(_ path: String) throws -> [(tokens: [String], tags: [String])] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw DocumentError("cannot read CoNLL file '\(path)'") }
        var sentences: [(tokens: [String], tags: [String])] = []
        var tokens: [String] = [], tags: [String] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("-DOCSTART-") { continue }
            let fields = line.split(separator: " ")
            if fields.isEmpty {
                if !tokens.isEmpty { sentences.append((tokens, tags)); tokens = []; tags = [] }
                continue
            }
            guard fields.count >= 2 else { throw DocumentError("\(path):\(n + 1): expected 'token ... tag'") }
            tokens.append(String(fields[0]))
            tags.append(String(fields[fields.count - 1]))
        }
        if !tokens.isEmpty { sentences.append((tokens, tags)) }
        return sentences
    }

    /// CoNLL sentences as tagged examples: tokens joined by spaces (as the
    /// scorer's input is), re-tokenized, gold tags projected onto the tokens.
    public static func examples(conll: [(tokens: [String], tags: [String])], tags: EntityTags) -> [TaggedSentence] {
        conll.map { sentence in
            var spans: [(Range<Int>, String)] = []
            var text = ""
            var previous = 0
            var openLabel: String? = nil
            var openStart = 0
            for (i, token) in sentence.tokens.enumerated() {
                if i > 0 { text += " " }
                let start = text.unicodeScalars.count
                text += token
                let tag = sentence.tags[i]
                let label = tag == "O" ? nil : String(tag.dropFirst(2))
                let begins = tag.hasPrefix("B-") || label != openLabel
                if let open = openLabel, label != open || begins { spans.append((openStart..<previous, open)) ; openLabel = nil }
                if let label, openLabel == nil { openLabel = label; openStart = start }
                previous = text.unicodeScalars.count
            }
            if let open = openLabel { spans.append((openStart..<previous, open)) }
            return example(text: TextAnalysis(text), tokens: nil, entities: spans, tags: tags)
        }
    }

    /// Wire-format documents with entities, split into sentences.
    public static func examples(documents: [Document], tags: EntityTags) -> [TaggedSentence] {
        var out: [TaggedSentence] = []
        for d in documents {
            let text = d.analysis
            let entities = (d.entities ?? []).map { ($0.start..<$0.end, $0.label) }
            for s in text.sentences { out.append(example(text: text, tokens: s.tokens, entities: entities, tags: tags)) }
        }
        return out
    }

    /// Labels each token inside an entity span (by scalar offsets).
    static func example(text: TextAnalysis, tokens range: Range<Int>?, entities: [(Range<Int>, String)], tags: EntityTags) -> TaggedSentence {
        let range = range ?? 0..<text.tokens.count
        var spans: [(Range<Int>, Int)] = []
        for (span, label) in entities {
            guard let l = tags.labels.firstIndex(of: label) else { continue }
            // k counts tokens of the sentence from 0 (not `range.indices`, which are the document's).
            let inside = (0..<range.count).filter { k in
                let t = text.tokens[range.lowerBound + k]
                return t.start >= span.lowerBound && t.start < span.upperBound
            }
            if let first = inside.first, let last = inside.last { spans.append((first..<(last + 1), l)) }
        }
        return TaggedSentence(sentence: EntityFeatures.Sentence(text: text, tokens: range), tags: tags.encode(spans, count: range.count))
    }
}

extension EntityFeatures.Sentence {
    /// The tokens of one sentence copied into a buffer, separated by single
    /// spaces, so that phrase look-ups are byte slices. Typographic quotes and
    /// dashes are written as the ASCII ones the training text uses ("Biden’s"
    /// reads as "Biden 's"); offsets come from the tokens, not this buffer.
    public init(text: TextAnalysis, tokens range: Range<Int>) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(range.count)
        // The tokens and a space between each two: never more bytes than that.
        if let first = range.first, let last = range.last {
            bytes.reserveCapacity(text.tokens[last].byteEnd - text.tokens[first].byteStart + range.count)
        }
        for i in range {
            let t = text.tokens[i]
            if !bytes.isEmpty { bytes.append(0x20) }
            let start = bytes.count
            Self.appendPlain(text.bytes[t.byteStart..<t.byteEnd], to: &bytes)
            ranges.append(start..<bytes.count)
        }
        self.init(bytes: bytes, ranges: ranges)
    }

    static func appendPlain(_ token: ArraySlice<UInt8>, to bytes: inout [UInt8]) {
        // Most tokens have no 0xE2 lead byte, and go in as they are.
        if !token.contains(0xE2) {
            bytes.append(contentsOf: token)
            return
        }
        var i = token.startIndex
        while i < token.endIndex {
            // U+2018/2019 → ', U+201C/201D → ", U+2013/2014 → -
            if token[i] == 0xE2, i + 2 < token.endIndex, token[i + 1] == 0x80 {
                switch token[i + 2] {
                case 0x98, 0x99: bytes.append(0x27); i += 3; continue
                case 0x9C, 0x9D: bytes.append(0x22); i += 3; continue
                case 0x93, 0x94: bytes.append(0x2D); i += 3; continue
                default: break
                }
            }
            bytes.append(token[i])
            i += 1
        }
    }
}
