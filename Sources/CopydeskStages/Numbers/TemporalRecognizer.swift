import Copydesk

/// Dates, times, durations and sets with TIMEX3 values.
///
/// The timex says what the text says: an expression that names no year keeps
/// it open ("Tuesday" is `XXXX-WXX-2`, "19 June" `XXXX-06-19`, "late
/// February" `XXXX-02` with `mod` END), as Recognizers-Text writes them; one
/// that is relative to the writing ("next Tuesday", "this Christmas",
/// "yesterday", "last week") is resolved against the document date. `value`
/// always holds the resolved date when the document has one: "Tuesday" in an
/// article of Wednesday 14 December 2022 is 2022-12-13.
struct TemporalRecognizer {
    let tables: NumberTables
    let text: TextAnalysis
    let lower: LowerCache
    let documentDate: CivilDate?
    var tokens: [Token] { text.tokens }
    /// What each token can be (`Lexicon` bits), from one hash look-up per
    /// word: the rules test these before any `String` look-up.
    let lexicon: [Lexicon]

    struct Lexicon: OptionSet, Sendable {
        let rawValue: UInt16
        static let month = Lexicon(rawValue: 1)
        static let weekday = Lexicon(rawValue: 2)
        static let unit = Lexicon(rawValue: 4)
        static let numberWord = Lexicon(rawValue: 8)
        /// A word no temporal expression goes without: a month, a unit, "tomorrow", "noon".
        static let evidence = Lexicon(rawValue: 16)
        /// A word that can open an expression when evidence follows: "the", "in", "last".
        static let opener = Lexicon(rawValue: 32)
        /// A word that opens an expression alone: "December", "Tuesday", "tomorrow", "daily".
        static let strong = Lexicon(rawValue: 64)
        /// A word with a hyphen inside ("nine-month"), set per token rather than per word.
        static let hyphenated = Lexicon(rawValue: 128)
        /// "last", "next", "past", "coming": a direction from the writing.
        static let direction = Lexicon(rawValue: 256)
        /// A word after a plain number that may make it temporal (`afterNumber`).
        static let afterNumber = Lexicon(rawValue: 512)
        /// A hyphenated word whose first part is a temporal or number word ("nine-month", "mid-march").
        static let temporalPrefix = Lexicon(rawValue: 1024)
        // The number rules' gates (`NumberRecognizer.mayStart`), from the same hash of the word:
        /// A word that opens a numeric expression alone, or whose part before a hyphen does.
        static let numericStrong = Lexicon(rawValue: 2048)
        /// A word that opens one with a strong word soon after it ("the", "from", "more").
        static let numericTrigger = Lexicon(rawValue: 4096)
        /// A comparative, whose number may come a few tokens later ("less than or equal to 30").
        static let comparative = Lexicon(rawValue: 8192)
    }

    /// Whether a temporal expression may start at token `i`: digits or a
    /// temporal word there or in the four tokens after it (two before too
    /// for a number word). Most
    /// words ("the", "in", "of") are ruled out here at the cost of an array read.
    func mayStart(_ i: Int, number: Bool) -> Bool {
        // No temporal expression starts with punctuation, but for a number ("½ hour").
        if tokens[i].kind == .punctuation { return number }
        let lex = lexicon[i]
        if tokens[i].kind != .word || tokens[i].hasDigit { return true }
        // "well-known", "long-term": hyphenated words start nothing unless a part of them is temporal.
        if lex.contains(.hyphenated) { return lex.contains(.temporalPrefix) || lex != .hyphenated }
        if lex.contains(.strong) { return true }
        // "in nineteen ninety six".
        if lower[i] == "in", i + 1 < tokens.count, lexicon[i + 1].contains(.numberWord) { return true }
        // "quarter to eleven": the hour in words is no evidence of its own.
        if lower[i] == "quarter", i + 2 < tokens.count, lower[i + 1] == "to", lexicon[i + 2].contains(.numberWord) { return true }
        guard lex.contains(.opener) || lex.contains(.numberWord) else {
            // "to date", "till date", "as of now".
            let next = i + 1 < tokens.count ? lower[i + 1] : ""
            return (next == "date" && (lower[i] == "to" || lower[i] == "till")) || (next == "of" && lower[i] == "as")
        }
        // Looking back only for number words: "tomorrow at seven twenty-seven"; on for four
        // tokens after them ("one and a half hour"), three after other openers ("in the early morning").
        let from = lex.contains(.numberWord) ? max(0, i - 2) : i + 1
        // One more after "in a" ("in a couple of weeks").
        // And one more after an abbreviation's stop ("St. Patrick's Day").
        let stop = i + 1 < tokens.count && lower[i + 1] == "." ? 1 : 0
        let to = min(tokens.count, (lex.contains(.numberWord) || (i + 1 < tokens.count && lower[i + 1] == "a") ? i + 5 : i + 4) + stop)
        for k in from..<to where tokens[k].hasDigit || lexicon[k].contains(.evidence) { return true }
        return false
    }

