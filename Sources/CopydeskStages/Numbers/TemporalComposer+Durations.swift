import Copydesk

/// Composition rules for sets with a time, days of a week, and durations summed or started at a clock time.
extension NumberRecognizer {
    /// "every day at 7:13 p.m." (a set of T19:13), "3pm each day", "Thursdays at 17.30";
    /// "next week Monday", "tuesday of last week", "Wednesday evening next week" (one day of a week).
    func joinSetOrWeek(_ a: NumberExpression, _ b: NumberExpression, gap: [String]) -> NumberExpression? {
        let near = gap.isEmpty || gap == ["at"] || gap == [","]
        if a.kind == .set, near, let t = a.timex, let c = clock(of: b, loose: false), !t.hasPrefix("PT") {
            var r = NumberExpression(a, b, kind: .set)
            if t.hasPrefix("XXXX-WXX-") { r.timex = t + c.timex }
            else if ["P1D", "TMO", "TAF", "TEV", "TNI"].contains(t) { r.timex = inPart(c, t).timex }
            else { return nil }
            return r
        }
        if b.kind == .set, gap.isEmpty, b.timex == "P1D", let c = clock(of: a, loose: false), a.kind == .time {
            var r = NumberExpression(a, b, kind: .set)
            r.timex = c.timex
            return r
        }
        // A weekday of a named week.
        func week(_ x: NumberExpression) -> CivilDate? {
            guard x.kind == .date, let t = x.timex, t.utf8.count == 8, t.dropFirst(4).hasPrefix("-W"), let y = Int(t.prefix(4)), let w = Int(t.suffix(2)) else { return nil }
            let jan4 = CivilDate(year: y, month: 1, day: 4)
            return jan4.adding(days: 1 - jan4.weekday + 7 * (w - 1))
        }
        func weekday(_ x: NumberExpression) -> (Int, String)? {
            guard x.kind == .date || x.kind == .datetime, let t = x.timex, t.hasPrefix("XXXX-WXX-"), t.utf8.count >= 10,
                  let d = Int(String(t.dropFirst(9).prefix(1))) else { return nil }
            return (d, String(t.dropFirst(10)))
        }
        var monday: CivilDate?, day: (Int, String)?
        if let m = week(a), let d = weekday(b), gap.isEmpty || gap == ["-"] || gap == ["on"] { monday = m; day = d }
        if let m = week(b), let d = weekday(a), gap.isEmpty || gap == ["of"] || gap == ["of", "the"] { monday = m; day = d }
        guard let monday, let (d, part) = day else { return nil }
        let date = monday.adding(days: d - 1).iso
        var r = NumberExpression(a, b, kind: part.isEmpty ? .date : .datetime)
        // "on monday of the following week" takes its "on".
        if gap.first == "of", let f = a.firstToken, f > 0, lower[f - 1] == "on" { r.extend(toToken: f - 1, in: tokens) }
        r.timex = date + part
        r.value = .string(date + part)
        return r
    }

    /// Whether a duration opens with its amount ("14 minutes", "two hours"), not a vague one ("a few days").
    private func counted(_ a: NumberExpression) -> Bool {
        guard let k = a.firstToken else { return false }
        return tokens[k].kind == .number || tables.numberWords[lower[k]].map { $0.type == .unit || $0.type == .ten } == true
    }

    /// Duration units from the largest, as `durationParts` names them.
    static let unitOrder = ["Y", "M", "W", "D", "TH", "TM", "TS"]

