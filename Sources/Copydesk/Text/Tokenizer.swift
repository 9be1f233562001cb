/// Splits UTF-8 text into words, numbers and punctuation in one pass over
/// the bytes, counting Unicode scalars as it goes.
///
/// Choices follow the CoNLL/Penn conventions the taggers were trained on:
/// possessive `'s` is a token of its own ("Ukraine's" → "Ukraine", "'s"),
/// hyphenated words and designators stay whole ("surface-to-air", "F-16"),
/// dotted acronyms keep their dots ("U.S."), numbers keep their inner
/// separators ("1,400", "3.5", "15:00", "136/131").
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        // News runs about 5 bytes a token: a quarter of the bytes holds most
        // texts without the doubling growth (which would leave up to half of
        // a 10 MB document's tokens array unused).
        tokens.reserveCapacity(bytes.count / 4 + 16)
        bytes.withUnsafeBufferPointer { buf in
            var scanner = Scanner(bytes: buf)
            scanner.run(into: &tokens)
        }
        // The array lives as long as the document's analysis: give back what
        // the estimate (or the doubling, on punctuation-dense text) left over,
        // unless that is a few kilobytes (a short text, a gazetteer phrase),
        // not worth a second array and a copy.
        let unused = tokens.capacity - tokens.count
        guard unused > tokens.count / 8, unused > 256 else { return tokens }
        return Array(unsafeUninitializedCapacity: tokens.count) { target, count in
            count = target.initialize(fromContentsOf: tokens)
        }
    }

    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var scalar = 0
        var newlines = 0
        var space = false

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Decodes the scalar at byte `at`: (value, byte length).
        func decode(_ at: Int) -> (UInt32, Int) {
            let b0 = bytes[at]
            if b0 < 0x80 { return (UInt32(b0), 1) }
            let n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
            guard at + n <= bytes.count else { return (0xFFFD, 1) }
            var v = UInt32(b0) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
            for k in 1..<n { v = v << 6 | (UInt32(bytes[at + k]) & 0x3F) }
            return (v, n)
        }

        func isLetter(_ c: UInt32) -> Bool {
            if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
            guard let s = Unicode.Scalar(c) else { return false }
            return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
        }

        func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

        func isSpace(_ c: UInt32) -> Bool {
            c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C || c == 0xA0
                || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0x2028 || c == 0x2029
        }

        func isUpper(_ c: UInt32) -> Bool {
            if c < 0x80 { return c >= 0x41 && c <= 0x5A }
            return Unicode.Scalar(c)?.properties.isUppercase ?? false
        }

        func isLower(_ c: UInt32) -> Bool {
            if c < 0x80 { return c >= 0x61 && c <= 0x7A }
            return Unicode.Scalar(c)?.properties.isLowercase ?? false
        }

        func peek(_ at: Int) -> UInt32? { at < bytes.count ? decode(at).0 : nil }

        mutating func run(into tokens: inout [Token]) {
            while i < bytes.count {
                let (c, n) = decode(i)
                if isSpace(c) {
                    if c == 0x0A || c == 0x2028 || c == 0x2029 { newlines += 1 }
                    space = true
                    i += n
                    scalar += 1
                    continue
                }
                let startByte = i, startScalar = scalar
                var kind = Token.Kind.punctuation
                var firstUpper = false, hasLower = false, hasDigit = false
                if isLetter(c) || isDigit(c) {
                    (kind, firstUpper, hasLower, hasDigit) = word(first: c, from: startByte)
                } else if (c == 0x27 || c == 0x2019), let last = tokens.last, last.byteEnd == i, last.kind == .word,
                          let s = peek(i + n), s | 0x20 == 0x73, !(peek(i + n + 1).map { isLetter($0) || isDigit($0) } ?? false) {
                    // Possessive "'s" after a word is one token, as in CoNLL and the Penn Treebank.
                    i += n + 1; scalar += 2
                } else if c == 0x2E, i + 2 < bytes.count, bytes[i + 1] == 0x2E, bytes[i + 2] == 0x2E {
                    i += 3; scalar += 3
                    while i < bytes.count, bytes[i] == 0x2E, i - startByte < Token.maxBytes { i += 1; scalar += 1 }
                } else {
                    i += n; scalar += 1
                }
                tokens.append(Token(byteStart: startByte, byteEnd: i, start: startScalar, end: scalar, kind: kind,
                                    newlinesBefore: newlines, spaceBefore: space || tokens.isEmpty,
                                    firstIsUpper: firstUpper, hasLower: hasLower, hasDigit: hasDigit))
                newlines = 0
                space = false
            }
        }

        /// Consumes a word or number starting at `i` (= `from`), of at most `Token.maxBytes`.
        mutating func word(first: UInt32, from: Int) -> (Token.Kind, Bool, Bool, Bool) {
            var hasLetter = false, hasLower = false, hasDigit = false
            let firstUpper = isUpper(first)
            var letters = 0
            var previous: UInt32 = 0
            // Letters of a "U.S"-shaped word so far (single ASCII letters
            // between dots), -1 once it is not one: kept as the word grows,
            // since rescanning at every dot is quadratic on "a.a.a.a…".
            var acronym = 0
            // Room for the longest scalar, and for the final dot of an acronym after it.
            let limit = from + Token.maxBytes - 5
            while i < bytes.count, i < limit {
                let (c, n) = decode(i)
                if isLetter(c) {
                    hasLetter = true; letters += 1
                    if isLower(c) { hasLower = true }
                } else if isDigit(c) {
                    hasDigit = true
                } else {
                    let nextAt = i + n
                    guard let next = peek(nextAt) else { break }
                    let prevIsDigit = isDigit(previous), prevIsAlnum = prevIsDigit || isLetter(previous)
                    var joins = false
                    switch c {
                    case 0x2D: // hyphen inside a word or designator: "surface-to-air", "F-16", "COVID-19"
                        joins = prevIsAlnum && (isLetter(next) || isDigit(next))
                    case 0x2E: // decimal point, or a dotted acronym "U.S."
                        if prevIsDigit && isDigit(next) && !hasLetter { joins = true }
                        else if letters == 1 || acronym >= 2 {
                            if isLetter(next), let after = peek(nextAt + decode(nextAt).1), after == 0x2E {
                                joins = true
                            } else if acronym >= 2 {
                                // the final dot of "U.S." belongs to it
                                i += n; scalar += 1
                                return (.word, firstUpper, hasLower, hasDigit)
                            }
                        }
                    case 0x2C: // thousands separator "1,400"
                        joins = prevIsDigit && !hasLetter && isDigit(next) && (threeDigits(at: nextAt) || indianGroups(at: nextAt))
                    case 0x3A, 0x2F: // "15:00", "3/4", "136/131"
                        joins = prevIsDigit && !hasLetter && isDigit(next)
                    case 0x27, 0x2019: // apostrophe: split off possessive 's, keep "O'Brien", "don't"
                        if prevIsAlnum && isLetter(next) {
                            let isPossessive = (next | 0x20) == 0x73 && !(peek(nextAt + 1).map(isLetter) ?? false)
                            joins = !isPossessive
                        }
                    default: joins = false
                    }
                    guard joins else { break }
                }
                if acronym >= 0 {
                    let asciiLetter = c < 0x80 && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
                    if asciiLetter && (previous == 0 || previous == 0x2E) { acronym += 1 }
                    else if !(c == 0x2E && previous != 0 && previous != 0x2E) { acronym = -1 }
                }
                previous = c
                i += n
                scalar += 1
            }
            return (hasLetter ? .word : .number, firstUpper, hasLower, hasDigit)
        }

        /// "34,567" after "12,": pairs of digits ending in a group of three, as Indian numbers group them ("12,34,567").
        func indianGroups(at: Int) -> Bool {
            var k = at
            while k + 3 <= bytes.count, isDigit(UInt32(bytes[k])), isDigit(UInt32(bytes[k + 1])), bytes[k + 2] == 0x2C {
                k += 3
                if threeDigits(at: k) { return true }
            }
            return false
        }

        func threeDigits(at: Int) -> Bool {
            guard at + 3 <= bytes.count else { return false }
            for k in 0..<3 where !isDigit(UInt32(bytes[at + k])) { return false }
            return at + 3 == bytes.count || !isDigit(UInt32(bytes[at + 3]))
        }
    }
}
