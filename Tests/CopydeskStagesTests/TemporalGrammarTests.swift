import Copydesk
import CopydeskStages
import CopydeskTesting
import Testing

/// The temporal grammar above single expressions: ranges, counted periods,
/// numeric dates, clock times and the words around a date.
@Suite struct TemporalGrammarTests {
    let stage: TagNumbersStage

    init() throws { stage = try makeStage(TagNumbersStage.self) }

    /// (text, kind, timex) of every temporal annotation.
    func temporal(_ text: String, date: String? = "2016-11-07") throws -> [[String]] {
        var d = Document(id: "t", text: text, date: date)
        try stage.process(&d)
        return (d.numbers ?? []).filter { [.date, .time, .datetime, .duration, .set].contains($0.kind) }
            .map { [$0.text, $0.kind.rawValue, $0.timex ?? ""] }
    }

    /// Generated: two bare hours joined by "between … and" or "from … to", a
    /// meridiem after the second in any common spelling: one clock range, the
    /// start in the afternoon too when it fits before the end ("between 3 and
    /// 5 pm" is T15 to T17, "from 11 to 1 pm" is T11 to T13).
    @Test func bareHoursWithAMeridiemAfterTheSecondAreAClockRange() throws {
        var generator = SystemRandomNumberGenerator()
        let meridiems = [("pm", true), (" pm", true), (" p.m.", true), (" PM", true), ("am", false), (" am", false), (" a.m.", false), (" AM", false)]
        for _ in 0..<200 {
            let a = Int.random(in: 1...11, using: &generator), b = Int.random(in: 1...12, using: &generator)
            guard a != b else { continue }
            let (meridiem, pm) = meridiems.randomElement(using: &generator)!
            let (open, join) = Bool.random(using: &generator) ? ("between", "and") : ("from", "to")
            let phrase = "\(open) \(a) and \(b)\(meridiem)".replacingOccurrences(of: " and ", with: " \(join) ")
            let end = b % 12 + (pm ? 12 : 0)
            let start = pm && a + 12 <= end ? a + 12 : a
            var minutes = (end - start) * 60
            if minutes <= 0 { minutes += 24 * 60 }
            let pad = { (h: Int) in h < 10 ? "0\(h)" : "\(h)" }
            let expected = "(T\(pad(start)),T\(pad(end)),PT\(minutes / 60)H)"
            #expect(try temporal("We meet \(phrase) on site.") == [[phrase, "time", expected]], "\(phrase)")
        }
    }

    /// Generated: every season word with a year after it, with or without
    /// "of", is that season of that year; "fall" and "spring" as verbs before
    /// a count stay verbs.
    @Test func aSeasonOfAYear() throws {
        let seasons = ["summer": "SU", "winter": "WI", "autumn": "FA", "fall": "FA", "spring": "SP"]
        var generator = SystemRandomNumberGenerator()
        for (word, code) in seasons {
            for _ in 0..<10 {
                let year = Int.random(in: 1950...2049, using: &generator)
                let phrase = (Bool.random(using: &generator) ? "\(word) of \(year)" : "\(word) \(year)")
                let shown = Bool.random(using: &generator) ? phrase.prefix(1).uppercased() + phrase.dropFirst() : phrase
                #expect(try temporal("It happened in the \(shown), they said.") == [[shown, "date", "\(year)-\(code)"]], "\(shown)")
            }
        }
        #expect(try temporal("Shares fall 2018 points.").isEmpty)
    }

