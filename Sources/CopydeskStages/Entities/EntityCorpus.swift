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

    /// Sentences of a CoNLL file as (tokens, tags, document): documents are
    /// numbered from 0 at each `-DOCSTART-` line, or, in a file without them
    /// (as `eng.train` is shipped here), at each Reuters dateline.
    public static func readCoNLL(_ path: String) throws -> [(tokens: [String], tags: [String], document: Int)] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw DocumentError("cannot read CoNLL file '\(path)'") }
        var sentences: [(tokens: [String], tags: [String], document: Int)] = []
        var tokens: [String] = [], tags: [String] = []
        var document = 0, marked = false
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("-DOCSTART-") {
                if !sentences.isEmpty || !tokens.isEmpty { document += 1 }
                marked = true
                continue
            }
            let fields = line.split(separator: " ")
            if fields.isEmpty {
                if !tokens.isEmpty { sentences.append((tokens, tags, document)); tokens = []; tags = [] }
                continue
            }
            guard fields.count >= 2 else { throw DocumentError("\(path):\(n + 1): expected 'token ... tag'") }
            tokens.append(String(fields[0]))
            tags.append(String(fields[fields.count - 1]))
        }
        if !tokens.isEmpty { sentences.append((tokens, tags, document)) }
        return marked ? sentences : numberedByDatelines(sentences)
    }

    /// Numbers the documents of a Reuters text without `-DOCSTART-` lines: a
    /// story opens with its headline, sometimes a byline ("Peter Blackburn"),
    /// then a dateline of capitalised place words and a date ("BRUSSELS
    /// 1996-08-22", "AKRON , Ohio 1996-08-22"). Each dateline starts a
    /// document at its headline.
    static func numberedByDatelines(_ sentences: [(tokens: [String], tags: [String], document: Int)]) -> [(tokens: [String], tags: [String], document: Int)] {
        func isDate(_ w: String) -> Bool {
            let b = Array(w.utf8)
            return b.count == 10 && b[4] == 0x2D && b[7] == 0x2D && b.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || (0x30...0x39).contains($0.element) }
        }
        func isDateline(_ t: [String]) -> Bool {
            guard t.count >= 2, t.count <= 7, let last = t.last, isDate(last) else { return false }
            return t.dropLast().allSatisfy { $0 == "," || $0.first?.isUppercase == true }
        }
        func isByline(_ t: [String]) -> Bool { t.count <= 3 && t.allSatisfy { $0.first?.isUppercase == true && $0.contains(where: \.isLowercase) } }
        var starts = Set<Int>()
        for (i, s) in sentences.enumerated() where i > 0 && isDateline(s.tokens) {
            starts.insert(i >= 2 && isByline(sentences[i - 1].tokens) ? i - 2 : i - 1)
        }
        var out = sentences
        var document = 0
        for i in out.indices {
            if i > 0 && starts.contains(i) { document += 1 }
            out[i].document = document
        }
        return out
    }

    /// CoNLL sentences as tagged examples: tokens joined by spaces (as the
    /// scorer's input is), re-tokenized, gold tags projected onto the tokens.
    public static func examples(conll: [(tokens: [String], tags: [String], document: Int)], tags: EntityTags) -> [TaggedSentence] {
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
            var example = example(text: TextAnalysis(text), tokens: nil, entities: spans, tags: tags)
            example.document = sentence.document
            return example
        }
    }

    /// Wire-format documents with entities, split into sentences.
    public static func examples(documents: [Document], tags: EntityTags) -> [TaggedSentence] {
        var out: [TaggedSentence] = []
        for (n, d) in documents.enumerated() {
            let text = d.analysis
            let entities = (d.entities ?? []).map { ($0.start..<$0.end, $0.label) }
            for s in text.sentences {
                var example = example(text: text, tokens: s.tokens, entities: entities, tags: tags)
                example.document = n
                out.append(example)
            }
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
