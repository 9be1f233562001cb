import Copydesk

/// The nth weekday of a month: "the first Monday of March" (`XXXX-03-WXX-1-#1`,
/// as Recognizers-Text writes it), "the 3rd Tuesday in June"; `value` is that
/// day in the month the tense points to.
extension TemporalRecognizer {
    /// Ordinals that count weekdays in a month.
    static let weekdayOrdinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4]

    func nthWeekday(at i: Int) -> (NumberAnnotation, Int)? {
        guard lower[i] == "the", let o = word(i + 1), let n = Self.weekdayOrdinals[o], can(i + 2, .weekday), let wd = Self.weekdays[lower[i + 2]],
              let link = word(i + 3), link == "of" || link == "in", let (month, _) = monthAt(i + 4) else { return nil }
        let timex = "XXXX-\(CivilDate.pad(month, 2))-WXX-\(wd)-#\(n)"
        guard let d = documentDate, let ym = CivilDate(iso: resolveMonth(month, from: d, tenseDirection(before: i), strict: false) + "-01") else {
            return span(i, i + 5, .date, timex: timex)
        }
        let first = ym.adding(days: (wd - ym.weekday + 7) % 7)
        let day = first.adding(days: 7 * (n - 1))
        return span(i, i + 5, .date, timex: timex, value: day.iso)
    }
}
