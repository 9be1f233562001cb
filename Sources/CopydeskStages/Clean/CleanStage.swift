import Copydesk
import Foundation

/// `clean`: Unicode normalisation, HTML removal, control characters,
/// whitespace. It rewrites `text`, so it must run before any tagging stage.
public struct CleanStage: Stage {
    public static let spec = StageSpec(
        name: "clean",
        summary: "Normalise Unicode, strip HTML and control characters, collapse whitespace keeping paragraph breaks.",
        options: [
            OptionSpec("normalization", .choice(["nfc", "nfkc", "none"]), default: .string("nfc"),
                       summary: "Unicode normalisation form; nfkc also folds compatibility characters (ligatures, full-width forms)."),
            OptionSpec("html", .boolean, default: .boolean(true), summary: "Remove HTML tags (and script/style bodies) and decode entities."),
            OptionSpec("plain_punctuation", .boolean, default: .boolean(false),
                       summary: "Replace typographic quotes, dashes and ellipses with plain ASCII ones."),
            OptionSpec("keep_original", .boolean, default: .boolean(false),
                       summary: "Keep the text as it was before cleaning in the field 'original_text'."),
        ],
        requires: [.text],
        invalidates: [.entities, .numbers, .summary],
        example: """
        - stage: clean
          with:
            normalization: nfkc
            plain_punctuation: true
        """
    )

    let normalization: String
    let html: Bool
    let plainPunctuation: Bool
    let keepOriginal: Bool

    public init(options: StageOptions, context: StageContext) throws {
        normalization = options.string("normalization") ?? "nfc"
        html = options.bool("html") ?? true
        plainPunctuation = options.bool("plain_punctuation") ?? false
        keepOriginal = options.bool("keep_original") ?? false
    }

    public func process(_ document: inout Document) throws {
        let (cleaned, map) = clean(document.text)
        // Bytes, not `==`: Swift's String equality is canonical equivalence,
        // so a change of normalisation alone would compare equal and be lost.
        guard !UTF8Scan.sameBytes(cleaned, document.text) else {
            if cleaned.isEmpty { throw DocumentError("the text is empty") }
            return
        }
        if cleaned.allSatisfy(\.isWhitespace) { throw DocumentError("the text is empty after cleaning") }
        // Offsets of annotations the input already carried would point into
        // the old text: refuse rather than silently corrupt them.
        if document.entities != nil || document.numbers != nil || document.summary != nil {
            throw DocumentError("cleaning changes the text, which would invalidate the annotations the document already carries")
        }
        if keepOriginal { document[field: "original_text"] = .string(document.text) }
        document.rewriteText(cleaned, map: map)
    }

    /// The cleaned text, and the map from it back to `input`: each step
    /// records its own map, composed onto the steps before it.
    func clean(_ input: String) -> (String, SourceMap) {
        var text = input
        var map: SourceMap? = nil
        if html, UTF8Scan.contains(text, UInt8(ascii: "<")) || UTF8Scan.contains(text, UInt8(ascii: "&")) {
            var builder = SourceMap.Builder()
            text = HTMLText.strip(text, map: &builder)
            map = builder.build(sourceLength: UTF8Scan.scalarCount(input))
        }
        // ASCII text is already in every normalisation form, and text of the
        // scalars news mostly has (Latin letters, punctuation, currency) in NFC.
        let ascii = UTF8Scan.isASCII(text)
        let form = ascii || normalization == "nfc" && Self.isNFCByItsScalars(text) ? "none" : normalization
        if form != "none" {
            let normalized = form == "nfkc" ? text.precomposedStringWithCompatibilityMapping : text.precomposedStringWithCanonicalMapping
            if !UTF8Scan.sameBytes(normalized, text) {
                let step = Self.normalizationMap(from: text, to: normalized, nfkc: form == "nfkc")
                map = map.map { step.composed(onto: $0) } ?? step
                text = normalized
            }
        }
        var builder = SourceMap.Builder()
        let collapsed = collapse(text, map: &builder)
        let step = builder.build(sourceLength: UTF8Scan.scalarCount(text))
        return (collapsed, map.map { step.composed(onto: $0) } ?? step)
    }

