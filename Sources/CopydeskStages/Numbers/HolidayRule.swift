import Copydesk

/// When a holiday falls, as written in `holidays.tsv`: a fixed day
/// (`12-25`), the nth weekday of a month (`11/4/thu`, `05/last/mon`, a
/// weekday's three-letter name) or a
/// day counted from Easter (`easter`, `easter-2`), each with an optional
/// shift in days (`11/4/thu+1` for Black Friday).
public struct HolidayRule: Sendable, Hashable {
    enum Base: Sendable, Hashable {
        case fixed(month: Int, day: Int)
        /// `n` is 1...5 from the start of the month, -1 for the last.
        case weekday(month: Int, n: Int, weekday: Int)
        case easter
    }

    let base: Base
    let shift: Int

    /// Reads a rule; nil when it is not one of the three forms.
    public init?(_ text: String) {
        var body = Substring(text)
        var shift = 0
        if let sign = body.lastIndex(where: { $0 == "+" || $0 == "-" }), body[..<sign].contains(where: { $0 == "/" }) || body.hasPrefix("easter") {
            guard let days = Int(body[body.index(after: sign)...]) else { return nil }
            shift = body[sign] == "-" ? -days : days
            body = body[..<sign]
        }
        if body == "easter" {
            base = .easter
        } else if body.contains("/") {
            let parts = body.split(separator: "/")
            guard parts.count == 3, let month = Int(parts[0]), (1...12).contains(month),
                  let n = parts[1] == "last" ? -1 : Int(parts[1]), n == -1 || (1...5).contains(n),
                  parts[2].utf8.count == 3, let weekday = TemporalRecognizer.weekdays[String(parts[2])] else { return nil }
            base = .weekday(month: month, n: n, weekday: weekday)
        } else {
            let parts = body.split(separator: "-")
            guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]), (1...12).contains(month), (1...31).contains(day) else { return nil }
            base = .fixed(month: month, day: day)
        }
        self.shift = shift
    }

    /// The month and day of a holiday that keeps them every year.
    public var fixedDay: (month: Int, day: Int)? {
        if case .fixed(let month, let day) = base, shift == 0 { return (month, day) }
        return nil
    }

    /// The holiday's date in `year`.
    public func date(in year: Int) -> CivilDate {
        let day: CivilDate
        switch base {
        case .fixed(let month, let d):
            day = CivilDate(year: year, month: month, day: min(d, DocumentDate.daysInMonth(year: year, month: month)))
        case .weekday(let month, let n, let weekday):
            if n > 0 {
                let first = CivilDate(year: year, month: month, day: 1)
                day = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
            } else {
                let last = CivilDate(year: year, month: month, day: DocumentDate.daysInMonth(year: year, month: month))
                day = last.adding(days: -((last.weekday - weekday + 7) % 7))
            }
        case .easter:
            day = Self.easter(year)
        }
        return day.adding(days: shift)
    }

    /// Western Easter Sunday: the anonymous Gregorian computus (Meeus, Jones, Butcher).
    static func easter(_ y: Int) -> CivilDate {
        let a = y % 19, b = y / 100, c = y % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: y, month: month, day: day)
    }
}