    init(tables: NumberTables, text: TextAnalysis, lower: LowerCache, hashes: LowerHashes, documentDate: CivilDate?) {
        self.tables = tables
        self.text = text
        self.lower = lower
        self.documentDate = documentDate
        lexicon = zip(text.tokens, hashes).map { t, h in
            guard t.kind == .word, !t.hasDigit else { return [] }
            var lex = tables.temporalLexicon.value(for: h.whole).map { Lexicon(rawValue: UInt16($0)) } ?? []
            if let first = h.beforeHyphen {
                lex.insert(.hyphenated)
                if tables.temporalLexicon.value(for: first) != nil { lex.insert(.temporalPrefix) }
            }
            if tables.strongHashes.contains(h.whole) || h.beforeHyphen.map(tables.strongHashes.contains) == true { lex.insert(.numericStrong) }
            if tables.triggerHashes.contains(h.whole) { lex.insert(.numericTrigger) }
            if tables.comparativeHashes.contains(h.whole) { lex.insert(.comparative) }
            return lex
        }
    }

    /// Whether token `j` exists and can be `kind`.
    @inline(__always) func can(_ j: Int, _ kind: Lexicon) -> Bool { j >= 0 && j < lexicon.count && lexicon[j].contains(kind) }

    /// The lexicon bits of every temporal word, for `NumberTables`: the lists of
    /// `words` (read before the lexicon is built) and the shared month and weekday names.
    static func lexiconEntries(words: TemporalWords, numberWords: some Sequence<String>, holidayWords: some Sequence<String>, holidayNames: some Sequence<String>) -> [String: UInt16] {
        var out: [String: UInt16] = [:]
        let evidence = Lexicon.evidence.rawValue
        for w in months.keys { out[w, default: 0] |= Lexicon.month.rawValue | evidence }
        for w in weekdays.keys { out[w, default: 0] |= Lexicon.weekday.rawValue | evidence }
        for w in weekdays.keys where w.utf8.count > 5 { out[w + "s", default: 0] |= evidence }
        for w in words.durationUnits.keys { out[w, default: 0] |= Lexicon.unit.rawValue | evidence }
        for w in words.evidenceWords.union(holidayWords).union(words.seasons.keys).union(words.dayOffsets.keys).union(words.meals.keys) { out[w, default: 0] |= evidence }
        for w in words.openers.union(holidayWords).union(["week", "year", "weekend"]) { out[w, default: 0] |= Lexicon.opener.rawValue }
        let strong = Set(months.keys).union(weekdays.keys).union(weekdays.keys.filter { $0.utf8.count > 5 }.map { $0 + "s" })
            .union(words.dayOffsets.keys).union(words.seasons.keys).union(words.frequencies.keys).union(words.frequencyWords.keys)
            .union(["noon", "midday", "midnight", "noonish", "noontime", "lunchtime", "dinnertime", "suppertime", "eod", "eom", "eoy", "weekends"])
            .union(["fiscal", "fy"]).union(words.decadeWords.keys)
            .union(holidayNames)
        for w in strong { out[w, default: 0] |= Lexicon.strong.rawValue }
        for w in words.pastWords.union(words.futureWords) { out[w, default: 0] |= Lexicon.direction.rawValue }
        for w in words.afterNumber.union(words.zones) { out[w, default: 0] |= Lexicon.afterNumber.rawValue }
        for w in ["night", "nights"] { out[w, default: 0] |= Lexicon.unit.rawValue }
        for w in numberWords { out[w, default: 0] |= Lexicon.numberWord.rawValue }
        return out
    }

