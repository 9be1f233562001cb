import Copydesk

/// Clock times: "15:00", "6pm", "8:00am", "8.30 pm", "1140 a.m.", "seven p . m .",
/// "half past seven", "20 min past eight", "4 o'clock", "11ish", "noon". Hours
/// without a meridiem keep what is written ("at 7" is T07); written minutes
/// stay in the timex ("15:00" is T15:00, "6pm" is T18).
extension TemporalRecognizer {
    struct Clock {
        var hour: Int
        var minute = 0
        var second: Int?
        var writtenMinutes = false
        /// Whether am/pm was said: a later part of day does not move the hour then.
        var meridiem = false

        var timex: String {
            "T\(CivilDate.pad(hour, 2))" + (writtenMinutes || minute != 0 ? ":\(CivilDate.pad(minute, 2))" : "")
                + (second.map { ":\(CivilDate.pad($0, 2))" } ?? "")
        }
    }

    func clockTime(at i: Int) -> (NumberExpression, Int)? {
        let w = lower[i]
        if ["noon", "midnight", "midday"].contains(w), capitalisedInsideSentence(i) { return nil } // "Jamie Noon"
        switch w {
        case "noon", "midday", "noonish", "noontime": return span(i, i + 1, .time, timex: "T12")
        case "midnight": return span(i, i + 1, .time, timex: "T00")
        case "mid" where word(i + 1) == "night": return span(i, i + 2, .time, timex: "T00")
        default: break
        }
        guard let (clock, end) = clock(at: i) else { return nil }
        // "1830 GMT" takes its zone, the evidence it is a clock; "7 PM CET" is the clock alone, as Recognizers-Text spans it.
        var j = end
        if end == i + 1, lower[i].utf8.count == 4, let z = word(j), tables.temporalWords.zones.contains(z), tokens[j].isAllCaps { j += 1 }
        return span(i, j, .time, timex: clock.timex)
    }

    /// "8-9am", "3-8pm", "9-10 am", "9.30-4.30pm", "between 0730-0930", "from 10-4": a
    /// range of clock times written with a hyphen; each clock may carry its own
    /// meridiem ("9am-5pm", "10 am-1 pm", "9am-11:30am", which the tokenizer
    /// cuts as "9am-11", ":", "30am").
    func hyphenTimeRange(at i: Int) -> (NumberExpression, Int)? {
        var j = i
        if lower[j] == "from" || lower[j] == "between" { j += 1 }
        guard var w = word(j), tokens[j].hasDigit else { return nil }
        var end = j + 1
        // "10 am-1 pm": the first meridiem is on the hyphen's token.
        if tokens[j].kind == .number, !w.utf8.contains(UInt8(ascii: "-")), let next = word(end), Self.startsWithMeridiemAndHyphen(next) {
            w += next
            end += 1
        }
        guard w.utf8.contains(UInt8(ascii: "-")) else { return nil }
        // Minutes glued on after a colon or a stop: "9am-11" ":" "30am".
        while end + 1 < tokens.count, !tokens[end].spaceBefore, lower[end] == ":" || lower[end] == ".",
              !tokens[end + 1].spaceBefore, lower[end + 1].utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true {
            w += lower[end] + lower[end + 1]
            end += 2
        }
        let halves = w.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2 else { return nil }
        func clockPart(_ s: Substring) -> Clock? {
            let p = s.split(whereSeparator: { $0 == ":" || $0 == "." })
            if p.count == 1, s.utf8.count == 4, let n = Int(s), n / 100 < 24, n % 100 < 60 { return Clock(hour: n / 100, minute: n % 100, writtenMinutes: true) }
            guard (1...2).contains(p.count), let h = Int(p[0]), (0...23).contains(h) else { return nil }
            if p.count == 2 { guard p[1].utf8.count == 2, let m = Int(p[1]), m < 60 else { return nil }; return Clock(hour: h, minute: m, writtenMinutes: true) }
            return Clock(hour: h)
        }
        // "2014-2018" is years.
        if halves.allSatisfy({ $0.utf8.count == 4 && Int($0).map { (1000...2999).contains($0) } == true }) { return nil }
        var left = halves[0], right = halves[1]
        let leftPM = Self.dropMeridiem(&left)?.pm
        let rightMeridiem = Self.dropMeridiem(&right)
        var pm = rightMeridiem?.pm
        // "7-8p.m.": the meridiem with its stops, the last one a token of its own.
        if rightMeridiem?.openStop == true, word(end) == ".", !tokens[end].spaceBefore { end += 1 }
        guard var a = clockPart(left), var b = clockPart(right) else { return nil }
        if let leftPM, a.hour <= 12 {
            if leftPM, a.hour < 12 { a.hour += 12 } else if !leftPM, a.hour == 12 { a.hour = 0 }
        }
        if pm == nil {
            var probe = Clock(hour: 1)
            let after = suffixes(after: end, &probe)
            if probe.meridiem { pm = probe.hour == 13; end = after }
        }
        // Without a meridiem only written minutes make times of it ("9.30-11.00", "between 0730-0930"):
        // "from 10-16" and "2007-13" are numbers, scores and seasons.
        // Four bare digits a side ("0730-0930") are times only after "between"; "6:00-8:30" always.
        let bareDigits = left.utf8.count == 4 && left.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        let minutes = a.writtenMinutes && b.writtenMinutes && (!bareDigits || lower[i] == "between")
        // Bare hours right after a weekday are its hours ("Monday 11-4", "Tuesday from 9-11"), as Recognizers-Text reads them.
        let afterWeekday = can(i - 1, .weekday) && !a.writtenMinutes && !b.writtenMinutes && (1...11).contains(a.hour) && (1...11).contains(b.hour)
        guard pm != nil || leftPM != nil || minutes || afterWeekday else { return nil }
        if pm == true {
            if b.hour < 12 { b.hour += 12 }
            if leftPM == nil, a.hour < 12, a.hour + 12 <= b.hour { a.hour += 12 }
        } else if pm == nil, b.hour <= a.hour, b.hour + 12 > a.hour, b.hour + 12 <= 24 {
            b.hour += 12
        }
        var length = (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute)
        if length <= 0 { length += 24 * 60 }
        return span(i, end, .time, timex: "(\(a.timex),\(b.timex),\(NumberRecognizer.hours(length)))")
    }

