import Copydesk

/// From one day and clock to another: "from Monday 2pm to Tuesday 4pm" is
/// `(XXXX-WXX-1T14,XXXX-WXX-2T16,PT26H)`, the later weekday the next one of its name.
extension NumberRecognizer {
    func joinDatetimes(_ a: NumberExpression, _ b: NumberExpression, gap: [String], firstToken: Int?) -> NumberExpression? {
        guard a.kind == .datetime, b.kind == .datetime, gap.count == 1, tables.temporalWords.rangeWords.contains(gap[0]),
              let f = firstToken, f > 0, lower[f - 1] == "from" || lower[f - 1] == "between", (gap[0] == "and") == (lower[f - 1] == "between"),
              let x = a.timex, let y = b.timex, let (d1, c1) = Self.dayAndClock(x), let (d2, c2) = Self.dayAndClock(y) else { return nil }
        let days: Int
        if d1.hasPrefix("XXXX-WXX-"), d2.hasPrefix("XXXX-WXX-"), let w1 = d1.last?.wholeNumberValue, let w2 = d2.last?.wholeNumberValue {
            days = (w2 - w1 + 7) % 7
        } else if let s = CivilDate(iso: d1), let e = CivilDate(iso: d2) {
            days = e.dayNumber - s.dayNumber
        } else { return nil }
        let minutes = days * 24 * 60 + (c2.0 * 60 + c2.1) - (c1.0 * 60 + c1.1)
        guard minutes > 0 else { return nil }
        var r = NumberExpression(a, b, kind: .datetime)
        r.extend(toToken: f - 1, in: tokens)
        r.timex = "(\(x),\(y),\(Self.hours(minutes)))"
        return r
    }

    /// The day and the (hour, minute) of a datetime timex: "XXXX-WXX-1T14", "2016-11-08T09:30".
    static func dayAndClock(_ timex: String) -> (String, (Int, Int))? {
        guard !timex.hasPrefix("("), let t = timex.lastIndex(of: "T"), timex.distance(from: timex.startIndex, to: t) == 10,
              let (h, m, _) = clock(String(timex[t...])) else { return nil }
        return (String(timex[..<t]), (h, m))
    }
}
