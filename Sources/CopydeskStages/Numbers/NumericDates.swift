import Copydesk

/// Dates written with digits and separators: "01/22/2016", "2018-09-23",
/// "23.04.2022", "2015-3", "20161016", "Dec-2018", "05-Aug-2016", "Dec31",
/// "Oct/2", "2019/aug/01". Month and day order follows the separator and
/// the values: a first number over 12 is a day ("23/12"), dots are European
/// (day first), slashes and hyphens American (month first).
extension TemporalRecognizer {
    func numericDate(at i: Int) -> (NumberExpression, Int)? {
        let t = tokens[i]
        if t.kind == .number { return digitsDate(at: i) }
        if t.kind == .word, t.hasDigit || lower[i].utf8.contains(UInt8(ascii: "-")) {
            if t.hasDigit, t.byteEnd - t.byteStart >= 13, let found = isoTimestamp(at: i) { return found }
            return gluedMonthDate(at: i)
        }
        if can(i, .month), word(i + 1) == "/" { return slashedMonthDate(at: i) }
        return nil
    }

    /// A number token holding a date.
    private func digitsDate(at i: Int) -> (NumberExpression, Int)? {
        let w = lower[i]
        let bytes = w.utf8
        // "20161016": eight digits that make a valid day.
        if bytes.count == 8, bytes.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(w) {
            let y = n / 10000, m = n / 100 % 100, d = n % 100
            guard (1900...2099).contains(y), let day = validDay(y, m, d) else { return nil }
            return fixed(i, i + 1, day)
        }
        if bytes.contains(0x2F), bytes.contains(0x2D), let found = slashedDayRange(at: i) { return found }
        guard let sep = bytes.first(where: { $0 == 0x2F || $0 == 0x2D || $0 == 0x2E }) else {
            // "2019 / aug / 01": a year, then a slashed month.
            if bytes.count == 4, word(i + 1) == "/", let m = word(i + 2).flatMap({ Self.months[$0] }), word(i + 3) == "/",
               let d = word(i + 4).flatMap({ Int($0) }), let y = Int(w), let day = validDay(y, m, d) {
                return fixed(i, i + 5, day)
            }
            // "23 / Sep / 2020"
            if bytes.count <= 2, let d = Int(w), word(i + 1) == "/", let m = word(i + 2).flatMap({ Self.months[$0] }), word(i + 3) == "/",
               let yw = word(i + 4), yw.utf8.count == 4, let y = Int(yw), let day = validDay(y, m, d) {
                return fixed(i, i + 5, day)
            }
            return nil
        }
        let parts = w.split(separator: Character(UnicodeScalar(sep)), omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 4 }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        let widths = parts.map(\.utf8.count)
        switch numbers.count {
        case 3:
            if widths[0] == 4 {
                guard let day = validDay(numbers[0], numbers[1], numbers[2]) else { return nil }
                return fixed(i, i + 1, day)
            }
            guard widths[2] == 4 || widths[2] == 2 else { return nil }
            var (m, d) = (numbers[0], numbers[1])
            if sep == 0x2E || m > 12 { (m, d) = (d, m) }
            if widths[2] == 2 {
                // "11/12/35": the century is not written.
                guard (1...12).contains(m), (1...31).contains(d) else { return nil }
                return span(i, i + 1, .date, timex: "XX\(parts[2])-\(CivilDate.pad(m, 2))-\(CivilDate.pad(d, 2))")
            }
            guard let day = validDay(numbers[2], m, d) else { return nil }
            return fixed(i, i + 1, day)
        case 2:
            if sep == 0x2D, widths == [4, 2], let found = abbreviatedYears(at: i, numbers[0], numbers[1]) { return found }
            // "2015-3", "12-2015", "12/2015": a month of a year.
            if widths[0] == 4 || widths[1] == 4 {
                let (y, m) = widths[0] == 4 ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
                guard (1000...2999).contains(y), (1...12).contains(m), sep != 0x2E else { return nil }
                let timex = "\(CivilDate.pad(y, 4))-\(CivilDate.pad(m, 2))"
                return span(i, i + 1, .date, timex: timex, value: timex)
            }
            // "5/12", "23/12", "7.6": only where a date is expected, else a fraction, range or decimal.
            // Hyphens join ranges ("Monday 12-4" is a time range), so only slashes and dots.
            guard sep != 0x2D, hasDateCue(before: i) || (sep == 0x2F && widths == [2, 2] && numbers[0] > 12) else { return nil }
            // "by 12.6%", "from 1.27 million": an amount after a date word is still an amount.
            if let next = word(i + 1), ["%", "percent", "per", "pc", "pct", "points"].contains(next) || tables.multipliers[next] != nil { return nil }
            // "Between 1.1 and 1.5 million": a decimal is a day and month only after "on" or a weekday.
            if sep == 0x2E, word(i - 1) != "on", Self.weekdays[word(i - 1) ?? ""] == nil { return nil }
            var (m, d) = (numbers[0], numbers[1])
            if m > 12 { (m, d) = (d, m) }
            guard (1...12).contains(m), (1...31).contains(d), d <= DocumentDate.daysInMonth(year: 2000, month: m) else { return nil }
            // "this 5/12", "next 5/12".
            let from = i > 0 && ["this", "next"].contains(lower[i - 1]) ? i - 1 : i
            return open(from, i + 1, m, d)
        default:
            return nil
        }
    }

