import Copydesk

/// The word lists of the date and time rules, read with the other tables
/// from `temporal-words.tsv` (`list<TAB>word[<TAB>value...]`), so that a
/// word the rules should know is a data change. Month and weekday names are
/// not here: they are the shared language data (`LanguageData`), which the
/// other stages read too.
public struct TemporalWords: Sendable {
    /// Words after a plain number that may make it temporal: "12 of Sept", "9 a m", "15 past".
    public var afterNumber: Set<String>
    /// Words that open temporal expressions but say nothing temporal alone.
    public var openers: Set<String>
    /// Words that tell a temporal expression is near.
    public var evidenceWords: Set<String>
    /// Duration units: TIMEX3 letter, whether it is a time (PT…) unit, and a factor.
    public var durationUnits: [String: (letter: String, isTime: Bool, factor: Int)]
    /// Adverbs of frequency that are a set by themselves ("daily", "hourly"), to their TIMEX3 period.
    public var frequencies: [String: String]
    /// Time zone abbreviations that may follow a clock time ("10:30 GMT"); read only when written in capitals.
    public var zones: Set<String>
    /// Words before a month that make it part of a period ("early March", "mid-June").
    public var monthModifiers: Set<String>
    /// Days named relative to the document date ("yesterday"), to their offset in days.
    public var dayOffsets: [String: Int]
    /// Words before a week, month, year or weekday that count from the writing ("next Friday"), to the step (-1, 0, 1).
    public var relativeSteps: [String: Int]
    /// The steps of `relativeSteps` that count a single day on from the writing ("the next day", "the previous day").
    public var daySteps: [String: Int]
    /// Words after a count of minutes in a clock ("ten minutes to nine").
    public var minuteWords: Set<String>
    /// Words before "the day", "the week", … that make it the writing's period ("for the day").
    public var periodPrepositions: Set<String>
    /// The periods such a "the …" names.
    public var writingPeriods: Set<String>
    /// Words after "the week" that make it another period than the writing's ("the week of the 18th").
    public var otherPeriodFollowers: Set<String>
    /// Words before "May" or "March" that make it the month ("in May"; "she may").
    public var monthVerbCues: Set<String>
    /// Words before "days" that count weekdays only ("the next 4 business days").
    public var businessDayWords: Set<String>
    /// Words after four digits that make them a 24-hour clock ("0800 hours"), and the words before
    /// that make one without a leading zero a time of day ("at 1400 hours").
    public var clockHourWords: Set<String>, clockPrepositions: Set<String>
    /// Words between a period and the month or day it ends with ("the year to March", "the six months ending 31 December").
    public var periodEnds: Set<String>
    /// Words before a part of the day that name its day ("tomorrow morning"), to the offset in days.
    public var partOfDayDays: [String: Int]
    /// Parts of the day, to their TIMEX3 code ("morning" is TMO).
    public var partsOfDay: [String: String]
    /// Words that follow a day's name in the names of papers and programmes.
    public var titleWords: Set<String>
    /// Words that count a period back from the document date ("the last 3 days").
    public var pastWords: Set<String>
    /// Words that count a period on from the document date ("the next 3 days").
    public var futureWords: Set<String>
    /// Words that make a clause speak of what is to come ("will", "is expected"), unless a past auxiliary is before them.
    public var tenseFutureMarkers: Set<String>
    /// "was", "had", …: before a future marker, the clause is in the past ("was expected").
    public var tensePastAuxiliaries: Set<String>
    /// "set", "going", …: between the present of "to be" and "to", a clause of what is to come ("is set to").
    public var tenseBeToFutures: Set<String>
    /// "as", "than": before a future marker, it says nothing of the tense ("as expected", "than expected").
    public var tenseNeutralLeads: Set<String>
    /// The present of "to be": just before "in" and an amount of days to years, a day to come ("the vote is in 10 days").
    public var presentCopulas: Set<String>
    /// Seasons, to their TIMEX3 code ("this summer" is 2016-SU).
    public var seasons: [String: String]
    /// Calendar units a counted period can be made of: TIMEX letter and size in days, months or years.
    public var periodUnits: [String: (letter: String, days: Int, months: Int)]
    /// Words between decades of an age group ("in their late thirties and forties"), which say it is no decade.
    public var ageGroupLinks: Set<String>
    /// Words that open an age group ("her twenties", "the over thirties"): ages, not decades.
    public var ageGroupOpeners: Set<String>
    /// Decades in words, to their tens ("the nineties").
    public var decadeWords: [String: Int]
    /// Unit letters written glued to a number: "3h", "10mins", "2W", "3Y".
    public var gluedUnits: [String: String]
    /// Words that count a few units ("a few weeks", "several days"), to the count they are read as.
    public var vagueAmounts: [String: Double]
    /// Words before "one day" that make it some day rather than a day's length ("will one day stand down").
    public var modals: Set<String>
    /// Words after "one day" that make it some day rather than a day's length ("One day you will").
    public var subjects: Set<String>
    /// Further frequency words that are a set by themselves ("quarterly", "fortnightly"), to their TIMEX3 period.
    public var frequencyWords: [String: String]
    /// The units "every alternate" and "every second" count in (Recognizers-Text's GetMatchedUnitTimex): "every second hour" is no set there.
    public var everySecondUnits: Set<String>
    /// Parts of the day that join a day before them into a datetime ("Monday afternoon"), to their TIMEX3 code.
    public var dayParts: [String: String]
    /// Words between "the week" and the day that names it.
    public var weekOfWords: Set<String>
    /// Words after a number that do not make it a count of something.
    public var notNouns: Set<String>
    /// Words between a date and a time that join them into one datetime ("Monday at 5pm").
    public var linkers: Set<String>
    /// Words between two clock times or datetimes that make them a range ("5 to 6pm").
    public var rangeWords: Set<String>
    /// Words between two dates that make them a range ("1 to 5 March").
    public var dateRangeWords: Set<String>
    /// Words after which "5/12" is a date rather than a fraction.
    public var numericDateCues: Set<String>
    /// The tens of a day of the month written in words ("twenty-first", "thirty first").
    public var dayTens: [String: Int]
    /// What makes two digits after "June of" a share: "June of 17 %", "May of 12 per cent".
    public var notAfterTwoDigitYear: Set<String>
    /// Words that join bare months into a range and so make them months rather than verbs ("from May to September").
    public var rangeJoiners: Set<String>
    /// Meals and meal times, to their TIMEX3 code ("at lunch" is TMEL).
    public var meals: [String: String]
    /// Ordinals that count weekdays in a month ("last" counts as the fifth).
    public var weekdayOrdinals: [String: Int]
    /// Units a part of a period is counted in ("the first 2 weeks of"), to their TIMEX3 letter.
    public var partUnits: [String: String]
    /// Words that open a day a period runs from, as the modifiers leave them at the start of its span.
    public var startWords: Set<String>
    /// What joins the two days, as Recognizers-Text's TillRegex has it ("and" only after "between").
    public var weekdayRangeJoiners: Set<String>
    /// Abbreviations that name a weekday at the end of a range: "Sat" and "Sun" are other words as often, and Recognizers-Text takes them only after "on", never at the ends of a range.
    public var rangeWeekdayAbbreviations: Set<String>
    /// Parts of a period, read before date ranges are built ("from 2007 to the end of 2008"), and their `mod`.
    public var periodPrefixes: [([String], String?)]
    /// Words naming a year before it: "the year 2008", "calendar year 2008".
    public var yearPrefixes: [[String]]
    /// Relations to a point in time said before it ("no later than", "since"), read after ranges are built, and their `mod`.
    public var relationPrefixes: [([String], String)]
    /// Relations to a point in time said after it ("2018 or later", "August onwards"), and their `mod`.
    public var relationSuffixes: [([String], String)]
    /// Comparisons before a duration ("more than 3 days"), and their `mod`.
    public var durationPrefixes: [([String], String)]
    /// What names a week by its first day, before the day: Recognizers-Text's
    /// WeekOfRegex, "week of/commencing/starting/beginning (on)" and the
    /// British "w/c" (three tokens), each with "the" or without.
    public var weekOfLeads: [[String]]
    /// Phrases for the time of the writing ("right now", "at the moment", "to date"): PRESENT_REF.
    public var presentPhrases: [[String]]

