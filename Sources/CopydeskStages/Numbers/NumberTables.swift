import Copydesk
import Foundation

/// The word lists behind `tag_numbers`, read from the package's TSV files
/// (`Resources/numbers/`) once per process: adding a unit, a currency or a
/// holiday is a data change.
public struct NumberTables: Sendable {
    public enum WordType: String, Sendable { case unit, ten, scale, ordinal, fraction }

    public struct Currency: Sendable {
        public var code: String
        public var factor: Double
        /// An ISO code from the generated table: money only when written in
        /// capitals ("TOP 5", "5 ALL"), since in lower case it is a word.
        public var capitals = false
    }

    public struct Unit: Sendable {
        public var symbol: String
        public var dimension: String
    }

    public var numberWords: [String: (value: Double, type: WordType)]
    public var multipliers: [String: Double]
    /// Currency symbols and codes written before the number.
    public var currencySymbols: [String: Currency]
    /// Currency words after the number, by word count (longest match first).
    public var currencyWords: [[String]: Currency]
    public var units: [[String]: Unit]
    /// `currencyWords` and `units` for look-ups on token bytes.
    var currencyWordIndex = PhraseIndex<Currency>([:]), unitIndex = PhraseIndex<Unit>([:])
    public var holidays: [[String]: HolidayRule]
    /// The first word of every holiday name, to rule most words out at once.
    public var holidayFirstWords: Set<String> = []
    /// The most words in a multi-word entry of any table.
    public var longestPhrase: Int
    /// Every lower-case word that can open an expression; a word outside it
    /// (and without digits) is skipped at once.
    public var triggers: Set<String> = []
    /// Triggers that open an expression by themselves; the others ("the",
    /// "from", "more") only with a strong trigger or digits soon after them.
    public var strongTriggers: Set<String> = []
    /// The two sets above as hashes of their words, for look-ups on token bytes.
    var triggerHashes = FeatureTable(), strongHashes = FeatureTable()
    /// Hashes of temporal words to their `TemporalRecognizer.Lexicon` bits.
    var temporalLexicon = FeatureTable()
    /// The short word lists of the rules (`word-lists.tsv`, `comparisons.tsv`).
    public var words: NumberWords
    /// The word lists of the date and time rules (`temporal-words.tsv`).
    public var temporalWords: TemporalWords
    /// Hashes of the first words of `words.comparisons`, and of `words.comparatives`.
    var comparisonStarts = FeatureTable(), comparativeHashes = FeatureTable()

