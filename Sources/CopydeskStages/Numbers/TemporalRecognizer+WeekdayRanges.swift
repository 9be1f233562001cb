import Copydesk

/// Two weekdays joined into one date range: "Monday to Friday", "from
/// Tuesday through Thursday", "between Monday and Wednesday", "Mon-Fri".
/// Recognizers-Text merges the two days, each keeping its own timex, with
/// the days from the first to the second: `(XXXX-WXX-1,XXXX-WXX-5,P4D)`;
/// "Friday to Monday" runs over the weekend (P3D). `value` is the interval
/// from the first day as the tense resolves a lone weekday.
///
/// A first day counted from the writing ("from next Monday to Friday")
/// makes the range concrete: that day and the second day of its week,
/// `(2019-09-09,2019-09-13,P4D)` written on 2019-09-05.
extension TemporalRecognizer {
    func weekdayRange(at i: Int) -> (NumberExpression, Int)? {
        let opener = lower[i]
        var j = opener == "from" || opener == "between" ? i + 1 : i
        guard j < tokens.count else { return nil }
        let step = tables.temporalWords.relativeSteps[lower[j]]
        if step != nil { j += 1 }
        guard j < tokens.count else { return nil }
        let first: Int, second: Int, end: Int
        if can(j, .hyphenated), opener != "between", let (a, b) = hyphenedWeekdays(j) {
            (first, second, end) = (a, b, j + 1)
        } else {
            guard let a = rangeWeekday(j), let joiner = word(j + 1),
                  opener == "between" ? joiner == "and" : tables.temporalWords.weekdayRangeJoiners.contains(joiner),
                  let b = rangeWeekday(j + 2), !startsTitle(j + 2) else { return nil }
            // A lower-case abbreviation ("wed" is a verb too) only with another at the other end: "mon to fri".
            if a.lowerAbbreviation != b.lowerAbbreviation { return nil }
            (first, second, end) = (a.weekday, b.weekday, j + 3)
        }
        guard first != second else { return nil }
        if let step {
            // Within the week of the first day only: "next Friday to Monday" is no such range.
            guard second > first, let d = documentDate else { return nil }
            let start = Self.weekday(first, weeks: step, from: d)
            let last = start.adding(days: second - first)
            return span(i, end, .date, timex: "(\(start.iso),\(last.iso),P\(second - first)D)", value: "\(start.iso)/\(last.iso)")
        }
        let days = (second - first + 7) % 7
        let timex = "(XXXX-WXX-\(first),XXXX-WXX-\(second),P\(days)D)"
        guard let d = documentDate else { return span(i, end, .date, timex: timex) }
        let start = resolveWeekday(first, from: d, tenseDirection(before: i), strict: false)
        return span(i, end, .date, timex: timex, value: "\(start.iso)/\(start.adding(days: days).iso)")
    }

    /// The weekday token `j` names at one end of a range (a full name or an abbreviation), and
    /// whether it is an abbreviation in lower case.
    private func rangeWeekday(_ j: Int) -> (weekday: Int, lowerAbbreviation: Bool)? {
        guard can(j, .weekday), let wd = Self.weekdays[lower[j]] else { return nil }
        if lower[j].utf8.count >= 6 { return (wd, false) } // the full names; the abbreviations have five letters at most
        return tables.temporalWords.rangeWeekdayAbbreviations.contains(lower[j]) ? (wd, !tokens[j].firstIsUpper) : nil
    }

    /// "Mon-Fri", "Monday-Friday": two weekdays in one hyphenated token.
    private func hyphenedWeekdays(_ j: Int) -> (Int, Int)? {
        let parts = lower[j].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let a = Self.weekdays[String(parts[0])], let b = Self.weekdays[String(parts[1])] else { return nil }
        let full = parts.allSatisfy { $0.utf8.count >= 6 }
        let short = parts.allSatisfy { tables.temporalWords.rangeWeekdayAbbreviations.contains(String($0)) }
        return full || short ? (a, b) : nil
    }
}