    /// "am-1", "p.m.-5": a meridiem glued to a hyphen and the next clock.
    static func startsWithMeridiemAndHyphen(_ w: String) -> Bool {
        for m in ["am-", "pm-", "a.m.-", "p.m.-"] where w.hasPrefix(m) {
            return w.utf8.dropFirst(m.utf8.count).first.map { $0 >= 48 && $0 <= 57 } == true
        }
        return false
    }

    /// Takes a glued meridiem off a clock's text ("9am", "9.30a.m."): whether it
    /// was pm, and whether its final stop is missing ("a.m", the stop a token of its own).
    static func dropMeridiem(_ s: inout Substring) -> (pm: Bool, openStop: Bool)? {
        for (m, pm) in [("a.m.", false), ("p.m.", true), ("a.m", false), ("p.m", true), ("am", false), ("pm", true)] where s.hasSuffix(m) {
            s = s.dropLast(m.count)
            return (pm, m.count == 3)
        }
        return nil
    }

    /// A clock time at token `i` and the token after it.
    func clock(at i: Int) -> (Clock, Int)? {
        // "half past seven", "20 min past eight", "quarter past 9", "a quarter past six".
        let q = lower[i] == "a" && word(i + 1) == "quarter" ? i + 1 : i
        if word(q + 1) == "past" || word(q + 2) == "past" || word(q + 3) == "past",
           let (m, k) = minutesWord(at: q), word(k) == "past", let (h, e) = hourWord(at: k + 1) {
            var c = Clock(hour: h, minute: m, writtenMinutes: true)
            return (c, suffixes(after: e, &c))
        }
        // "quarter to eight", "a quarter to 7", "ten minutes to 9": minutes before the hour; a bare "ten to seven"
        // stays a range, as Recognizers-Text reads it.
        if let found = minutesTo(at: i) { return found }
        let t = tokens[i], w = lower[i]
        var c: Clock
        var end = i + 1
        if t.kind == .number {
            if w.utf8.contains(UInt8(ascii: ":")) {
                // Every part a whole number: "2:08:41.89" is a race time, not a clock at 2:08.
                let written = w.split(separator: ":")
                let parts = written.compactMap { Int($0) }
                guard parts.count == written.count, parts.count >= 2, parts.count <= 3, (0...24).contains(parts[0]), (0...59).contains(parts[1]) else { return nil }
                c = Clock(hour: parts[0], minute: parts[1], writtenMinutes: true)
                if parts.count == 3 { guard (0...59).contains(parts[2]) else { return nil }; c.second = parts[2] }
                end = suffixes(after: end, &c)
                // "15:50:06 +0000": a 24-hour clock's zone offset is part of it.
                if !c.meridiem { end = zoneOffset(after: end) }
                return (c, end)
            }
            if w.utf8.contains(UInt8(ascii: ".")) {
                // "8.30 pm", "at 6.45": a decimal only where a time is plain.
                let parts = w.split(separator: ".")
                guard parts.count == 2, parts[1].utf8.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
                c = Clock(hour: h, minute: m, writtenMinutes: true)
                let after = suffixes(after: end, &c)
                // "at 6.45", but not "at 1.06 million" nor "at 3.25 points".
                guard c.meridiem || (word(i - 1) == "at" && word(after).flatMap({ tables.multipliers[$0] }) == nil && !endsInNoun(after)) else { return nil }
                return (c, after)
            }
            guard let n = Int(w) else { return nil }
            if w.utf8.count >= 3 {
                // "1140 a.m.": hours and minutes run together, said with a meridiem.
                guard w.utf8.count <= 4, (0...23).contains(n / 100), n % 100 < 60 else { return nil }
                c = Clock(hour: n / 100, minute: n % 100, writtenMinutes: true)
                // "1830 GMT": the 24-hour clock of news agencies, four digits and a time zone.
                if w.utf8.count == 4, let z = word(end), tables.temporalWords.zones.contains(z), tokens[end].isAllCaps { return (c, end) }
                // "0800 hours", "at 1400 hrs": the 24-hour clock as the armed forces and the police say it.
                if w.utf8.count == 4, let u = word(end), tables.temporalWords.clockHourWords.contains(u),
                   w.hasPrefix("0") || tables.temporalWords.clockPrepositions.contains(word(i - 1) ?? "") { return (c, end + 1) }
            } else {
                guard (0...23).contains(n) else { return nil }
                c = Clock(hour: n)
            }
            // "9.am": the stop between the hour and the meridiem.
            if word(end) == ".", !(end + 1 < tokens.count && tokens[end + 1].spaceBefore) { end += 1 }
            let after = suffixes(after: end, &c)
            guard after > end else { return nil }
            return (c, after)
        }
        if t.kind == .word, t.hasDigit {
            // "8am", "8:00am", "8.30pm", "9p", "11ish", "7ampm".
            let b = Array(w.utf8)
            var k = 0
            while k < b.count, (b[k] >= 48 && b[k] <= 57) || b[k] == 58 || b[k] == 46 { k += 1 }
            guard k > 0, k < b.count else { return nil }
            let head = String(decoding: b[..<k], as: UTF8.self), tail = String(decoding: b[k...], as: UTF8.self).replacingOccurrences(of: ".", with: "")
            let parts = head.split(whereSeparator: { $0 == ":" || $0 == "." }).compactMap { Int($0) }
            guard (1...3).contains(parts.count), (0...24).contains(parts[0]) else { return nil }
            c = Clock(hour: parts[0], minute: parts.count > 1 ? parts[1] : 0, writtenMinutes: parts.count > 1)
            if parts.count > 1 { guard (0...59).contains(parts[1]) else { return nil } }
            if parts.count == 3 { c.second = parts[2] }
            // "9p" and "9a" only as "at 9p": "1p" is a penny.
            if tail == "a" || tail == "p", word(i - 1) != "at" || endsInNoun(i + 1) || ["a", "per", "each"].contains(word(i + 1) ?? "") { return nil }
            switch tail {
            case "am", "a", "ampm": c.meridiem = tail != "ampm"; if c.hour == 12 { c.hour = 0 }
            case "pm", "p": c.meridiem = true; if c.hour < 12 { c.hour += 12 }
            case "ish", "h", "hrs": if tail != "ish" { return nil }
            default: return nil
            }
            if c.hour > 24 { return nil }
            // "8p.m." keeps its final stop.
            if tail.hasSuffix("m"), w.contains("."), word(end) == ".", !tokens[end].spaceBefore { end += 1 }
            return (c, end)
        }
        // "five-thirty".
        let parts = w.utf8.contains(UInt8(ascii: "-")) ? w.split(separator: "-") : []
        if parts.count == 2, let h = tables.numberWords[String(parts[0])], h.type == .unit || h.type == .ten, (1...12).contains(h.value),
           let m = tables.numberWords[String(parts[1])], m.type == .ten || m.type == .unit, m.value >= 10, m.value < 60 {
            c = Clock(hour: Int(h.value), minute: Int(m.value), writtenMinutes: true)
            return (c, suffixes(after: i + 1, &c))
        }
        // Words: "seven p . m .", "nine thirty", "seven twenty-seven", "four o'clock".
        guard let (h, e) = hourWord(at: i) else { return nil }
        c = Clock(hour: h)
        end = e
        if let (m, me) = minutesWord(at: end, plain: true), m >= 10 { c.minute = m; c.writtenMinutes = true; end = me }
        let after = suffixes(after: end, &c)
        guard after > end || (c.writtenMinutes && word(i - 1) == "at") else { return nil }
        return (c, after)
    }