    /// The tables shipped with Copydesk.
    public static func bundled() throws -> NumberTables {
        guard let root = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw StageConfigurationError("the number tables are missing from the package resources")
        }
        return try NumberTables(directory: root.appendingPathComponent("numbers"))
    }

    /// Reads every table from `directory`.
    public init(directory: URL) throws {
        func rows(_ name: String, columns: Int) throws -> [[String]] { try numberedRows(name, columns: columns).map(\.fields) }
        func numberedRows(_ name: String, columns: Int) throws -> [(line: Int, fields: [String])] {
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw StageConfigurationError("cannot read number table \(url.path)")
            }
            // Lines and fields cut on the UTF-8 bytes (no scalar of a table
            // combines with a newline, tab or space before it, so this cuts
            // where cutting the Characters would, without decoding them).
            var out: [(line: Int, fields: [String])] = []
            let bytes = Array(text.utf8)
            var start = 0, n = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                defer { start = end + 1; n += 1 }
                let line = bytes[start..<end]
                if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
                let fields = line.split(separator: 0x09).map { String(decoding: $0, as: UTF8.self) }
                guard fields.count >= columns else {
                    throw StageConfigurationError("\(url.path):\(n + 1): expected \(columns) tab-separated columns")
                }
                out.append((n + 1, fields))
            }
            return out
        }
        func words(_ phrase: String) -> [String] { phrase.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) } }
        /// A phrase cut as the tokenizer cuts text: "m/s" and "km²" are three and two tokens.
        func tokenWords(_ phrase: String) -> [String] {
            var out: [String] = [], word = ""
            for ch in phrase {
                if ch == " " {
                    if !word.isEmpty { out.append(word); word = "" }
                } else if ch.isLetter || ch.isNumber && !"²³".contains(ch) || ch == "'" || ch == "." && !word.isEmpty {
                    word.append(ch)
                } else {
                    if !word.isEmpty { out.append(word); word = "" }
                    out.append(String(ch))
                }
            }
            if !word.isEmpty { out.append(word) }
            return out
        }

        numberWords = [:]
        for r in try rows("number-words.tsv", columns: 3) {
            guard let v = Double(r[1]), let t = WordType(rawValue: r[2]) else { continue }
            numberWords[r[0]] = (v, t)
        }
        multipliers = [:]
        for r in try rows("multipliers.tsv", columns: 2) { multipliers[r[0]] = Double(r[1]) }
        currencySymbols = [:]
        currencyWords = [:]
        // The hand tables first; the generated ones (CLDR, pint) add what they lack.
        for r in try rows("currencies.tsv", columns: 4) + rows("currencies-cldr.tsv", columns: 4) {
            let c = Currency(code: r[1], factor: Double(r[3]) ?? 1, capitals: r[2] == "code")
            if r[2] == "symbol" || r[2] == "code" { currencySymbols[r[0]] = currencySymbols[r[0]] ?? c }
            if r[2] == "word" || r[2] == "code" { currencyWords[words(r[0])] = currencyWords[words(r[0])] ?? c }
        }
        units = [:]
        for r in try rows("units.tsv", columns: 3) + rows("units-pint.tsv", columns: 3) {
            let unit = units[words(r[0])] ?? Unit(symbol: r[1], dimension: r[2])
            units[words(r[0])] = unit
            if tokenWords(r[0]) != words(r[0]) { units[tokenWords(r[0])] = units[tokenWords(r[0])] ?? unit }
        }
        holidays = [:]
        for r in try rows("holidays.tsv", columns: 2) {
            guard let rule = HolidayRule(r[1]) else {
                throw StageConfigurationError("\(directory.appendingPathComponent("holidays.tsv").path): '\(r[1])' for '\(r[0])' is no date rule (12-25, 11/4/thu, 05/last/mon, easter-2)")
            }
            holidays[words(r[0])] = rule
        }
        // The first word as the tokenizer cuts it: "valentine's day" starts with "valentine" ("'s" is a token of its own),
        // "presidents' day" with "presidents", "st. patrick's day" with "st".
        holidayFirstWords = Set(holidays.keys.compactMap { words in
            words.first.map { w in w.hasSuffix("'s") ? String(w.dropLast(2)) : w.hasSuffix("'") || w.hasSuffix(".") ? String(w.dropLast()) : w }
        })
        currencyWordIndex = PhraseIndex(currencyWords)
        unitIndex = PhraseIndex(units)
        longestPhrase = ([3] + units.keys.map(\.count) + currencyWords.keys.map(\.count) + holidays.keys.map(\.count)).max() ?? 3
        self.words = try NumberWords(lists: numberedRows("word-lists.tsv", columns: 2), comparisons: numberedRows("comparisons.tsv", columns: 2),
                                file: (directory.appendingPathComponent("word-lists.tsv").path, directory.appendingPathComponent("comparisons.tsv").path))
        for c in self.words.comparisons { comparisonStarts.set(WordHash.hash(c.words[0]), 0) }
        for w in self.words.comparatives { comparativeHashes.set(WordHash.hash(w), 0) }
        var triggers = Set(numberWords.keys)
        // "R$", "NT$": the letters before the dollar sign are a token of their own.
        triggers.formUnion(currencySymbols.keys.map { key in
            let first = key.split(separator: " ").first.map(String.init) ?? ""
            return first.count > 1 && first.hasSuffix("$") ? String(first.dropLast()) : first
        })
        // Temporal words have their own gate (`TemporalRecognizer.mayStart`).
        triggers.formUnion(self.words.openers)
        self.triggers = triggers
        strongTriggers = triggers.subtracting(self.words.smallWords)
        temporalWords = try TemporalWords(rows: numberedRows("temporal-words.tsv", columns: 2), file: directory.appendingPathComponent("temporal-words.tsv").path)
        for (w, bits) in TemporalRecognizer.lexiconEntries(
            words: temporalWords, numberWords: numberWords.keys, holidayWords: holidayFirstWords, holidayNames: holidays.keys.filter { $0.count == 1 }.map { $0[0] }) { temporalLexicon.set(WordHash.hash(w), Int32(bits)) }
        for w in triggers { triggerHashes.set(WordHash.hash(w), 0) }
        for w in strongTriggers { strongHashes.set(WordHash.hash(w), 0) }
    }
}
