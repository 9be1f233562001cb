import Copydesk

/// The short word lists of the number rules, read with the other tables from
/// `word-lists.tsv` (`list<TAB>word[<TAB>value]`) and `comparisons.tsv`:
/// language data kept apart from the rules that read it.
public struct NumberWords: Sendable {
    /// What a comparison says of the number after it.
    public enum Bound: String, Sendable {
        /// "more than 5": the range's minimum.
        case min
        /// "at most 5": its maximum.
        case max
        /// "equal to 5": both, the point range [5, 5].
        case equal
    }

    /// Phrases that open a range, and the bound they make of the number
    /// after them, in the order they are tried (longest phrasings first).
    public var comparisons: [(words: [String], bound: Bound)] = []
    /// Words that can open an expression besides numbers, currency symbols
    /// and the first words of `comparisons`.
    public var openers: Set<String> = []
    /// Comparatives whose number may come a few tokens later ("less than or equal to 30").
    public var comparatives: Set<String> = []
    /// Unicode comparison signs besides ASCII "<" and ">".
    public var comparisonSigns: Set<String> = []
    /// "500 or more": a range said after its number, and whether it sets the minimum.
    public var trailingRanges: [String: Bool] = [:]
    /// Words around a score ("won 2-1"), which is no range.
    public var scoreWords: Set<String> = []
    /// The percent sign and words written as one token after a number.
    public var percent: Set<String> = []
    /// Words that make the amount after them approximate ("nearly a fifth").
    public var approximators: Set<String> = []
    /// Unit abbreviations written with a stop ("deg.", "ft.").
    public var abbreviatedUnits: Set<String> = []
    /// Units of an age, to the unit it is given in ("years" → "Year").
    public var ageUnits: [String: String] = [:]
    /// Units a quantity is counted per ("km/h"), to their symbol.
    public var perUnits: [String: String] = [:]
    /// Superscript powers after a length ("m²").
    public var powerMarks: Set<String> = []
    /// Words that make "pounds" a weight rather than money.
    public var weightWords: Set<String> = []
    /// Words after "5m" that make it metres rather than millions.
    public var afterLengths: Set<String> = []
    /// Triggers that open an expression only with a number or date word soon after them.
    public var smallWords: Set<String> = []

    /// Every list of `word-lists.tsv`, and whether its rows carry a value.
    static let lists: [String: Bool] = [
        "opener": false, "comparative": false, "comparison-sign": false, "trailing-range": true, "score-word": false,
        "percent": false, "approximator": false, "abbreviated-unit": false, "age-unit": true, "per-unit": true,
        "power-mark": false, "weight-word": false, "after-length": false, "small-word": false,
    ]

    /// `lists` and `comparisons` are the rows of the two files with their
    /// line numbers; `file` names them in errors.
    init(lists rows: [(line: Int, fields: [String])], comparisons: [(line: Int, fields: [String])], file: (String, String)) throws {
        var seen = Set<String>()
        for (line, f) in rows {
            guard let valued = Self.lists[f[0]] else {
                throw StageConfigurationError("\(file.0):\(line): unknown list '\(f[0])' (known: \(Self.lists.keys.sorted().joined(separator: ", ")))")
            }
            guard f.count >= 2, !valued || f.count >= 3 else {
                throw StageConfigurationError("\(file.0):\(line): expected \(valued ? "LIST<TAB>WORD<TAB>VALUE" : "LIST<TAB>WORD")")
            }
            seen.insert(f[0])
            let (word, value) = (f[1], f.count > 2 ? f[2] : "")
            func bound() throws -> Bool {
                guard value == "min" || value == "max" else { throw StageConfigurationError("\(file.0):\(line): the bound is 'min' or 'max', not '\(value)'") }
                return value == "min"
            }
            switch f[0] {
            case "opener": openers.insert(word)
            case "comparative": comparatives.insert(word)
            case "comparison-sign": comparisonSigns.insert(word)
            case "trailing-range": trailingRanges[word] = try bound()
            case "score-word": scoreWords.insert(word)
            case "percent": percent.insert(word)
            case "approximator": approximators.insert(word)
            case "abbreviated-unit": abbreviatedUnits.insert(word)
            case "age-unit": ageUnits[word] = value
            case "per-unit": perUnits[word] = value
            case "power-mark": powerMarks.insert(word)
            case "weight-word": weightWords.insert(word)
            case "after-length": afterLengths.insert(word)
            default: smallWords.insert(word)
            }
        }
        if let missing = Self.lists.keys.sorted().first(where: { !seen.contains($0) }) {
            throw StageConfigurationError("\(file.0): the list '\(missing)' is missing")
        }
        for (line, f) in comparisons {
            guard let bound = Bound(rawValue: f[1]) else {
                throw StageConfigurationError("\(file.1):\(line): the bound is 'min', 'max' or 'equal', not '\(f[1])'")
            }
            self.comparisons.append((f[0].split(separator: " ").map(String.init), bound))
        }
        openers.formUnion(self.comparisons.map { $0.words[0] })
    }
}
