import Copydesk

/// A period counted back from the end of a month or a day, as company
/// results and official figures are reported: "the three months to
/// September" (July to September), "the year to March 2005" (April 2004 to
/// March 2005), "the 12 months to 30 September 2004", "the six months ending
/// 31 December", "the year ended March 2005". The range ends with the month
/// or the day; its year is theirs, left open as theirs is
/// ("(XXXX-07-01,XXXX-10-01,P3M)"), with `value` resolved when theirs is.
extension NumberRecognizer {
    func joinPeriodTo(_ a: NumberExpression, _ b: NumberExpression, gap: [String], firstToken: Int?) -> NumberExpression? {
        guard gap.count == 1, tables.temporalWords.periodEnds.contains(gap[0]), b.kind == .date, b.mod == nil, let t = b.timex,
              let point = CalendarPoint(timex: t), point.grain >= .month, let month = point.month,
              let f = firstToken, let l = a.lastToken else { return nil }
        // The day after the period: the first of the next month, or the day after the one named.
        func after(_ year: Int) -> CivilDate {
            if let day = point.day { return CivilDate(year: year, month: month, day: day).adding(days: 1) }
            return CivilDate(year: year, month: month, day: 1).adding(months: 1)
        }
        // The length: "three months", "12 months", "two years" (a duration), or "the year".
        let months: Int, duration: String
        if a.kind == .duration, let parts = a.timex.flatMap(Self.durationParts), parts.count == 1, parts[0].0 == parts[0].0.rounded(), parts[0].0 >= 1,
           parts[0].1 == "M" || parts[0].1 == "Y" {
            let n = Int(parts[0].0)
            months = parts[0].1 == "Y" ? 12 * n : n
            duration = "P\(n)\(parts[0].1)"
        } else if a.kind == .date, l == f + 1, lower[f] == "the", lower[l] == "year" {
            (months, duration) = (12, "P1Y")
        } else {
            return nil
        }
        guard months <= 120 else { return nil }
        func range(year: Int) -> (CivilDate, CivilDate) {
            let end = after(year)
            return (end.adding(months: -months), end)
        }
        var r = NumberExpression(a, b, kind: .date)
        if f > 0, lower[f - 1] == "the", a.kind == .duration { r.extend(toToken: f - 1, in: tokens) }
        if let year = point.year {
            let (start, end) = range(year: year)
            r.timex = "(\(start.iso),\(end.iso),\(duration))"
            r.value = .string("\(start.iso)/\(end.iso)")
        } else {
            let (start, end) = range(year: 2000)
            r.timex = "(XXXX\(start.iso.dropFirst(4)),XXXX\(end.iso.dropFirst(4)),\(duration))"
            if case .string(let v)? = b.value, let resolved = CalendarPoint(timex: v), resolved.grain == point.grain, let year = resolved.year {
                let (s, e) = range(year: year)
                r.value = .string("\(s.iso)/\(e.iso)")
            }
        }
        return r
    }
}