    /// Month and weekday names and abbreviations, from the shared language data.
    static let months = LanguageData.bundledOrEmpty.months
    static let weekdays = LanguageData.bundledOrEmpty.weekdays

    enum Direction { case past, future, nearest, this }

    func word(_ i: Int) -> String? { i >= 0 && i < lower.count ? lower[i] : nil }

    /// A day's name opening a title: "the Sunday Telegraph", "Sunday Times",
    /// "the Monday Club"; not "on Thursday Mr Blair said".
    func startsTitle(_ j: Int) -> Bool {
        guard j + 1 < tokens.count, tokens[j].isCapitalized, tokens[j + 1].isCapitalized, !tokens[j + 1].isAllCaps,
              tokens[j + 1].newlinesBefore == 0, !can(j + 1, .month) else { return false }
        return tables.temporalWords.titleWords.contains(lower[j + 1]) || (j > 0 && lower[j - 1] == "the" && !can(j + 1, .weekday))
    }

    /// A capitalised word inside a sentence, which makes it part of a name:
    /// "Jamie Noon", "USA Today", "Million Dollar Baby".
    func capitalisedInsideSentence(_ i: Int) -> Bool {
        guard tokens[i].firstIsUpper, i > 0, tokens[i].newlinesBefore == 0 else { return false }
        return ![".", "!", "?", ":", "\"", "“", "(", "-"].contains(lower[i - 1])
    }

    func span(_ from: Int, _ to: Int, _ kind: NumberKind, timex: String, value: String? = nil, mod: String? = nil) -> (NumberExpression, Int) {
        var n = NumberExpression(tokens: tokens, from, to - 1, kind: kind)
        n.timex = timex
        n.value = value.map { .string($0) }
        n.mod = mod
        return (n, to)
    }

    /// A date span. Its timex is resolved when the document date is known,
    /// unless the text leaves the year open (`openYear`); `value` is the
    /// resolved date either way.
    func dateSpan(_ from: Int, _ to: Int, resolved: String?, unresolved: String, mod: String? = nil, openYear: Bool = false) -> (NumberExpression, Int) {
        if let resolved { return span(from, to, .date, timex: openYear ? unresolved : resolved, value: resolved, mod: mod) }
        return span(from, to, .date, timex: unresolved, mod: mod)
    }