    /// The words just before an expression that some prefix ends with (and just after, that a
    /// suffix starts with): a phrase table is scanned only when one of them is there. Derived
    /// from the phrase lists, so they are not in the file.
    var periodLastWords: Set<String>, yearLastWords: Set<String>, relationLastWords: Set<String>, relationFirstWords: Set<String>

    /// Every list of `temporal-words.tsv` and how many value columns its rows carry.
    static let lists: [String: Int] = [
        "after-number": 0, "openers": 0, "evidence-words": 0, "duration-units": 3,
        "frequencies": 1, "zones": 0, "month-modifiers": 0, "day-offsets": 1,
        "part-of-day-days": 1, "parts-of-day": 1, "title-words": 0, "past-words": 0,
        "future-words": 0, "seasons": 1, "period-units": 3, "age-group-links": 0,
        "age-group-openers": 0, "decade-words": 1, "glued-units": 1, "vague-amounts": 1,
        "modals": 0, "subjects": 0, "frequency-words": 1, "every-second-units": 0,
        "day-parts": 1, "week-of-words": 0, "not-nouns": 0, "linkers": 0,
        "range-words": 0, "date-range-words": 0, "numeric-date-cues": 0, "day-tens": 1,
        "not-after-two-digit-year": 0, "range-joiners": 0, "meals": 1, "weekday-ordinals": 1,
        "part-units": 1, "start-words": 0, "weekday-range-joiners": 0, "range-weekday-abbreviations": 0,
        "period-prefixes": 1, "year-prefixes": 0, "relation-prefixes": 1, "relation-suffixes": 1,
        "duration-prefixes": 1, "week-of-leads": 0, "present-phrases": 0, "relative-steps": 1,
        "minute-words": 0, "period-prepositions": 0, "writing-periods": 0, "other-period-followers": 0, "month-verb-cues": 0,
        "business-day-words": 0, "clock-hour-words": 0, "clock-prepositions": 0,
        "period-ends": 0, "day-steps": 1, "tense-future-markers": 0, "tense-past-auxiliaries": 0, "tense-be-to-futures": 0, "tense-neutral-leads": 0, "present-copulas": 0,
    ]