    /// "am", "p.m.", "a m", "p . m .", "o'clock", "oclock", "ish" after a clock; moves the hour for pm.
    func suffixes(after j: Int, _ c: inout Clock) -> Int {
        var j = j
        if let w = word(j), w == "o'clock" || w == "oclock" || w == "o’clock" { j += 1 }
        // Gather the letters of a meridiem written with stops and spaces.
        var letters = "", k = j, dotted = false
        while k < tokens.count, k < j + 4 {
            let w = lower[k]
            if w == "." { k += 1; dotted = true; continue }
            // Only "a", "p", "m" and stops make a meridiem: most tokens stop at the first byte.
            guard let b = w.utf8.first, b == UInt8(ascii: "a") || b == UInt8(ascii: "p") || b == UInt8(ascii: "m"), w.utf8.count <= 4 else { break }
            if w.contains(".") { dotted = true }
            let bare = w.replacingOccurrences(of: ".", with: "")
            guard ["a", "p", "m", "am", "pm"].contains(bare), letters.count + bare.count <= 2 else { break }
            letters += bare
            k += 1
            if letters.count == 2 { break }
        }
        if letters == "am" || letters == "pm" {
            // A spaced "p . m ." keeps its final stop.
            // "a.m." and "p . m ." keep the final stop the tokenizer left apart; "9.am." does not.
            if word(k) == ".", dotted { k += 1 }
            c.meridiem = true
            if letters == "pm", c.hour < 12 { c.hour += 12 }
            if letters == "am", c.hour == 12 { c.hour = 0 }
            j = k
        }
        if word(j) == "ish" { j += 1 }
        return j
    }