    /// Whether every scalar is below U+0300 (Latin-1, Latin Extended, IPA,
    /// spacing modifiers) or in U+2010–U+20CF (punctuation, super- and
    /// subscripts, currency signs): each of those is its own NFC form, with
    /// combining class 0, and composes with no neighbour (checked against
    /// Unicode 14 for every one of them), so such a text is already in NFC.
    static func isNFCByItsScalars(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2010..<0x20D0).contains($0.value) }
    }

    /// Drops control characters, turns runs of spaces into one space and runs
    /// of blank lines into one paragraph break, trims every line. Works on the
    /// UTF-8 bytes: ASCII takes no decoding, other scalars are decoded only to
    /// read their properties and are copied as they came.
    func collapse(_ text: String, map: inout SourceMap.Builder) -> String {
        var text = text
        // The output is never longer than the input: every run it replaces
        // is at least as long in bytes as what stands for it.
        return text.withUTF8 { bytes in UTF8Sink.string(capacity: bytes.count) { out in
            var pendingSpace = false
            var pendingNewlines = 0
            var i = 0
            // Scalars read, and the position after the last one kept: the
            // space or break written for a run stands for all of the run.
            var scalar = -1, keptEnd = 0
            while i < bytes.count {
                let b0 = bytes[i]
                let length = b0 < 0x80 ? 1 : b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
                var v = UInt32(b0)
                if length > 1 {
                    v &= length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
                    for k in 1..<length { v = v << 6 | UInt32(bytes[i + k] & 0x3F) }
                }
                let start = i
                i += length
                scalar += 1
                if v == 0x0A || v == 0x2028 || v == 0x2029 || v == 0x85 {
                    pendingNewlines += (v == 0x2029 ? 2 : 1)
                    pendingSpace = false
                    continue
                }
                if v == 0x0D { continue }
                if v < 0x80 {
                    // ASCII: no property look-ups.
                    if v == 0x20 || v == 0x09 || v == 0x0B || v == 0x0C { pendingSpace = true; continue }
                    if v < 0x20 || v == 0x7F { continue }
                } else if let scalar = Unicode.Scalar(v) {
                    if scalar.properties.isWhitespace {
                        pendingSpace = true
                        continue
                    }
                    let category = scalar.properties.generalCategory
                    if category == .control || category == .format && v != 0x200D || category == .unassigned || category == .surrogate { continue }
                }
                if !out.isEmpty {
                    let count = pendingNewlines >= 2 ? 2 : pendingNewlines == 1 || pendingSpace ? 1 : 0
                    if pendingNewlines > 0 {
                        out.append(0x0A)
                        if pendingNewlines >= 2 { out.append(0x0A) }
                    } else if pendingSpace {
                        out.append(0x20)
                    }
                    map.replace(keptEnd..<scalar, outputCount: count)
                }
                pendingSpace = false
                pendingNewlines = 0
                if plainPunctuation, v >= 0x80, let plain = Self.plain[v] {
                    out.append(plain)
                    map.replace(scalar..<(scalar + 1), outputCount: plain.unicodeScalars.count)
                } else {
                    // The printable ASCII after it is copied as it is, with
                    // nothing pending between: the whole run in one go.
                    var end = i
                    while end < bytes.count, bytes[end] > 0x20, bytes[end] < 0x7F { end += 1 }
                    out.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                    map.copy(scalar, count: 1 + end - i)
                    scalar += end - i
                    i = end
                }
                keptEnd = scalar + 1
            }
        } }
    }

    static let plain: [UInt32: String] = [
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"", 0x00AB: "\"", 0x00BB: "\"",
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
        0x2026: "...",
    ]
}
