import Copydesk

/// Composition rules for a length laid from a day: "2 weeks starting May 20th",
/// "a day starting tomorrow" (a date range of that length from that day).
extension NumberRecognizer {
    func joinStart(_ a: NumberExpression, _ b: NumberExpression, gap: [String]) -> NumberExpression? {
        // The modifiers come after composing: "starting" is still between the two, or already the date's.
        guard a.kind == .duration, b.kind == .date, let k = b.firstToken,
              gap.count == 1 ? tables.temporalWords.startWords.contains(gap[0]) : gap.isEmpty && tables.temporalWords.startWords.contains(lower[k]),
              let parts = a.timex.flatMap(Self.durationParts), parts.count == 1, !parts[0].1.hasPrefix("T"),
              case .string(let v)? = b.value, v.utf8.count == 10, let day = CivilDate(iso: v),
              let end = TemporalRecognizer.shift(day, parts[0].0, parts[0].1) else { return nil }
        var r = NumberExpression(a, b, kind: .date)
        r.timex = "(\(v),\(end.iso),\(Self.durationTimex(parts)))"
        r.value = .string("\(v)/\(end.iso)")
        return r
    }
}

extension NumberRecognizer {
    /// "from 10:30 to 3", "between 9:30 and 5": a bare hour ending a range that opens on a
    /// clock time; one not after the start is in the afternoon (T15).
    func bareEnd(of a: NumberExpression, _ b: NumberExpression, firstToken: Int?) -> (Int, Int, String)? {
        guard a.kind == .time, b.kind == .cardinal, case .number(let v)? = b.value, v == v.rounded(), (1...12).contains(v),
              let (h1, _, t) = Self.clock(a.timex), !t.hasPrefix("("), t.contains(":"), h1 < 12,
              let f = firstToken, f > 0, lower[f - 1] == "from" || lower[f - 1] == "between",
              !saysMeridiem(a) else { return nil }
        let h = Int(v) <= h1 ? Int(v) + 12 : Int(v)
        return (h, 0, "T\(CivilDate.pad(h, 2))")
    }
}
