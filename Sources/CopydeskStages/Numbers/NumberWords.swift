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
    /// Words before "one" that make it a pronoun ("the one you mentioned").
    public var pronounDeterminers: Set<String> = []
    /// Unit symbols that are words, units only glued to digits ("15st"), to the unit's surface in units.tsv.
    public var gluedUnits: [String: String] = [:]
    /// Words after "5m" that make it metres rather than millions.
    public var afterLengths: Set<String> = []
    /// Triggers that open an expression only with a number or date word soon after them.
    public var smallWords: Set<String> = []

    /// Every list of `word-lists.tsv` and how many value columns its rows carry.
    static let lists: [String: Int] = [
        "opener": 0, "comparative": 0, "comparison-sign": 0, "trailing-range": 1, "score-word": 0,
        "percent": 0, "approximator": 0, "abbreviated-unit": 0, "age-unit": 1, "per-unit": 1,
        "power-mark": 0, "weight-word": 0, "after-length": 0, "small-word": 0, "glued-unit": 1, "pronoun-determiner": 0,
    ]

    /// `lists` and `comparisons` are the rows of the two files with their
    /// line numbers; `file` names them in errors.
    init(lists rows: [(line: Int, fields: [String])], comparisons: [(line: Int, fields: [String])], file: (String, String)) throws {
        let r = try WordListRows(rows, lists: Self.lists, file: file.0)
        openers = r.set("opener")
        comparatives = r.set("comparative")
        comparisonSigns = r.set("comparison-sign")
        trailingRanges = try r.table("trailing-range", "min or max") { $0[0] == "min" ? true : $0[0] == "max" ? false : nil }
        scoreWords = r.set("score-word")
        percent = r.set("percent")
        approximators = r.set("approximator")
        abbreviatedUnits = r.set("abbreviated-unit")
        ageUnits = try r.strings("age-unit")
        perUnits = try r.strings("per-unit")
        powerMarks = r.set("power-mark")
        weightWords = r.set("weight-word")
        afterLengths = r.set("after-length")
        gluedUnits = try r.strings("glued-unit")
        pronounDeterminers = r.set("pronoun-determiner")
        smallWords = r.set("small-word")
        for (line, f) in comparisons {
            guard let bound = Bound(rawValue: f[1]) else {
                throw StageConfigurationError("\(file.1):\(line): the bound is 'min', 'max' or 'equal', not '\(f[1])'")
            }
            self.comparisons.append((f[0].split(separator: " ").map(String.init), bound))
        }
        openers.formUnion(self.comparisons.map { $0.words[0] })
    }
}
