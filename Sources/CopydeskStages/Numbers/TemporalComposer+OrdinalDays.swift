import Copydesk

/// A day counted by an ordinal in the period after it: "the 15th day of next
/// month" (2020-08-15 written in July 2020), "the third day of March"
/// (XXXX-03-03, its year open as the month's is), "the 100th day of 2020"
/// (2020-04-09, a day of the year).
extension NumberRecognizer {
    func joinOrdinalDay(_ a: NumberExpression, _ b: NumberExpression, gap: [String], firstToken: Int?) -> NumberExpression? {
        guard a.kind == .ordinal, gap == ["day", "of"], b.kind == .date, b.mod == nil, case .number(let v)? = a.value,
              v == v.rounded(), v >= 1, v <= 366, let t = b.timex, let point = CalendarPoint(timex: t) else { return nil }
        let n = Int(v)
        var r = NumberExpression(a, b, kind: .date)
        if let f = firstToken, f > 0, lower[f - 1] == "the" { r.extend(toToken: f - 1, in: tokens) }
        if point.grain == .year, let y = point.year {
            guard n <= (DocumentDate.daysInMonth(year: y, month: 2) == 29 ? 366 : 365) else { return nil }
            let day = CivilDate(year: y, month: 1, day: 1).adding(days: n - 1).iso
            r.timex = day
            r.value = .string(day)
            return r
        }
        // A month: "2020-08", or "XXXX-03" with its resolved month as the value.
        guard point.grain == .month, let month = point.month, n <= DocumentDate.daysInMonth(year: point.year ?? 2000, month: month) else { return nil }
        r.timex = t + "-" + CivilDate.pad(n, 2)
        if case .string(let resolved)? = b.value, let m = CalendarPoint(timex: resolved), m.grain == .month, let y = m.year,
           n <= DocumentDate.daysInMonth(year: y, month: month) {
            r.value = .string(resolved + "-" + CivilDate.pad(n, 2))
        }
        return r
    }
}
