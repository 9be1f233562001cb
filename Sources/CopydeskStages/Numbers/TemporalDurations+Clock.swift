import Copydesk

/// Minutes and hours counted from the writing: "in 5 minutes", "3 hours from
/// now", "within 10 minutes". A document date has no time of day, so the count
/// starts at its midnight, as Recognizers-Text counts from a reference time.
extension TemporalRecognizer {
    /// "in 5 minutes" (`2016-11-07T00:05:00`) and "within 5 minutes"
    /// (`(2016-11-07T00:00:00,2016-11-07T00:05:00,PT5M)`), from token `i` ("in" or "within").
    func clockFromNow(at i: Int) -> (NumberExpression, Int)? {
        guard let d = documentDate, let (n, e) = amount(at: i + 1, value: nil), let unit = word(e),
              let (letter, isTime, factor) = tables.temporalWords.durationUnits[unit], isTime, n > 0, word(e + 1) != "old" else { return nil }
        let total = n * Double(factor)
        let stamp = Self.clockStamp(d, seconds: total * Self.unitSeconds(letter))
        if lower[i] == "within" {
            let timex = "(\(d.iso)T00:00:00,\(stamp),\(Self.period(total, letter, true)))"
            return span(i, e + 1, .datetime, timex: timex)
        }
        // Ahead of the writing only: "it rose in 5 minutes" is how long it took.
        guard tenseDirection(before: i) == .future else { return nil }
        return span(i, e + 1, .datetime, timex: stamp, value: stamp)
    }

    /// Seconds in a time unit letter of `durationUnits` ("H", "M", "S").
    static func unitSeconds(_ letter: String) -> Double {
        letter == "H" ? 3600 : letter == "M" ? 60 : 1
    }

    /// The document day's midnight moved by `seconds`, as `YYYY-MM-DDTHH:MM:SS`.
    static func clockStamp(_ d: CivilDate, seconds: Double) -> String {
        let s = Int(seconds.rounded())
        let days = s >= 0 ? s / 86_400 : -((-s + 86_399) / 86_400)
        let rest = s - days * 86_400
        return "\(d.adding(days: days).iso)T\(CivilDate.pad(rest / 3600, 2)):\(CivilDate.pad(rest / 60 % 60, 2)):\(CivilDate.pad(rest % 60, 2))"
    }
}
