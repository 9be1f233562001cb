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
    let lower: [String]
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
    }

    /// Words after a plain number that may make it temporal: "12 of Sept", "9 a m", "15 past".
    static let afterNumber: Set<String> = ["of", "a", "p", "am", "pm", "a.m", "p.m", "o'clock", "oclock", "o’clock", "ish", "in", "at", "to", "and", "the"]

    /// Words that open temporal expressions but say nothing temporal alone.
    static let openers: Set<String> = [
        "the", "a", "an", "in", "at", "for", "of", "by", "from", "since", "until", "during", "before",
        "after", "between", "within", "this", "last", "next", "current", "past", "previous", "preceding", "coming", "upcoming",
        "following", "earlier", "later", "early", "late", "mid", "every", "each", "once", "one", "all", "few", "some", "several",
        "half", "quarter", "right", "end", "twenty", "thirty", "school", "academic", "calendar", "financial",
    ]

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
        guard lex.contains(.opener) || lex.contains(.numberWord) else {
            // "to date", "till date", "as of now".
            let next = i + 1 < tokens.count ? lower[i + 1] : ""
            return (next == "date" && (lower[i] == "to" || lower[i] == "till")) || (next == "of" && lower[i] == "as")
        }
        // Looking back only for number words: "tomorrow at seven twenty-seven"; on for four
        // tokens after them ("one and a half hour"), three after other openers ("in the early morning").
        let from = lex.contains(.numberWord) ? max(0, i - 2) : i + 1
        let to = min(tokens.count, lex.contains(.numberWord) ? i + 5 : i + 4)
        for k in from..<to where tokens[k].hasDigit || lexicon[k].contains(.evidence) { return true }
        return false
    }

    /// Words that tell a temporal expression is near.
    static let evidenceWords: Set<String> = [
        "time", "today", "tonight", "tonite", "yesterday", "tomorrow", "tmrw", "tmr", "now", "date", "moment", "present", "minute",
        "noon", "midday", "midnight", "noonish", "noontime", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings",
        "night", "nights", "night-time", "nighttime", "daytime", "lunch", "lunchtime", "breakfast", "dinner", "dinnertime", "suppertime",
        "am", "pm", "a.m", "p.m", "a.m.", "p.m.", "o'clock", "oclock", "o’clock", "past", "ago", "later", "weekday", "weekend", "weekends",
        "workweek", "quarter", "quarters", "q1", "q2", "q3", "q4", "h1", "h2", "summer", "winter", "autumn", "eod", "eom", "eoy", "ish",
        "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "quarterly", "semi-annually", "semiannually",
        "biannually", "bi-monthly", "bimonthly", "bi-weekly", "biweekly", "fortnightly", "annual", "everyday", "century",
    ]

    init(tables: NumberTables, text: TextAnalysis, lower: [String], hashes: [TextAnalysis.LowerHash], documentDate: CivilDate?) {
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
            return lex
        }
    }

    /// Whether token `j` exists and can be `kind`.
    @inline(__always) func can(_ j: Int, _ kind: Lexicon) -> Bool { j >= 0 && j < lexicon.count && lexicon[j].contains(kind) }

    /// The lexicon bits of every temporal word, for `NumberTables`.
    static func lexiconEntries(numberWords: some Sequence<String>, holidayWords: some Sequence<String>, holidayNames: some Sequence<String>) -> [String: UInt16] {
        var out: [String: UInt16] = [:]
        let evidence = Lexicon.evidence.rawValue
        for w in months.keys { out[w, default: 0] |= Lexicon.month.rawValue | evidence }
        for w in weekdays.keys { out[w, default: 0] |= Lexicon.weekday.rawValue | evidence }
        for w in weekdays.keys where w.utf8.count > 5 { out[w + "s", default: 0] |= evidence }
        for w in durationUnits.keys { out[w, default: 0] |= Lexicon.unit.rawValue | evidence }
        for w in evidenceWords.union(holidayWords).union(seasons.keys).union(dayOffsets.keys).union(meals.keys) { out[w, default: 0] |= evidence }
        for w in openers.union(holidayWords).union(["week", "year", "weekend"]) { out[w, default: 0] |= Lexicon.opener.rawValue }
        let strong = Set(months.keys).union(weekdays.keys).union(weekdays.keys.filter { $0.utf8.count > 5 }.map { $0 + "s" })
            .union(dayOffsets.keys).union(seasons.keys).union(frequencies.keys).union(frequencyWords.keys)
            .union(["noon", "midday", "midnight", "noonish", "noontime", "lunchtime", "dinnertime", "suppertime", "eod", "eom", "eoy", "weekends"])
            .union(["fiscal", "fy"]).union(decadeWords.keys)
            .union(holidayNames)
        for w in strong { out[w, default: 0] |= Lexicon.strong.rawValue }
        for w in pastWords.union(futureWords) { out[w, default: 0] |= Lexicon.direction.rawValue }
        for w in afterNumber.union(zones) { out[w, default: 0] |= Lexicon.afterNumber.rawValue }
        for w in ["night", "nights"] { out[w, default: 0] |= Lexicon.unit.rawValue }
        for w in numberWords { out[w, default: 0] |= Lexicon.numberWord.rawValue }
        return out
    }

    /// Month and weekday names and abbreviations, from the shared language data.
    static let months = LanguageData.bundledOrEmpty.months
    static let weekdays = LanguageData.bundledOrEmpty.weekdays
    /// Duration units: TIMEX3 letter, whether it is a time (PT…) unit, and a factor.
    static let durationUnits: [String: (String, Bool, Int)] = [
        "second": ("S", true, 1), "seconds": ("S", true, 1), "minute": ("M", true, 1), "minutes": ("M", true, 1),
        "hour": ("H", true, 1), "hours": ("H", true, 1), "day": ("D", false, 1), "days": ("D", false, 1),
        "week": ("W", false, 1), "weeks": ("W", false, 1), "fortnight": ("W", false, 2), "fortnights": ("W", false, 2),
        "month": ("M", false, 1), "months": ("M", false, 1), "year": ("Y", false, 1), "years": ("Y", false, 1),
        "weekend": ("WE", false, 1), "weekends": ("WE", false, 1), "decade": ("Y", false, 10), "decades": ("Y", false, 10), "century": ("Y", false, 100), "centuries": ("Y", false, 100),
        "secs": ("S", true, 1), "mins": ("M", true, 1), "hrs": ("H", true, 1), "yrs": ("Y", false, 1), "sec": ("S", true, 1),
        "min": ("M", true, 1), "hr": ("H", true, 1),
    ]
    static let frequencies: [String: String] = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D"]
    static let zones: Set<String> = ["gmt", "bst", "utc", "et", "est", "edt", "pt", "pst", "pdt", "cet", "cest", "eet", "msk", "jst"]

    enum Direction { case past, future, nearest, this }

    static let monthModifiers: Set<String> = ["early", "mid", "late", "mid-"]
    static let dayOffsets: [String: Int] = ["today": 0, "tonight": 0, "tonite": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1, "tmr": 1]
    static let partOfDayDays: [String: Int] = ["this": 0, "yesterday": -1, "tomorrow": 1, "today": 0]
    static let partsOfDay: [String: String] = ["morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "daytime": "TDT"]


    func word(_ i: Int) -> String? { i >= 0 && i < lower.count ? lower[i] : nil }

    /// A day's name opening a title: "the Sunday Telegraph", "Sunday Times",
    /// "the Monday Club"; not "on Thursday Mr Blair said".
    func startsTitle(_ j: Int) -> Bool {
        guard j + 1 < tokens.count, tokens[j].isCapitalized, tokens[j + 1].isCapitalized, !tokens[j + 1].isAllCaps,
              tokens[j + 1].newlinesBefore == 0, !can(j + 1, .month) else { return false }
        return Self.titleWords.contains(lower[j + 1]) || (j > 0 && lower[j - 1] == "the" && !can(j + 1, .weekday))
    }

    /// Words that follow a day's name in the names of papers and programmes.
    static let titleWords: Set<String> = [
        "times", "telegraph", "express", "mirror", "mail", "post", "herald", "independent", "business", "programme", "sport",
        "tribune", "star", "people", "observer", "world", "record", "sun", "live", "night", "club", "league", "school",
    ]

    /// A capitalised word inside a sentence, which makes it part of a name:
    /// "Jamie Noon", "USA Today", "Million Dollar Baby".
    func capitalisedInsideSentence(_ i: Int) -> Bool {
        guard tokens[i].firstIsUpper, i > 0, tokens[i].newlinesBefore == 0 else { return false }
        return ![".", "!", "?", ":", "\"", "“", "(", "-"].contains(lower[i - 1])
    }

    func span(_ from: Int, _ to: Int, _ kind: NumberKind, timex: String, value: String? = nil, mod: String? = nil) -> (NumberAnnotation, Int) {
        let a = tokens[from], b = tokens[to - 1]
        var n = NumberAnnotation(start: a.start, end: b.end, text: text.string(bytes: a.byteStart..<b.byteEnd), kind: kind)
        n.timex = timex
        n.value = value.map { .string($0) }
        n.mod = mod
        return (n, to)
    }

    /// A date span. Its timex is resolved when the document date is known,
    /// unless the text leaves the year open (`openYear`); `value` is the
    /// resolved date either way.
    func dateSpan(_ from: Int, _ to: Int, resolved: String?, unresolved: String, mod: String? = nil, openYear: Bool = false) -> (NumberAnnotation, Int) {
        if let resolved { return span(from, to, .date, timex: openYear ? unresolved : resolved, value: resolved, mod: mod) }
        return span(from, to, .date, timex: unresolved, mod: mod)
    }

    /// The temporal expression starting at token `i`; `value` is the number starting there, if any.
    func match(at i: Int, value: NumberRecognizer.Value?) -> (NumberAnnotation, Int)? {
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
        // A number word ("two", "fourth", "half") starts only these.
        if lexicon[i].contains(.numberWord), !lexicon[i].contains(.strong), !lexicon[i].contains(.opener) {
            return set(at: i) ?? century(at: i, value: value) ?? partOf(at: i) ?? periodOf(at: i) ?? countedPeriod(at: i) ?? calendarDate(at: i) ?? clockTime(at: i)
                ?? duration(at: i, value: value)
        }
        // The commonest openers start few rules: try only those.
        switch w {
        case "the": return partOf(at: i) ?? periodOf(at: i) ?? thePeriod(at: i) ?? calendarDate(at: i)
        case "a", "an": return duration(at: i, value: value)
        case "of", "by", "during", "since", "until": return yearAfter(i)
        case "in": return partOfDay(at: i) ?? duration(at: i, value: value) ?? yearAfter(i)
        case "for": return duration(at: i, value: value)
        case "at": return partOfDay(at: i) ?? presentReference(at: i)
        default: break
        }
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
        if tokens[i].hasDigit || Self.decadeWords[w] != nil, let found = decade(at: i) { return found }
        if let found = century(at: i, value: value) { return found }
        if lexicon[i].contains(.temporalPrefix) || tokens[i].hasDigit, let found = hyphenedPeriod(at: i) { return found }
        if let found = datesClocksAndDurations(at: i, value: value) { return found }
        if w == "from" || w == "before" || w == "after" { return yearAfter(i) }
        return nil
    }

    /// The rules both digits and words may start, tried last in this order.
    private func datesClocksAndDurations(at i: Int, value: NumberRecognizer.Value?) -> (NumberAnnotation, Int)? {
        numericDate(at: i) ?? calendarDate(at: i) ?? hyphenTimeRange(at: i) ?? clockTime(at: i) ?? duration(at: i, value: value)
    }

    /// "in 2004", "since 1990": a year after a preposition (the preposition is not part of it).
    func yearAfter(_ i: Int) -> (NumberAnnotation, Int)? {
        // "in nineteen ninety six".
        if lower[i] == "in", let (y, e) = yearInWords(at: i + 1), (1000...2999).contains(y), !endsInNoun(e) {
            return span(i + 1, e, .date, timex: String(y), value: String(y))
        }
        guard let y = yearToken(at: i + 1, in: 1900...2099), quarter(at: i + 1) == nil, decade(at: i + 1) == nil else { return nil }
        return span(i + 1, i + 2, .date, timex: String(y), value: String(y))
    }

    // MARK: - Parts of the day

    /// "in the morning" (TMO), "early morning", "later in the evening", "at lunchtime" (TMEL),
    /// "this evening" (a datetime on the document's day), "tomorrow morning", "early this evening".
    func partOfDay(at i: Int) -> (NumberAnnotation, Int)? {
        var j = i
        let w = lower[i]
        var mod: String?
        if ["early", "earlier", "late", "later"].contains(w) {
            mod = w.hasPrefix("early") ? "START" : "END"
            j += 1
        }
        guard let first = word(j) else { return nil }
        if (first == "in" || first == "at"), let (p, e) = dayPart(at: word(j + 1) == "the" ? j + 2 : j + 1) {
            return span(i, e, .time, timex: p, mod: mod)
        }
        if first == "at", word(j + 1) == "night" { return span(i, j + 2, .time, timex: "TNI") }
        if can(j + 1, .evidence), let offset = Self.partOfDayDays[first], let (p, e) = dayPart(at: j + 1) {
            guard let d = documentDate else { return span(i, e, .datetime, timex: "XXXX-XX-XX" + p, mod: mod) }
            let day = d.adding(days: offset).iso
            return span(i, e, .datetime, timex: day + p, value: day, mod: mod)
        }
        if mod != nil, let (p, e) = dayPart(at: j) { return span(i, e, .time, timex: p, mod: mod) }
        // Meals name parts of the day too: "at lunchtime", "after dinnertime".
        if first.hasSuffix("time"), let p = Self.meals[first] { return span(i, j + 1, .time, timex: p) }
        if (first == "at" || first == "before" || first == "after"), can(j + 1, .evidence), let p = word(j + 1).flatMap({ Self.meals[$0] }) {
            return span(i, j + 2, .time, timex: p)
        }
        return nil
    }

    static let meals: [String: String] = [
        "lunchtime": "TMEL", "lunch": "TMEL", "breakfast": "TMEB", "dinnertime": "TMED", "dinner": "TMED", "suppertime": "TMED",
    ]

    /// A part of the day at token `j` ("morning", "mornings", "night-time") and the token after it.
    func dayPart(at j: Int) -> (String, Int)? {
        guard var w = word(j) else { return nil }
        if w == "night-time" || w == "nighttime" { return ("TNT", j + 1) }
        if w.hasSuffix("s"), Self.partsOfDay[String(w.dropLast())] != nil { w.removeLast() }
        return Self.partsOfDay[w].map { ($0, j + 1) }
    }

    // MARK: - Relative days and periods

    func relativeDay(at i: Int) -> (NumberAnnotation, Int)? {
        let offsets = Self.dayOffsets
        if lower[i] == "last", word(i + 1) == "night" {
            let resolved = documentDate.map { $0.adding(days: -1).iso + "TNI" }
            return span(i, i + 2, .datetime, timex: resolved ?? "XXXX-XX-XXTNI", value: resolved.map { String($0.prefix(10)) })
        }
        guard can(i, .strong), let offset = offsets[lower[i]] else { return nil }
        if lower[i] == "today", capitalisedInsideSentence(i) { return nil } // "USA Today", "the Today programme"
        let resolved = documentDate.map { $0.adding(days: offset).iso }
        let unresolved = offset == 0 ? "PRESENT_REF" : "XXXX-XX-XX"
        var (a, end) = dateSpan(i, i + 1, resolved: resolved, unresolved: unresolved)
        if lower[i] == "tonight" || lower[i] == "tonite" { a.timex = (resolved ?? "XXXX-XX-XX") + "TNI"; a.kind = .datetime }
        return (a, end)
    }

    func relativePeriod(at i: Int) -> (NumberAnnotation, Int)? {
        var j = i
        var mod: String? = nil
        if lower[j] == "earlier" || lower[j] == "later" || lower[j] == "early" || lower[j] == "late" || lower[j] == "mid" {
            guard let n = word(j + 1), n == "this" || n == "last" || n == "next" else { return nil }
            mod = lower[j] == "earlier" || lower[j] == "early" ? "START" : lower[j] == "mid" ? "MID" : "END"
            j += 1
        }
        var direction: Direction
        switch lower[j] {
        case "this", "current": direction = .this
        case "last", "past", "previous": direction = .past
        case "next", "coming", "following", "upcoming": direction = .future
        default: return nil
        }
        // "this past Wednesday", "this upcoming Friday": the nearest one that way.
        if direction == .this, let w = word(j + 1), w == "past" || w == "upcoming" || w == "coming", let n = word(j + 2), let wd = Self.weekdays[n], n.utf8.count > 3 {
            let resolved = documentDate.map { resolveWeekday(wd, from: $0, w == "past" ? .past : .future, strict: true).iso }
            return dateSpan(i, j + 3, resolved: resolved, unresolved: "XXXX-WXX-\(wd)")
        }
        guard var unit = word(j + 1) else { return nil }
        if unit == "workweek" || unit == "work-week" { unit = "week" }
        let step = direction == .past ? -1 : direction == .future ? 1 : 0
        let end = j + 2
        switch unit {
        case "week", "weekend":
            guard let d = documentDate else { return dateSpan(i, end, resolved: nil, unresolved: "XXXX-WXX", mod: mod) }
            let (y, wk) = d.adding(days: 7 * step).isoWeek
            let timex = "\(y)-W\(CivilDate.pad(wk, 2))" + (unit == "weekend" ? "-WE" : "")
            return span(i, end, .date, timex: timex, value: timex, mod: mod)
        case "month":
            guard let d = documentDate else { return dateSpan(i, end, resolved: nil, unresolved: "XXXX-XX", mod: mod) }
            let m = d.adding(months: step)
            let timex = "\(CivilDate.pad(m.year, 4))-\(CivilDate.pad(m.month, 2))"
            return span(i, end, .date, timex: timex, value: timex, mod: mod)
        case "year":
            guard let d = documentDate else { return dateSpan(i, end, resolved: nil, unresolved: "XXXX", mod: mod) }
            let timex = String(d.year + step)
            return span(i, end, .date, timex: timex, value: timex, mod: mod)
        default:
            break
        }
        if let wd = Self.weekdays[unit], unit.utf8.count > 3 {
            // "next Friday" is the Friday of next week, "last Monday" the Monday of last week.
            let resolved = documentDate.map { $0.adding(days: 7 * step + wd - $0.weekday).iso }
            return dateSpan(i, end, resolved: resolved, unresolved: "XXXX-WXX-\(wd)")
        }
        if let m = Self.months[unit], unit.utf8.count > 3 {
            let resolved = documentDate.map { resolveMonth(m, from: $0, direction, strict: direction != .this) }
            return dateSpan(i, end, resolved: resolved, unresolved: "XXXX-\(CivilDate.pad(m, 2))", mod: mod)
        }
        if let (holiday, after) = holiday(at: j + 1, named: true) { return holidaySpan(i, after, holiday, direction, openYear: false) }
        return nil
    }

    /// The holiday named at `j`; `named` when a word before it says a day is
    /// meant ("next easter"), so that one lower-case word is enough.
    func holiday(at j: Int, named: Bool = false) -> (HolidayRule, Int)? {
        guard j < tokens.count, tables.holidayFirstWords.contains(lower[j]) else { return nil }
        // Lower case only for names of two words or more: "christmas eve", not "epiphany".
        let lowest = tokens[j].firstIsUpper || named ? 1 : 2
        var n = min(4, tokens.count - j)
        while n >= lowest {
            // Possessives are split by the tokenizer: "new year 's day" → "new year's day".
            var key: [String] = []
            for k in j..<(j + n) {
                if lower[k] == "'s" || lower[k] == "’s", let last = key.popLast() { key.append(last + "'s") } else { key.append(lower[k]) }
            }
            if let h = tables.holidays[key] { return (h, j + n) }
            n -= 1
        }
        return nil
    }

    // MARK: - Calendar dates

    /// "14 December 2022", "December 14, 2022", "Wednesday 14 December", "late February", "May 2004",
    /// "the fourth of July", "tuesday the eleventh", "Christmas". Lower-case and abbreviated month names
    /// count only with a day or a year beside them ("jan 2019", "april 9th").
    func calendarDate(at i: Int) -> (NumberAnnotation, Int)? {
        var j = i
        var mod: String? = nil
        if can(j + 1, .month), Self.monthModifiers.contains(lower[j]), let (_, weak) = monthAt(j + 1), !weak {
            mod = lower[j] == "early" ? "START" : lower[j] == "late" ? "END" : "MID"
            j += 1
        }
        var weekday: Int? = nil
        if can(j, .weekday), startsTitle(j) { return nil }
        if can(j, .weekday), let wd = Self.weekdays[lower[j]] {
            let full = lower[j].utf8.count > 3 && lower[j] != "tues" && lower[j] != "thur" && lower[j] != "thurs"
            let next = word(j + 1)
            if (full && (tokens[j].firstIsUpper || tokens[j].kind == .word)) || (tokens[j].firstIsUpper && (next == "." || next == "at" || (j + 1 < tokens.count && tokens[j + 1].hasDigit))) {
                weekday = wd
                j += 1
                if j < tokens.count, lower[j] == "," || lower[j] == "the" { j += 1 }
            }
        }
        // "the 9th of May": the article belongs to the date.
        let article = j < tokens.count && lower[j] == "the" && weekday == nil && mod == nil
        if article { j += 1 }
        var day: Int? = nil, month: Int? = nil, year: Int? = nil, weak = false
        let dayStart = j
        if let (d, e) = dayAt(j), let (m, w) = monthAt(e) {
            day = d; month = m; weak = w; j = e + 1
        } else if let (d, e) = cardinalWords(at: j), d <= 31, let (m, w) = monthAt(e), !w {
            // "fifteen August nineteen hundred ninety three".
            day = d; month = m; weak = w; j = e + 1
        } else if let (d, e) = dayAt(j), word(e) == "of", let (m, w) = monthAt(e + 1) {
            day = d; month = m; weak = w; j = e + 2
        } else if let (m, w) = monthAt(j) {
            month = m; weak = w; j += 1
            // "Dec. 31", "October, 1st", "June the 28th".
            var k = j
            if word(k) == "." { k += 1 }
            if word(k) == "," || word(k) == "the" { k += 1 }
            if let (d, e) = dayAt(k) { day = d; j = e }
            // "January twenty five nineteen eighty six", "May twenty nine": a day in words, then a year or the end.
            else if let (d, e) = cardinalWords(at: k), d <= 31,
                    yearInWords(at: e) != nil || e >= tokens.count || tokens[e].kind == .punctuation || (tokens[e].kind == .number && lower[e].utf8.count == 4) {
                day = d; j = e
            }
            else if let (d1, d2) = dayPair(j) {
                // "November 18-19": a range of days.
                let a = CalendarPoint(year: nil, month: m, day: d1, grain: .day), b = CalendarPoint(year: nil, month: m, day: d2, grain: .day)
                if let (timex, _) = CalendarPoint.range(a, b, assumedYear: documentDate?.year ?? 2000) {
                    return span(weekday != nil || mod != nil ? i : dayStart, j + 1, .date, timex: timex)
                }
            }
        }
        if article && day == nil {
            // "on the 18th", "on the 17 from 2pm": a day of an unnamed month.
            guard let (d, e) = dayAt(dayStart), word(i - 1) == "on", !endsInNoun(e) else { return nil }
            return span(i, e, .date, timex: "XXXX-XX-\(CivilDate.pad(d, 2))")
        }
        // "tuesday the eleventh": the day of a month near the writing that falls on that weekday.
        if month == nil, let weekday, lower[dayStart - 1] == "the", let (d, e) = dayAt(dayStart) {
            guard let doc = documentDate else { return span(i, e, .date, timex: "XXXX-WXX-\(weekday)") }
            let candidates = (-2...2).compactMap { offset -> CivilDate? in
                let m = CivilDate(year: doc.year, month: doc.month, day: 1).adding(months: offset)
                guard d <= DocumentDate.daysInMonth(year: m.year, month: m.month) else { return nil }
                let c = CivilDate(year: m.year, month: m.month, day: d)
                return c.weekday == weekday ? c : nil
            }
            guard let best = candidates.min(by: { abs($0.dayNumber - doc.dayNumber) < abs($1.dayNumber - doc.dayNumber) }) else { return nil }
            return span(i, e, .date, timex: best.iso, value: best.iso)
        }
        // "Monday 21": the weekday said with its day of the month.
        if month == nil, let weekday, let (_, e) = dayAt(dayStart), tokens[dayStart].hasDigit, !endsInNoun(e), word(e) != ":" {
            let resolved = documentDate.map { resolveWeekday(weekday, from: $0, tenseDirection(before: i), strict: false).iso }
            return dateSpan(i, e, resolved: resolved, unresolved: "XXXX-WXX-\(weekday)", openYear: true)
        }
        if month != nil, j < tokens.count {
            var k = j
            if (lower[k] == "," || lower[k] == "of" || lower[k] == "in"), k + 1 < tokens.count { k += 1 }
            if let y = yearToken(at: k) { year = y; j = k + 1 }
            else if let (y, e) = yearInWords(at: k) { year = y; j = e }
        }
        if let month {
            // "May" and "March" alone are verbs too often: need a day, a year or a date word before them.
            let bare = day == nil && year == nil && mod == nil
            // A month range makes bare months plain: "from May to September", "between august and october".
            let inRange = (word(j).map(Self.rangeJoiners.contains) == true && monthAt(j + 1) != nil)
                || (word(dayStart - 1).map(Self.rangeJoiners.contains) == true && monthAt(dayStart - 2) != nil)
            if bare, !inRange {
                if weak { return weekdayOnly(i, weekday) }
                let w = lower[dayStart]
                let before = word(dayStart - 1) ?? ""
                if (w == "may" || w == "march") && !["in", "since", "until", "by", "early", "late", "of", "last", "next", "this", "during"].contains(before) { return weekdayOnly(i, weekday) }
            }
            if let day, day > DocumentDate.daysInMonth(year: year ?? 2000, month: month) { return weekdayOnly(i, weekday) }
            let start = weekday != nil || mod != nil || article ? i : dayStart
            if let day {
                let date: CivilDate?
                if let year { date = CivilDate(year: year, month: month, day: day) }
                else { date = documentDate.map { resolveDay(month: month, day: day, from: $0, tenseDirection(before: i)) } }
                let unresolved = "\(year.map { CivilDate.pad($0, 4) } ?? "XXXX")-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
                return dateSpan(start, j, resolved: date?.iso, unresolved: unresolved, mod: mod, openYear: year == nil)
            }
            if let year {
                let resolved = "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"
                return dateSpan(start, j, resolved: resolved, unresolved: "XXXX-\(CivilDate.pad(month, 2))", mod: mod)
            }
            return monthSpan(start, j, month: month, mod: mod)
        }
        if weekday != nil { return weekdayOnly(i, weekday) }
        if let (h, end) = holiday(at: i) {
            // "Christmas 2010", "black friday 2010": the holiday of that year.
            if let y = yearToken(at: end) {
                let day = h.date(in: y).iso
                return span(i, end + 1, .date, timex: day, value: day)
            }
            return holidaySpan(i, end, h, .nearest, openYear: true)
        }
        return nil
    }

    /// A month without its year, the one the tense points to: "late February", "mid-November".
    func monthSpan(_ from: Int, _ to: Int, month: Int, mod: String?) -> (NumberAnnotation, Int) {
        let resolved = documentDate.map { resolveMonth(month, from: $0, tenseDirection(before: from) == .future ? .future : .past, strict: false) }
        return dateSpan(from, to, resolved: resolved, unresolved: "XXXX-\(CivilDate.pad(month, 2))", mod: mod, openYear: true)
    }

    /// A holiday resolved in `direction` from the document's date. A moving feast has no
    /// open-year form: without a date to count from, it is left alone.
    func holidaySpan(_ from: Int, _ to: Int, _ h: HolidayRule, _ direction: Direction, openYear: Bool) -> (NumberAnnotation, Int)? {
        let resolved = documentDate.map { resolve(h.date(in:), from: $0, direction).iso }
        guard let fixed = h.fixedDay else { return resolved.map { span(from, to, .date, timex: $0, value: $0) } }
        let unresolved = "XXXX-\(CivilDate.pad(fixed.month, 2))-\(CivilDate.pad(fixed.day, 2))"
        return dateSpan(from, to, resolved: resolved, unresolved: unresolved, openYear: openYear)
    }

    func weekdayOnly(_ i: Int, _ weekday: Int?) -> (NumberAnnotation, Int)? {
        guard let weekday else { return nil }
        let resolved = documentDate.map { resolveWeekday(weekday, from: $0, tenseDirection(before: i), strict: false).iso }
        return dateSpan(i, i + 1, resolved: resolved, unresolved: "XXXX-WXX-\(weekday)", openYear: true)
    }

    /// The month named at token `j`, and whether the name is weak evidence
    /// alone: lower-case ("april") or abbreviated without its stop ("Jan").
    func monthAt(_ j: Int) -> (Int, weak: Bool)? {
        guard can(j, .month), let m = Self.months[lower[j]] else { return nil }
        let full = lower[j].utf8.count > 4 || lower[j] == "may" || lower[j] == "june" || lower[j] == "july"
        let weak = !tokens[j].firstIsUpper || (!full && word(j + 1) != ".")
        return (m, weak)
    }

    static let dayTens: [String: Int] = ["twenty": 20, "thirty": 30]

    /// The year written as four digits at token `k` ("2018"), within `range`.
    func yearToken(at k: Int, in range: ClosedRange<Int> = 1000...2999) -> Int? {
        guard k >= 0, k < tokens.count, tokens[k].kind == .number, lower[k].utf8.count == 4, let y = Int(lower[k]), range.contains(y) else { return nil }
        // "from 1900 GMT" is a clock, "2048 * 1080 pixels" a size.
        if k + 1 < tokens.count, (tokens[k + 1].isAllCaps && Self.zones.contains(lower[k + 1])) || ["*", "x", "×"].contains(lower[k + 1]) { return nil }
        return y
    }

    /// A year said in words: "nineteen ninety six", "nineteen hundred ninety three",
    /// "two thousand and fifteen", "twenty twenty".
    /// 1…99 in words at token `k` ("five", "fifteen", "ninety six", "ninety-six") and the token after it.
    func cardinalWords(at k: Int) -> (Int, Int)? {
        guard can(k, .numberWord) || can(k, .hyphenated), let w = word(k) else { return nil }
        func v(_ s: String) -> (Double, NumberTables.WordType)? { tables.numberWords[s].map { ($0.value, $0.type) } }
        if can(k, .hyphenated) {
            let parts = w.split(separator: "-").map(String.init)
            guard parts.count == 2, let t = v(parts[0]), t.1 == .ten, let u = v(parts[1]), u.1 == .unit, u.0 < 10 else { return nil }
            return (Int(t.0 + u.0), k + 1)
        }
        guard let first = v(w), first.1 == .unit || first.1 == .ten, first.0 >= 1, first.0 < 100 else { return nil }
        if first.1 == .ten, let nw = word(k + 1), let u = v(nw), u.1 == .unit, u.0 >= 1, u.0 < 10 { return (Int(first.0 + u.0), k + 2) }
        return (Int(first.0), k + 1)
    }

    func yearInWords(at j: Int) -> (Int, Int)? {
        let small = cardinalWords(at:)
        guard let (head, e) = small(j) else { return nil }
        // "two thousand (and) fifteen"
        if head == 2 || head == 1, word(e) == "thousand" {
            var k = e + 1
            if word(k) == "and" { k += 1 }
            if let (rest, end) = small(k) { return (head * 1000 + rest, end) }
            return (head * 1000, e + 1)
        }
        // "nineteen (hundred) (and) ninety six", "twenty twenty"
        guard (10...20).contains(head) else { return nil }
        var k = e
        if word(k) == "hundred" { k += 1; if word(k) == "and" { k += 1 } }
        guard let (rest, end) = small(k), rest >= 10 || word(e) == "hundred" else { return nil }
        return (head * 100 + rest, end)
    }
    static let rangeJoiners: Set<String> = ["to", "-", "–", "~", "and", "through", "thru", "till", "until"]

    /// "18-19" as one token: two days of a month.
    func dayPair(_ j: Int) -> (Int, Int)? {
        guard j < tokens.count, tokens[j].kind == .number else { return nil }
        let parts = lower[j].split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.utf8.count <= 2 }), let a = Int(parts[0]), let b = Int(parts[1]),
              (1...31).contains(a), (1...31).contains(b), a < b else { return nil }
        return (a, b)
    }

    /// The day of the month at token `j` ("14", "14th", "fourth", "twenty-first",
    /// "thirty first") and the token after it.
    func dayAt(_ j: Int) -> (Int, Int)? {
        guard j < tokens.count else { return nil }
        if tokens[j].hasDigit {
            var s = lower[j]
            if tokens[j].kind == .word, s.hasSuffix("st") || s.hasSuffix("nd") || s.hasSuffix("rd") || s.hasSuffix("th") { s = String(s.dropLast(2)) }
            guard s.utf8.count <= 2, let d = Int(s), (1...31).contains(d) else { return nil }
            return (d, j + 1)
        }
        func ordinal(_ w: Substring) -> Int? {
            guard let e = tables.numberWords[String(w)], e.type == .ordinal, e.value <= 31 else { return nil }
            return Int(e.value)
        }
        guard can(j, .numberWord) else { return nil }
        let w = lower[j]
        if let d = ordinal(w[...]) { return (d, j + 1) }
        // "twenty-first", "twenty first", "thirty first".
        guard w.hasPrefix("t") else { return nil }
        if w.utf8.contains(UInt8(ascii: "-")) {
            let parts = w.split(separator: "-")
            if parts.count == 2, let t = Self.dayTens[String(parts[0])], let u = ordinal(parts[1]), u < 10, t + u <= 31 { return (t + u, j + 1) }
            return nil
        }
        if let t = Self.dayTens[w], let next = word(j + 1), let u = ordinal(next[...]), u < 10, t + u <= 31 { return (t + u, j + 2) }
        return nil
    }

    // MARK: - Resolution

    /// Future when the clause speaks of what will happen ("will meet on Friday").
    func tenseDirection(before i: Int) -> Direction {
        var k = i - 1
        var seen = 0
        while k >= 0, seen < 8 {
            let w = lower[k]
            if w == "." || w == "!" || w == "?" || tokens[k + 1].newlinesBefore > 0 { break }
            if w == "will" || w == "shall" || w == "'ll" || w == "’ll" || w == "next" || w == "upcoming" || w == "due" { return .future }
            k -= 1
            seen += 1
        }
        return .past
    }

    func resolveWeekday(_ target: Int, from d: CivilDate, _ direction: Direction, strict: Bool) -> CivilDate {
        let today = d.weekday
        switch direction {
        case .future:
            var delta = (target - today + 7) % 7
            if delta == 0 && strict { delta = 7 }
            return d.adding(days: delta)
        case .past:
            var delta = (today - target + 7) % 7
            if delta == 0 && strict { delta = 7 }
            return d.adding(days: -delta)
        case .nearest, .this:
            // "this Friday": the one in the same ISO week.
            return d.adding(days: target - today)
        }
    }

    func resolveMonth(_ month: Int, from d: CivilDate, _ direction: Direction, strict: Bool) -> String {
        var year = d.year
        switch direction {
        case .past: if month > d.month || (strict && month == d.month) { year -= 1 }
        case .future: if month < d.month || (strict && month == d.month) { year += 1 }
        case .this, .nearest: break
        }
        return "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"
    }

    func resolveDay(month: Int, day: Int, from d: CivilDate, _ direction: Direction) -> CivilDate {
        resolve({ y in CivilDate(year: y, month: month, day: min(day, DocumentDate.daysInMonth(year: y, month: month))) }, from: d, direction)
    }

    /// The yearly day (`dayIn` gives it for a year) nearest `d` in `direction`.
    func resolve(_ dayIn: (Int) -> CivilDate, from d: CivilDate, _ direction: Direction) -> CivilDate {
        let candidates = [d.year - 1, d.year, d.year + 1].map(dayIn)
        switch direction {
        case .past: return candidates.last { $0 <= d } ?? candidates[0]
        case .future: return candidates.first { $0 >= d } ?? candidates[2]
        case .this: return candidates[1]
        case .nearest: return candidates.min { abs($0.dayNumber - d.dayNumber) < abs($1.dayNumber - d.dayNumber) }!
        }
    }
}