    /// `rows` are the file's rows with their line numbers; `file` names it in errors.
    init(rows: [(line: Int, fields: [String])], file: String) throws {
        let r = try WordListRows(rows, lists: Self.lists, file: file)
        afterNumber = r.set("after-number")
        openers = r.set("openers")
        evidenceWords = r.set("evidence-words")
        durationUnits = try r.durationUnits("duration-units")
        frequencies = try r.strings("frequencies")
        zones = r.set("zones")
        monthModifiers = r.set("month-modifiers")
        dayOffsets = try r.integers("day-offsets")
        relativeSteps = try r.integers("relative-steps")
        daySteps = try r.integers("day-steps")
        minuteWords = r.set("minute-words")
        periodPrepositions = r.set("period-prepositions")
        writingPeriods = r.set("writing-periods")
        otherPeriodFollowers = r.set("other-period-followers")
        monthVerbCues = r.set("month-verb-cues")
        businessDayWords = r.set("business-day-words")
        clockHourWords = r.set("clock-hour-words")
        clockPrepositions = r.set("clock-prepositions")
        periodEnds = r.set("period-ends")
        partOfDayDays = try r.integers("part-of-day-days")
        partsOfDay = try r.strings("parts-of-day")
        titleWords = r.set("title-words")
        pastWords = r.set("past-words")
        futureWords = r.set("future-words")
        tenseFutureMarkers = r.set("tense-future-markers")
        tensePastAuxiliaries = r.set("tense-past-auxiliaries")
        tenseBeToFutures = r.set("tense-be-to-futures")
        tenseNeutralLeads = r.set("tense-neutral-leads")
        presentCopulas = r.set("present-copulas")
        seasons = try r.strings("seasons")
        periodUnits = try r.periodUnits("period-units")
        ageGroupLinks = r.set("age-group-links")
        ageGroupOpeners = r.set("age-group-openers")
        decadeWords = try r.integers("decade-words")
        gluedUnits = try r.strings("glued-units")
        vagueAmounts = try r.numbers("vague-amounts")
        modals = r.set("modals")
        subjects = r.set("subjects")
        frequencyWords = try r.strings("frequency-words")
        everySecondUnits = r.set("every-second-units")
        dayParts = try r.strings("day-parts")
        weekOfWords = r.set("week-of-words")
        notNouns = r.set("not-nouns")
        linkers = r.set("linkers")
        rangeWords = r.set("range-words")
        dateRangeWords = r.set("date-range-words")
        numericDateCues = r.set("numeric-date-cues")
        dayTens = try r.integers("day-tens")
        notAfterTwoDigitYear = r.set("not-after-two-digit-year")
        rangeJoiners = r.set("range-joiners")
        meals = try r.strings("meals")
        weekdayOrdinals = try r.integers("weekday-ordinals")
        partUnits = try r.strings("part-units")
        startWords = r.set("start-words")
        weekdayRangeJoiners = r.set("weekday-range-joiners")
        rangeWeekdayAbbreviations = r.set("range-weekday-abbreviations")
        periodPrefixes = r.phraseTable("period-prefixes").map { ($0.0, Optional($0.1)) }
        yearPrefixes = r.phrases("year-prefixes")
        relationPrefixes = r.phraseTable("relation-prefixes")
        relationSuffixes = r.phraseTable("relation-suffixes")
        durationPrefixes = r.phraseTable("duration-prefixes")
        weekOfLeads = r.phrases("week-of-leads")
        presentPhrases = r.phrases("present-phrases")
        periodLastWords = Set(periodPrefixes.compactMap { $0.0.last })
        yearLastWords = Set(yearPrefixes.compactMap(\.last))
        relationLastWords = Set(relationPrefixes.compactMap { $0.0.last } + durationPrefixes.compactMap { $0.0.last })
        relationFirstWords = Set(relationSuffixes.compactMap { $0.0.first })
    }
}

/// The value columns of the duration and period units.
extension WordListRows {
    func durationUnits(_ list: String) throws -> [String: (letter: String, isTime: Bool, factor: Int)] {
        try table(list, "LETTER<TAB>time|date<TAB>FACTOR") { v in
            guard v[1] == "time" || v[1] == "date", let factor = Int(v[2]) else { return nil }
            return (v[0], v[1] == "time", factor)
        }
    }

    func periodUnits(_ list: String) throws -> [String: (letter: String, days: Int, months: Int)] {
        try table(list, "LETTER<TAB>DAYS<TAB>MONTHS") { v in
            guard let days = Int(v[1]), let months = Int(v[2]) else { return nil }
            return (v[0], days, months)
        }
    }
}