    /// "1973-90", "from 1994-96", "the 2003-04 season": a range of years with the second written
    /// by its last two digits, as Recognizers-Text writes year ranges ((1973-01-01,1990-01-01,P17Y)).
    /// Two digits a month could be ("2003-07") stay the month, unless they are the next year's
    /// ("2003-04", a season or a financial year).
    private func abbreviatedYears(at i: Int, _ y: Int, _ yy: Int) -> (NumberExpression, Int)? {
        guard (1800...2099).contains(y) else { return nil }
        let next = (y + 1) % 100 == yy
        guard next || (yy > y % 100 && yy > 12) else { return nil }
        let end = next ? y + 1 : y / 100 * 100 + yy
        let a = CalendarPoint(year: y, month: nil, day: nil, grain: .year), b = CalendarPoint(year: end, month: nil, day: nil, grain: .year)
        guard let (timex, value) = CalendarPoint.range(a, b, assumedYear: y) else { return nil }
        let from = i > 0 && (lower[i - 1] == "from" || lower[i - 1] == "between") ? i - 1 : i
        return span(from, i + 1, .date, timex: timex, value: value)
    }

    /// "5/1-5/7/2020", "10/1-11/2/2017", "10/1/2018-10/7/2018": two slashed days (month first)
    /// joined by a hyphen, the year written at the end at least; "from" before it is part of it.
    private func slashedDayRange(at i: Int) -> (NumberExpression, Int)? {
        let halves = lower[i].split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2 else { return nil }
        func day(_ s: Substring) -> (m: Int, d: Int, y: Int?)? {
            let p = s.split(separator: "/", omittingEmptySubsequences: false)
            let n = p.compactMap { Int($0) }
            guard n.count == p.count, n.count == 2 || (n.count == 3 && p[2].utf8.count == 4), (1...12).contains(n[0]), (1...31).contains(n[1]) else { return nil }
            return (n[0], n[1], n.count == 3 ? n[2] : nil)
        }
        guard let a = day(halves[0]), let b = day(halves[1]), let y = b.y, let start = validDay(a.y ?? y, a.m, a.d),
              let end = validDay(y, b.m, b.d), end.dayNumber > start.dayNumber else { return nil }
        let from = i > 0 && lower[i - 1] == "from" ? i - 1 : i
        return span(from, i + 1, .date, timex: "(\(start.iso),\(end.iso),P\(end.dayNumber - start.dayNumber)D)", value: "\(start.iso)/\(end.iso)")
    }