    /// Generated: "the week of" before a day in any of the calendar formats
    /// takes the phrase into the date, with the day's timex.
    @Test func aWeekNamedByOneOfItsDays() throws {
        let months = ["January", "March", "June", "September", "December"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<60 {
            let m = Int.random(in: 0..<months.count, using: &generator), day = Int.random(in: 1...28, using: &generator)
            let month = [1, 3, 6, 9, 12][m]
            let pad = { (v: Int) in v < 10 ? "0\(v)" : "\(v)" }
            let (written, timex): (String, String) = Bool.random(using: &generator)
                ? ("\(months[m]) \(day)", "XXXX-\(pad(month))-\(pad(day))")
                : ("\(day) \(months[m]) 2021", "2021-\(pad(month))-\(pad(day))")
            let the = Bool.random(using: &generator) ? "the " : ""
            #expect(try temporal("We spoke during \(the)week of \(written), he said.") == [["\(the)week of \(written)", "date", timex]], "\(written)")
        }
    }

    @Test func dateRanges() throws {
        #expect(try temporal("sales rose from 2014 to 2018.") == [["from 2014 to 2018", "date", "(2014-01-01,2018-01-01,P4Y)"]])
        #expect(try temporal("between 2007 and 2009") == [["between 2007 and 2009", "date", "(2007-01-01,2009-01-01,P2Y)"]])
        #expect(try temporal("I'm out between 3 and 12 of Sept") == [["between 3 and 12 of Sept", "date", "(XXXX-09-03,XXXX-09-12,P9D)"]])
        #expect(try temporal("What will happen from May to September") == [["from May to September", "date", "(XXXX-05-01,XXXX-09-01,P4M)"]])
        #expect(try temporal("in Korea Jan-Feb 2017") == [["Jan-Feb 2017", "date", "(2017-01-01,2017-02-01,P1M)"]])
        #expect(try temporal("on November 18-19") == [["November 18-19", "date", "(XXXX-11-18,XXXX-11-19,P1D)"]])
        #expect(try temporal("out January 12, 2016 - 01/22/2016") == [["January 12, 2016 - 01/22/2016", "date", "(2016-01-12,2016-01-22,P10D)"]])
        #expect(try temporal("from 2007 to the end of 2008") == [["from 2007 to the end of 2008", "date", "(2007-01-01,2009-01-01,P24M)"]])
        // Two plain numbers stay numbers.
        #expect(try temporal("from 1500 to 2000 people").isEmpty)
        // From or to the day of writing; each end keeps its own timex.
        #expect(try temporal("my work between now and November 15th", date: "2019-04-23")
                == [["between now and November 15th", "date", "(2019-04-23,XXXX-11-15,P206D)"]])
        #expect(try temporal("docked between Jan 2019 and now", date: "2020-04-26")
                == [["between Jan 2019 and now", "date", "(2019-01-01,2020-04-26,P481D)"]])
        #expect(try temporal("docked between Jan 2019 and now", date: nil) == [["Jan 2019", "date", "2019-01"]])
    }

    @Test func partsOfYearsCenturiesAndNamedYears() throws {
        #expect(try temporal("we lived here from mid 1989") == [["mid 1989", "date", "1989"]])
        #expect(try temporal("in mid-1989 and late 2004") == [["mid-1989", "date", "1989"], ["late 2004", "date", "2004"]])
        #expect(try temporal("on sale in mid-November") == [["mid-November", "date", "XXXX-11"]])
        #expect(try temporal("since the mid 1990's") == [["mid 1990's", "date", "(1990-01-01,2000-01-01,P10Y)"]])
        #expect(try temporal("It happens in 15th  century") == [["15th  century", "date", "(1400-01-01,1500-01-01,P100Y)"]])
        #expect(try temporal("the twenty-first century") == [["twenty-first century", "date", "(2000-01-01,2100-01-01,P100Y)"]])
        #expect(try temporal("at 20th Century Fox").isEmpty)
        // Decades of no named century; ages are no decades.
        #expect(try temporal("disco in the 70s and the '80s") == [["70s", "date", "(XX70-01-01,XX80-01-01,P10Y)"], ["'80s", "date", "(XX80-01-01,XX90-01-01,P10Y)"]])
        #expect(try temporal("presidents in nineties") == [["nineties", "date", "(XX90-01-01,XX00-01-01,P10Y)"]])
        #expect(try temporal("people in their 30s, 40s and 50s; he retired in his late 40s; the over thirties").isEmpty)
        #expect(try temporal("sales in the fiscal year 2008") == [["fiscal year 2008", "date", "FY2008"]])
        #expect(try temporal("gains in this school year", date: "2019-06-18") == [["this school year", "date", "SY2019"]])
        #expect(try temporal("profits for the 2003 fiscal year") == [["2003 fiscal year", "date", "FY2003"]])
        #expect(try temporal("in this calendar year", date: "2019-06-18") == [["this calendar year", "date", "2019"]])
    }

    @Test func someDay() throws {
        #expect(try temporal("Mr Blair will one day stand down. One day you will see.").isEmpty)
        #expect(try temporal("shares fell 18% in one day") == [["one day", "duration", "P1D"]])
    }

    @Test func monthOfANamedYear() throws {
        #expect(try temporal("appointed in October last year", date: "2022-12-14") == [["October last year", "date", "2021-10"]])
        #expect(try temporal("on 5 March this year", date: "2022-12-14") == [["5 March this year", "date", "2022-03-05"]])
    }

    @Test func agencyClock() throws {
        // Four digits and a time zone are a 24-hour clock; four digits alone stay a number.
        #expect(try temporal("rose 4% by 1200 GMT, while") == [["1200 GMT", "time", "T12:00"]])
        #expect(try temporal("shown on BBC One at 2010 GMT on Wednesday") == [["2010 GMT on Wednesday", "datetime", "XXXX-WXX-3T20:10"]])
        #expect(try temporal("about 1830 people").isEmpty)
        #expect(try temporal("films at resolutions of 2048 * 1080 pixels").isEmpty)
        // Never a year: "Saturday, 26 February 1600 GMT" was the year 1600.
        #expect(try temporal("on the website from 1900 GMT.") == [["1900 GMT", "time", "T19:00"]])
        #expect(try temporal("Saturday, 26 February 1600 GMT") == [["Saturday, 26 February 1600 GMT", "datetime", "XXXX-02-26T16:00"]])
        #expect(try temporal("hit by tragedy early in 2002.") == [["early in 2002", "date", "2002"]])
    }

    @Test func compoundAmountsAgo() throws {
        #expect(try temporal("and 2 weeks and 2 days ago they found it") == [["2 weeks and 2 days ago", "date", "2016-10-22"]])
        #expect(try temporal("up from £125m a year earlier") == [["a year earlier", "date", "2015-11-07"]])
        #expect(try temporal("up from £125m a year earlier", date: nil) == [["a year earlier", "date", "PAST_REF"]])
        // A weekday with a day counted from now: that weekday in the week of that day.
        #expect(try temporal("I'll go back Monday two weeks from now.", date: "2016-11-09") == [["Monday two weeks from now", "date", "2016-11-21"]])
        // "to date" is a day, "right now" a moment.
        #expect(try temporal("clusters docked to date?") == [["to date", "date", "PRESENT_REF"]])
        #expect(try temporal("not right now") == [["right now", "datetime", "PRESENT_REF"]])
    }

    @Test func holidays() throws {
        #expect(try temporal("I'll go back on black friday 2010") == [["black friday 2010", "date", "2010-11-26"]])
        #expect(try temporal("Christmas 2004 was the worst") == [["Christmas 2004", "date", "2004-12-25"]])
        #expect(try temporal("When was the previous easter?", date: "2019-02-12") == [["previous easter", "date", "2018-04-01"]])
        #expect(try temporal("When is the next easter?", date: "2019-02-12") == [["next easter", "date", "2019-04-21"]])
        // A moving feast has no open-year timex: without a date to count from it is left alone.
        #expect(try temporal("at Thanksgiving", date: nil).isEmpty)
        #expect(try temporal("at Thanksgiving", date: "2018-12-01") == [["Thanksgiving", "date", "2018-11-22"]])
    }

    @Test func partsOfAYearOrMonth() throws {
        #expect(try temporal("growth in the first half of 2004") == [["the first half of 2004", "date", "(2004-01-01,2004-07-01,P6M)"]])
        #expect(try temporal("a loss for the last three months of 2004") == [["the last three months of 2004", "date", "(2004-10-01,2005-01-01,P3M)"]])
        #expect(try temporal("the first quarter of the year is slower") == [["the first quarter of the year", "date", "(XXXX-01-01,XXXX-04-01,P3M)"]])
        // Weeks are whole weeks from Monday.
        #expect(try temporal("booked for the first 2 weeks of 2021") == [["the first 2 weeks of 2021", "date", "(2021-01-04,2021-01-18,P2W)"]])
        #expect(try temporal("scheduled for the last 3 weeks of this year", date: "2019-11-29")
                == [["the last 3 weeks of this year", "date", "(2019-12-09,2019-12-30,P3W)"]])
        #expect(try temporal("They visited Paris first ten days of last year", date: "2021-11-29")
                == [["first ten days of last year", "date", "(2020-01-01,2020-01-11,P10D)"]])
    }

    @Test func countedAndAlignedPeriods() throws {
        #expect(try temporal("I'll be out next 3 days") == [["next 3 days", "date", "(2016-11-08,2016-11-11,P3D)"]])
        #expect(try temporal("for the last 3 months") == [["last 3 months", "date", "(2016-08-07,2016-11-07,P3M)"]])
        #expect(try temporal("Sales for last quarter") == [["last quarter", "date", "(2016-07-01,2016-10-01,P3M)"]])
        #expect(try temporal("during 2017 q1") == [["2017 q1", "date", "(2017-01-01,2017-04-01,P3M)"]])
        #expect(try temporal("I'll leave this summer") == [["this summer", "date", "2016-SU"]])
        #expect(try temporal("in the 1990s and the 1800s") == [["1990s", "date", "(1990-01-01,2000-01-01,P10Y)"], ["1800s", "date", "(1800-01-01,1900-01-01,P100Y)"]])
    }

    @Test func numericDates() throws {
        #expect(try temporal("on 2018-09-23") == [["2018-09-23", "date", "2018-09-23"]])
        #expect(try temporal("search 23.04.2022") == [["23.04.2022", "date", "2022-04-23"]])
        #expect(try temporal("plan for Dec-2018") == [["Dec-2018", "date", "2018-12"]])
        // The weekday names the date's day.
        #expect(try temporal("on Friday 7/6") == [["Friday 7/6", "date", "XXXX-07-06"]])
        // A fraction stays a fraction without a date word before it.
        #expect(try temporal("3/4 of voters").isEmpty)
        // Month-day with a hyphen is a range of numbers, not a date.
        #expect(try temporal("a 12-4 vote").isEmpty)
    }

    @Test func clockTimes() throws {
        let cases: [(String, String, String)] = [
            ("back at 8:00am", "8:00am", "T08:00"), ("target 8.10 pm", "8.10 pm", "T20:10"), ("back 1140 a.m.", "1140 a.m.", "T11:40"),
            ("dinner seven p . m .", "seven p . m .", "T19"), ("It's half past seven o'clock", "half past seven o'clock", "T07:30"),
            ("back 11ish", "11ish", "T11"), ("leave at five-thirty", "five-thirty", "T05:30"),
        ]
        for (text, span, timex) in cases {
            #expect(try temporal(text, date: nil) == [[span, "time", timex]], "\(text)")
        }
    }

    @Test func weeksAndEnds() throws {
        #expect(try temporal("How about first week of 2019") == [["first week of 2019", "date", "2019-W01"]])
        #expect(try temporal("How about 3rd week of Jan") == [["3rd week of Jan", "date", "XXXX-01-W03"]])
        #expect(try temporal("go to bed end of the day") == [["end of the day", "datetime", "2016-11-07T23:59:59"]])
        #expect(try temporal("It will happen 2 weeks from January 15.", date: "2017-01-10") == [["2 weeks from January 15", "date", "2017-01-29"]])
        #expect(try temporal("I'll be out Tuesday at 2:00 - 2:30 pm") == [["Tuesday at 2:00 - 2:30 pm", "datetime", "(XXXX-WXX-2T14:00,XXXX-WXX-2T14:30,PT30M)"]])
        // A floor is no date.
        #expect(try temporal("on the 18th floor").isEmpty)
    }

    @Test func durationsSetsAndRanges() throws {
        #expect(try temporal("I'll leave for 3h", date: nil) == [["3h", "duration", "PT3H"]])
        #expect(try temporal("it took a few minutes", date: nil) == [["a few minutes", "duration", "PT3M"]])
        #expect(try temporal("Show me records more than 1 hour and 30 minutes", date: nil) == [["more than 1 hour and 30 minutes", "duration", "PT1H30M"]])
        #expect(try temporal("I'll leave every day at 7:13 p.m.", date: nil) == [["every day at 7:13 p.m.", "set", "T19:13"]])
        #expect(try temporal("Let's meet once a week", date: nil) == [["once a week", "set", "P1W"]])
        #expect(try temporal("Monday 8-9am works", date: nil) == [["Monday 8-9am", "datetime", "(XXXX-WXX-1T08,XXXX-WXX-1T09,PT1H)"]])
        #expect(try temporal("The meeting is from 2pm for 2 hours", date: nil) == [["from 2pm for 2 hours", "time", "(T14,T16:00:00,PT2H)"]])
        // Looking ahead, "in 2 weeks" is a day; looking back, a length of time.
        #expect(try temporal("We will meet in 2 weeks") == [["in 2 weeks", "date", "2016-11-21"]])
        #expect(try temporal("the first time in 10 years") == [["10 years", "duration", "P10Y"]])
        #expect(try temporal("Let's go right now") == [["right now", "datetime", "PRESENT_REF"]])
        // Scores and seasons are no clock ranges: "3-1" is nothing, "2007-13" the years.
        #expect(try temporal("a 3-1 win in the 2007-13 season") == [["2007-13", "date", "(2007-01-01,2013-01-01,P6Y)"]])
    }

    @Test func yearsInWords() throws {
        #expect(try temporal("They left in nineteen ninety six", date: nil) == [["nineteen ninety six", "date", "1996"]])
        #expect(try temporal("born on January twenty five nineteen eighty six", date: nil) == [["January twenty five nineteen eighty six", "date", "1986-01-25"]])
        #expect(try temporal("On fifteen August nineteen hundred ninety three", date: nil) == [["fifteen August nineteen hundred ninety three", "date", "1993-08-15"]])
        // A count of things is no year, and "May twenty people" no day.
        #expect(try temporal("in two thousand homes", date: nil).isEmpty)
        #expect(try temporal("in May twenty people died", date: nil) == [["May", "date", "XXXX-05"]])
    }

    @Test func wordsAroundADate() throws {
        #expect(try temporal("I'll be out since August") == [["since August", "date", "XXXX-08"]])
        #expect(try temporal("Shall we leave on 2018 or later") == [["2018 or later", "date", "2018"]])
        #expect(try temporal("established at the end of 2000") == [["the end of 2000", "date", "2000"]])
        #expect(try temporal("Show sales in the year 2008") == [["year 2008", "date", "2008"]])
        #expect(try temporal("after the year 2020") == [["after the year 2020", "date", "2020"]])
        #expect(try temporal("I'll go back next monday afternoon") == [["next monday afternoon", "datetime", "2016-11-14TAF"]])
        #expect(try temporal("I'll be out tuesday afternoons") == [["tuesday afternoons", "set", "XXXX-WXX-2TAF"]])
    }
}
