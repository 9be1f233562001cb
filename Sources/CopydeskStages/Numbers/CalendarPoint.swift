/// A year, month or day read back from a date timex ("2014", "XXXX-05",
/// "2016-11-07"), with the year left open where the text left it open; what
/// date ranges are built from.
struct CalendarPoint {
    enum Grain: Int, Comparable {
        case year, month, day
        static func < (a: Grain, b: Grain) -> Bool { a.rawValue < b.rawValue }
    }

    var year: Int?
    var month: Int?
    var day: Int?
    var grain: Grain
    /// START, MID or END: "the end of 2008" as a range bound.
    var mod: String?

    init(year: Int?, month: Int?, day: Int?, grain: Grain, mod: String? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.grain = grain
        self.mod = mod
    }

    /// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` with `XXXX` for an open year.
    init?(timex: String, mod: String? = nil) {
        let parts = timex.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].utf8.count == 4 else { return nil }
        let year = parts[0] == "XXXX" ? nil : Int(parts[0])
        guard parts[0] == "XXXX" || year != nil else { return nil }
        var month: Int?, day: Int?
        if parts.count >= 2 {
            guard parts[1].utf8.count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].utf8.count == 2, let d = Int(parts[2]), (1...31).contains(d) else { return nil }
            day = d
        }
        if year == nil && month == nil { return nil }
        self.init(year: year, month: month, day: day, grain: parts.count == 3 ? .day : parts.count == 2 ? .month : .year, mod: mod)
    }

    /// The first day the point stands for as a range bound: "2014" from
    /// 2014-01-01, "the end of 2008" from 2009-01-01, "mid-March" from the 16th.
    func firstDay(year assumed: Int) -> CivilDate {
        let y = year ?? assumed
        switch grain {
        case .year:
            switch mod {
            case "END": return CivilDate(year: y + 1, month: 1, day: 1)
            case "MID": return CivilDate(year: y, month: 7, day: 1)
            default: return CivilDate(year: y, month: 1, day: 1)
            }
        case .month:
            let first = CivilDate(year: y, month: month ?? 1, day: 1)
            switch mod {
            case "END": return first.adding(months: 1)
            case "MID": return first.adding(days: 15)
            default: return first
            }
        case .day:
            return CivilDate(year: y, month: month ?? 1, day: day ?? 1)
        }
    }

    /// A range of two points as Recognizers-Text writes it:
    /// `(2014-01-01,2018-01-01,P4Y)`, `(XXXX-05-01,XXXX-09-01,P4M)`. The
    /// duration is counted in the finer grain of the two; an open year takes
    /// the other bound's year, or `assumedYear` to count days.
    static func range(_ a: CalendarPoint, _ b: CalendarPoint, assumedYear: Int) -> (timex: String, value: String?)? {
        var a = a, b = b
        if a.year == nil, let yb = b.year {
            a.year = yb
            if (a.month ?? 1, a.day ?? 1) > (b.month ?? 1, b.day ?? 1) { a.year = yb - 1 }
        } else if b.year == nil, let ya = a.year, b.grain != .year {
            b.year = ya
            if (b.month ?? 1, b.day ?? 1) < (a.month ?? 1, a.day ?? 1) { b.year = ya + 1 }
        }
        let open = a.year == nil && b.year == nil
        let start = a.firstDay(year: assumedYear)
        var end = b.firstDay(year: assumedYear)
        if open, end <= start { end = end.adding(months: 12) }
        guard end > start else { return nil }
        var grain = max(a.grain, b.grain)
        if grain == .year, a.mod != nil || b.mod != nil { grain = .month }
        let duration: String
        switch grain {
        case .year: duration = "P\(end.year - start.year)Y"
        case .month: duration = "P\((end.year - start.year) * 12 + end.month - start.month)M"
        case .day: duration = "P\(end.dayNumber - start.dayNumber)D"
        }
        func show(_ d: CivilDate) -> String { open ? "XXXX" + d.iso.dropFirst(4) : d.iso }
        let timex = "(\(show(start)),\(show(end)),\(duration))"
        return (timex, open ? nil : "\(start.iso)/\(end.iso)")
    }
}