    /// An hour as a word or digits: "seven", "9", "twelve".
    func hourWord(at j: Int) -> (Int, Int)? {
        guard let w = word(j) else { return nil }
        if tokens[j].kind == .number, let n = Int(w), (0...23).contains(n) { return (n, j + 1) }
        guard can(j, .numberWord) else { return nil }
        guard let e = tables.numberWords[w], e.type == .unit || e.type == .ten, (1...12).contains(e.value), e.value == e.value.rounded() else { return nil }
        return (Int(e.value), j + 1)
    }

    /// Minutes: "half", "quarter", "20", "twenty", "thirty-six", "forty five", with "min"/"minutes" after.
    private func minutesTo(at i: Int) -> (Clock, Int)? {
        let j = lower[i] == "a" && word(i + 1) == "quarter" ? i + 1 : i
        guard word(j + 1) == "to" || word(j + 2) == "to" || word(j + 3) == "to", let (m, k) = minutesWord(at: j), word(k) == "to",
              lower[k - 1] == "quarter" || tables.temporalWords.minuteWords.contains(lower[k - 1]), let (h, e) = hourWord(at: k + 1), h >= 1 else { return nil }
        var c = Clock(hour: h - 1, minute: 60 - m, writtenMinutes: true)
        return (c, suffixes(after: e, &c))
    }

    func minutesWord(at j: Int, plain: Bool = false) -> (Int, Int)? {
        guard let w = word(j) else { return nil }
        var m: Int?, e = j + 1
        if !plain, w == "half" { m = 30 } else if !plain, w == "quarter" { m = 15 }
        else if tokens[j].kind == .number, let n = Int(w), (1...59).contains(n) { m = n }
        else if let (n, end) = cardinalWords(at: j) { m = n; e = end }
        guard let m, m < 60 else { return nil }
        if !plain, let u = word(e), tables.temporalWords.minuteWords.contains(u) { e += 1 }
        return (m, e)
    }
}