    /// "Dec-2018", "05-Aug-2016", "Sep-23-2020", "September-2020-23", "Jun-15", "Dec31", "mar3".
    private func gluedMonthDate(at i: Int) -> (NumberExpression, Int)? {
        let w = lower[i]
        var parts = w.split(separator: "-").map(String.init)
        if parts.count == 1 {
            // Letters then digits: "dec31".
            guard let split = w.firstIndex(where: \.isNumber), split != w.startIndex else { return nil }
            parts = [String(w[..<split]), String(w[split...])]
        }
        // "Jan-Feb 2017": a range of months.
        if parts.count == 2, let m1 = Self.months[parts[0]], let m2 = Self.months[parts[1]] {
            var end = i + 1
            var year: Int?
            if let y = yearToken(at: end) { year = y; end += 1 }
            let a = CalendarPoint(year: nil, month: m1, day: nil, grain: .month), b = CalendarPoint(year: year, month: m2, day: nil, grain: .month)
            guard let (timex, value) = CalendarPoint.range(a, b, assumedYear: year ?? documentDate?.year ?? 2000) else { return nil }
            return span(i, end, .date, timex: timex, value: value)
        }
        guard (2...3).contains(parts.count), let mIndex = parts.firstIndex(where: { Self.months[$0] != nil }) else { return nil }
        let month = Self.months[parts[mIndex]]!
        var rest = parts
        rest.remove(at: mIndex)
        guard rest.allSatisfy({ Int($0) != nil }) else { return nil }
        let year = rest.first { $0.utf8.count == 4 }.flatMap { Int($0) }
        let day = rest.first { $0.utf8.count <= 2 }.flatMap { Int($0) }
        var end = i + 1
        if let day, year == nil, word(end) == ",", let yw = word(end + 1), yw.utf8.count == 4, let y = Int(yw), let date = validDay(y, month, day) {
            end += 2
            return fixed(i, end, date)
        }
        switch (year, day) {
        case (let y?, let d?): return validDay(y, month, d).map { fixed(i, end, $0) }
        case (let y?, nil):
            let timex = "\(CivilDate.pad(y, 4))-\(CivilDate.pad(month, 2))"
            return span(i, end, .date, timex: timex, value: timex)
        case (nil, let d?):
            guard (1...31).contains(d) else { return nil }
            return open(i, end, month, d)
        default: return nil
        }
    }

    /// "Oct/2", "Dec/2018".
    private func slashedMonthDate(at i: Int) -> (NumberExpression, Int)? {
        guard let month = Self.months[lower[i]], let n = word(i + 2), let v = Int(n) else { return nil }
        if n.utf8.count == 4 {
            let timex = "\(n)-\(CivilDate.pad(month, 2))"
            return span(i, i + 3, .date, timex: timex, value: timex)
        }
        guard (1...31).contains(v) else { return nil }
        return open(i, i + 3, month, v)
    }

    private func hasDateCue(before i: Int) -> Bool {
        guard let w = word(i - 1) else { return false }
        if tables.temporalWords.numericDateCues.contains(w) || Self.weekdays[w] != nil { return true }
        // The second date of a range: "from 10/1 to 11/7".
        if ["to", "-", "and", "through", "till", "until"].contains(w), i >= 2, tokens[i - 2].kind == .number,
           lower[i - 2].utf8.contains(UInt8(ascii: "/")) { return true }
        return false
    }

    private func validDay(_ y: Int, _ m: Int, _ d: Int) -> CivilDate? {
        guard (1...12).contains(m), d >= 1, d <= DocumentDate.daysInMonth(year: y, month: m) else { return nil }
        return CivilDate(year: y, month: m, day: d)
    }

    private func fixed(_ from: Int, _ to: Int, _ date: CivilDate) -> (NumberExpression, Int) {
        span(from, to, .date, timex: date.iso, value: date.iso)
    }

    /// A month and day without a year: the timex keeps the year open, `value` resolves it.
    private func open(_ from: Int, _ to: Int, _ m: Int, _ d: Int) -> (NumberExpression, Int) {
        let resolved = documentDate.map { resolveDay(month: m, day: d, from: $0, tenseDirection(before: from)).iso }
        return dateSpan(from, to, resolved: resolved, unresolved: "XXXX-\(CivilDate.pad(m, 2))-\(CivilDate.pad(d, 2))", openYear: true)
    }
}
