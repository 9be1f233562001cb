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
        let cleaned = clean(document.text)
        guard cleaned != document.text else {
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
        document.text = cleaned
    }

    /// The cleaned text.
    func clean(_ input: String) -> String {
        var text = input
        if html, text.utf8.contains(UInt8(ascii: "<")) || text.utf8.contains(UInt8(ascii: "&")) { text = HTMLText.strip(text) }
        // ASCII text is already in every normalisation form.
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        switch ascii ? "none" : normalization {
        case "nfkc": text = text.precomposedStringWithCompatibilityMapping
        case "nfc": text = text.precomposedStringWithCanonicalMapping
        default: break
        }
        return collapse(text)
    }

    /// Drops control characters, turns runs of spaces into one space and runs
    /// of blank lines into one paragraph break, trims every line.
    func collapse(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var pendingNewlines = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
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
            } else {
                if scalar.properties.isWhitespace {
                    pendingSpace = true
                    continue
                }
                let category = scalar.properties.generalCategory
                if category == .control || category == .format && v != 0x200D || category == .unassigned || category == .surrogate { continue }
            }
            if !out.isEmpty {
                if pendingNewlines > 0 { out.append(contentsOf: pendingNewlines >= 2 ? "\n\n".unicodeScalars : "\n".unicodeScalars) }
                else if pendingSpace { out.append(" ") }
            }
            pendingSpace = false
            pendingNewlines = 0
            if plainPunctuation, let plain = Self.plain[v] { out.append(contentsOf: plain.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    static let plain: [UInt32: String] = [
        0x2018: "'", 0x2019: "'", 0x201A: "'", 0x201B: "'", 0x2032: "'",
        0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x201F: "\"", 0x2033: "\"", 0x00AB: "\"", 0x00BB: "\"",
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
        0x2026: "...",
    ]
}
