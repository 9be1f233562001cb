import Copydesk

/// Machine timestamps: ISO 8601 date-times as RFC 3339 profiles them
/// ("2016-10-26T15:50:06Z", "2016-10-26T15:50:06.123+01:00", "2016-10-26T15:50"),
/// read on the bytes because the tokenizer cuts them at the letter and the
/// colons; and the numeric zone of RFC 2822 ("15:50:06 +0000"). A zone is part
/// of the span and not of the timex, which is the local time as written.
extension TemporalRecognizer {
    func isoTimestamp(at i: Int) -> (NumberExpression, Int)? {
        let b = text.bytes
        var p = tokens[i].byteStart
        /// `n` digits at `p` as a number, moving past them; nil (and `p` unmoved) otherwise.
        func digits(_ n: Int) -> Int? {
            guard p + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = b[p + k]
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            p += n
            return v
        }
        func take(_ c: UInt8) -> Bool {
            guard p < b.count, b[p] == c else { return false }
            p += 1
            return true
        }
        guard let y = digits(4), take(0x2D), let m = digits(2), take(0x2D), let d = digits(2), take(0x54) || take(0x74),
              let h = digits(2), take(0x3A), let minute = digits(2), h <= 23, minute <= 59,
              (1...12).contains(m), d >= 1, d <= DocumentDate.daysInMonth(year: y, month: m) else { return nil }
        var second: Int? = nil
        if take(0x3A) {
            guard let s = digits(2), s <= 60 else { return nil }
            second = s
            // A fraction of a second: read, not kept.
            if p + 1 < b.count, b[p] == 0x2E || b[p] == 0x2C, b[p + 1] >= 0x30, b[p + 1] <= 0x39 {
                p += 1
                while p < b.count, b[p] >= 0x30, b[p] <= 0x39 { p += 1 }
            }
        }
        if !take(0x5A), !take(0x7A) { offset(&p, in: b) }
        // The timestamp must end where a token does ("…:06Zulu" is no timestamp).
        var k = i
        while k < tokens.count, tokens[k].byteEnd < p { k += 1 }
        guard k < tokens.count, tokens[k].byteEnd == p else { return nil }
        let timex = "\(CivilDate.pad(y, 4))-\(CivilDate.pad(m, 2))-\(CivilDate.pad(d, 2))T\(CivilDate.pad(h, 2)):\(CivilDate.pad(minute, 2))"
            + (second.map { ":" + CivilDate.pad($0, 2) } ?? "")
        return span(i, k + 1, .datetime, timex: timex, value: timex)
    }

    /// Moves `p` past a zone offset there: "+01:00", "-0500", "+01" (hours up to 14); else leaves it.
    private func offset(_ p: inout Int, in b: [UInt8]) {
        func digit(_ k: Int) -> Bool { k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
        guard p < b.count, b[p] == 0x2B || b[p] == 0x2D, digit(p + 1), digit(p + 2),
              Int(b[p + 1] - 0x30) * 10 + Int(b[p + 2] - 0x30) <= 14 else { return }
        var q = p + 3
        if q < b.count, b[q] == 0x3A, digit(q + 1), digit(q + 2) { q += 3 } else if digit(q), digit(q + 1) { q += 2 }
        p = q
    }

    /// The token after an RFC 2822 zone offset after a clock ending before token `j`
    /// ("15:50:06 +0000", "08:00 -0500"): `j` when there is none.
    func zoneOffset(after j: Int) -> Int {
        guard j + 1 < tokens.count, lower[j] == "+" || lower[j] == "-", !tokens[j + 1].spaceBefore, tokens[j + 1].kind == .number else { return j }
        // Spaced from the clock, only RFC 2822's four digits: "10:00 -12:00" is a range of clocks.
        let w = lower[j + 1]
        guard w.utf8.count == 4 || (w.utf8.count == 5 && w.utf8.contains(UInt8(ascii: ":")) && !tokens[j].spaceBefore),
              let hh = Int(w.prefix(2)), let mm = Int(w.suffix(2)), hh <= 14, mm < 60 else { return j }
        return j + 2
    }
}