    /// The temporal expression starting at token `i`; `value` is the number starting there, if any.
    func match(at i: Int, value: NumberRecognizer.Value?) -> (NumberExpression, Int)? {
        // Digits start only these; the rules for words are not tried on them.
        if tokens[i].kind == .number {
            if let found = decade(at: i) { return found }
            // A plain number ("2004", "1,400"; not "7.6" or "5/12") is temporal only with a unit, month, meridiem or
            // direction after it ("3 weeks", "14 December", "5 pm", "5 upcoming years").
            if !lower[i].utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }) {
                let k = max(i + 1, value?.end ?? i + 1)
                guard k < tokens.count else { return nil }
                let after = lexicon[k]
                guard !after.isDisjoint(with: [.evidence, .unit, .month, .direction, .numberWord, .afterNumber])
                        || tokens[k].kind != .word || tokens[k].hasDigit else { return nil }
            }
            return countedPeriod(at: i) ?? quarter(at: i) ?? datesClocksAndDurations(at: i, value: value)
        }
        let w = lower[i]
        // "last Friday of June", "first Monday in March": a weekday counted in a month, before "last Friday" alone.
        if can(i + 1, .weekday), tables.temporalWords.weekdayOrdinals[w] != nil, let found = nthWeekday(at: i) { return found }
        // A number word ("two", "fourth", "half") starts only these.
        if lexicon[i].contains(.numberWord), !lexicon[i].contains(.strong), !lexicon[i].contains(.opener) {
            return set(at: i) ?? century(at: i, value: value) ?? partOf(at: i) ?? periodOf(at: i) ?? countedPeriod(at: i) ?? calendarDate(at: i) ?? clockTime(at: i)
                ?? duration(at: i, value: value)
        }
        // The commonest openers start few rules: try only those.
        switch w {
        case "the":
            if word(i + 1) == "week", let found = weekOf(at: i) { return found }
            if can(i + 2, .weekday), let found = nthWeekday(at: i) { return found }
            return partOf(at: i) ?? periodOf(at: i) ?? thePeriod(at: i) ?? calendarDate(at: i) ?? (word(i + 1) == "day" ? relativeDay(at: i) : word(i + 2) == "after" ? afterNext(at: i) : nil)
        case "a", "an": return word(i + 1) == "quarter" ? clockTime(at: i) ?? duration(at: i, value: value) : duration(at: i, value: value)
        case "of", "by", "during", "since", "until": return yearAfter(i)
        case "in": return partOfDay(at: i) ?? duration(at: i, value: value) ?? yearAfter(i)
        case "for": return duration(at: i, value: value)
        case "at": return partOfDay(at: i) ?? presentReference(at: i)
        default: break
        }
        if can(i, .weekday) || lexicon[i].contains(.temporalPrefix) || w == "from" || w == "between"
            || (can(i + 1, .weekday) && tables.temporalWords.relativeSteps[w] != nil), let found = weekdayRange(at: i) { return found }
        if let found = set(at: i) { return found }
        if let found = partOfDay(at: i) { return found }
        if let found = relativeDay(at: i) { return found }
        if let found = presentReference(at: i) { return found }
        if let found = partOf(at: i) ?? periodOf(at: i) { return found }
        if let found = thePeriod(at: i) { return found }
        if let found = endOf(at: i) { return found }
        if let found = countedPeriod(at: i) { return found }
        if let found = quarter(at: i) { return found }
        if let found = season(at: i) { return found }
        if let found = namedYear(at: i) { return found }
        if let found = relativePeriod(at: i) { return found }
        if tokens[i].hasDigit || tables.temporalWords.decadeWords[w] != nil, let found = decade(at: i) { return found }
        if let found = century(at: i, value: value) { return found }
        if lexicon[i].contains(.temporalPrefix) || tokens[i].hasDigit, let found = hyphenedPeriod(at: i) { return found }
        if let found = datesClocksAndDurations(at: i, value: value) { return found }
        if w == "from" || w == "before" || w == "after" { return yearAfter(i) }
        return nil
    }

    /// The rules both digits and words may start, tried last in this order.
    private func datesClocksAndDurations(at i: Int, value: NumberRecognizer.Value?) -> (NumberExpression, Int)? {
        numericDate(at: i) ?? calendarDate(at: i) ?? hyphenTimeRange(at: i) ?? clockTime(at: i) ?? duration(at: i, value: value)
    }

    /// "in 2004", "since 1990": a year after a preposition (the preposition is not part of it).
    func yearAfter(_ i: Int) -> (NumberExpression, Int)? {
        // "in nineteen ninety six".
        if lower[i] == "in", let (y, e) = yearInWords(at: i + 1), (1000...2999).contains(y), !endsInNoun(e) {
            return span(i + 1, e, .date, timex: String(y), value: String(y))
        }
        guard let y = yearToken(at: i + 1, in: 1900...2099), quarter(at: i + 1) == nil, decade(at: i + 1) == nil else { return nil }
        return span(i + 1, i + 2, .date, timex: String(y), value: String(y))
    }
}