    /// "1 hour and 30 minutes" (PT1H30M), "one hour and a half" (PT1.5H);
    /// "from 2pm for 2 hours" and "for 2 hours from 2pm" (a time range).
    func joinDurations(_ a: NumberExpression, _ b: NumberExpression, gap: [String], firstToken: Int?) -> NumberExpression? {
        // "2 hours, 30 minutes", "3 years 2 months": a sum without "and" when the units fall in size.
        if a.kind == .duration, b.kind == .duration, gap == [","] || gap.isEmpty, counted(a), counted(b), let x = a.timex, let y = b.timex,
           let parts = Self.durationParts(x), let more = Self.durationParts(y), let last = parts.last, let first = more.first,
           let i = Self.unitOrder.firstIndex(of: last.1), let j = Self.unitOrder.firstIndex(of: first.1), i < j {
            var r = NumberExpression(a, b, kind: .duration)
            r.timex = Self.durationTimex(parts + more)
            return r
        }
        if a.kind == .duration, gap == ["and"], let x = a.timex, let parts = Self.durationParts(x) {
            var r = NumberExpression(a, b, kind: .duration)
            if b.kind == .duration, let y = b.timex, let more = Self.durationParts(y), Set(parts.map(\.1)).isDisjoint(with: more.map(\.1)) {
                r.timex = Self.durationTimex(parts + more)
                return r
            }
            if b.kind == .cardinal, case .number(let f)? = b.value, f == 0.5 || f == 0.25, parts.count == 1 {
                r.timex = Self.durationTimex([(parts[0].0 + f, parts[0].1)])
                return r
            }
            // "2 weeks and 2 days ago", "a year and 3 months later": the day moves on by the first part too.
            if b.kind == .date, let end = b.lastToken, lower[end] == "ago" || lower[end] == "later",
               case .string(let v)? = b.value, var day = CivilDate(iso: v), v == b.timex {
                for (n, unit) in parts {
                    guard let moved = TemporalRecognizer.shift(day, lower[end] == "ago" ? -n : n, unit) else { return nil }
                    day = moved
                }
                r.kind = .date
                r.timex = day.iso
                r.value = .string(day.iso)
                return r
            }
            return nil
        }
        // A start and a length: the range's end is the start moved on.
        var startClock: TemporalRecognizer.Clock?, length: [(Double, String)]?, from: Int?
        if b.kind == .duration, gap == ["for"], let f = firstToken, f > 0, lower[f - 1] == "from", let c = clock(of: a, loose: true) {
            startClock = c; length = b.timex.flatMap(Self.durationParts); from = f - 1
        } else if a.kind == .duration, gap == ["from"], let c = clock(of: b, loose: true), let f = firstToken, f > 0, lower[f - 1] == "for" {
            startClock = c; length = a.timex.flatMap(Self.durationParts); from = f - 1
        }
        guard let c = startClock, let length, length.allSatisfy({ $0.1.hasPrefix("T") }) else { return nil }
        var minutes = 0.0
        for (n, u) in length { minutes += u == "TH" ? n * 60 : u == "TM" ? n : n / 60 }
        let total = c.hour * 60 + c.minute + Int(minutes)
        let endTimex = "T\(CivilDate.pad(total / 60 % 24, 2)):\(CivilDate.pad(total % 60, 2)):00"
        var r = NumberExpression(a, b, kind: .time)
        if let from { r.extend(toToken: from, in: tokens) }
        r.timex = "(\(c.timex),\(endTimex),\(Self.hours(Int(minutes))))"
        return r
    }

    /// "P1Y2M", "PT1H30M" as (amount, unit) pairs, units "Y", "M", "W", "D", "TH", "TM", "TS".
    static func durationParts(_ timex: String) -> [(Double, String)]? {
        guard timex.hasPrefix("P"), !timex.contains("X") else { return nil }
        var out: [(Double, String)] = []
        var number = "", inTime = false
        for ch in timex.dropFirst() {
            if ch == "T" { inTime = true; continue }
            if ch.isNumber || ch == "." { number.append(ch); continue }
            guard let n = Double(number) else { return nil }
            out.append((n, (inTime ? "T" : "") + String(ch)))
            number = ""
        }
        return out.isEmpty ? nil : out
    }

    static func durationTimex(_ parts: [(Double, String)]) -> String {
        let order = ["Y", "M", "W", "D", "TH", "TM", "TS"]
        let sorted = parts.sorted { (order.firstIndex(of: $0.1) ?? 0) < (order.firstIndex(of: $1.1) ?? 0) }
        var s = "P", inTime = false
        for (n, u) in sorted {
            if u.hasPrefix("T"), !inTime { s += "T"; inTime = true }
            s += (n == n.rounded() ? String(Int(n)) : String(n)) + String(u.last!)
        }
        return s
    }
}
