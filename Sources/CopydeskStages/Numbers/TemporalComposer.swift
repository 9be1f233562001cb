import Copydesk

/// Joins the temporal pieces found one by one into the expressions they
/// form together: a date and a time make a datetime ("tomorrow at 8am",
/// "3pm on Monday"), two times joined by "to", "-" or "and" make a time
/// range ("5 to 6pm" is `(T17,T18,PT1H)`), as Recognizers-Text writes them.
extension NumberRecognizer {
    func compose(_ items: [NumberAnnotation]) -> [NumberAnnotation] {
        guard items.contains(where: { $0.kind == .time || $0.kind == .datetime }) else { return items }
        var out: [NumberAnnotation] = []
        for item in items {
            guard let previous = out.last, previous.end <= item.start,
                  let gapFrom = tokenIndex(endingAt: previous.end).map({ $0 + 1 }), let gapTo = tokenIndex(startingAt: item.start) else {
                out.append(item)
                continue
            }
            let gap = (gapFrom..<gapTo).map { lower[$0] }
            if let merged = join(previous, item, gap: gap, firstToken: tokenIndex(startingAt: previous.start)) {
                out.removeLast()
                // A cardinal swallowed by a range may still be listed just before it.
                while let last = out.last, last.start >= merged.start, last.kind == .cardinal { out.removeLast() }
                out.append(merged)
            } else {
                out.append(item)
            }
        }
        return out
    }

    static let linkers: Set<String> = ["at", "on", ",", "around", "by", "-"]
    static let rangeWords: Set<String> = ["to", "-", "until", "till", "and", "through"]

    private func join(_ a: NumberAnnotation, _ b: NumberAnnotation, gap: [String], firstToken: Int?) -> NumberAnnotation? {
        let linkers = Self.linkers
        // date + time, time + date
        if a.kind == .date, b.kind == .time, gap.allSatisfy(linkers.contains), gap.count <= 2 { return datetime(date: a, time: b, span: (a, b)) }
        if a.kind == .time, b.kind == .date, gap.allSatisfy(linkers.contains), gap.count <= 2 { return datetime(date: b, time: a, span: (a, b)) }
        // time ranges: "5 to 6pm", "2-4pm", "from 10:30 to 3", "between 2 and 4pm"
        guard b.kind == .time, let endClock = Self.clock(b.timex), gap.count == 1, Self.rangeWords.contains(gap[0]) else { return nil }
        var startClock: (Int, Int, String)?
        if a.kind == .time { startClock = Self.clock(a.timex) }
        if a.kind == .cardinal, case .number(let v)? = a.value, v == v.rounded(), (0...23).contains(v) {
            var h = Int(v)
            if endClock.0 >= 12, h < 12, h + 12 <= endClock.0 { h += 12 }
            startClock = (h, 0, "T\(CivilDate.pad(h, 2))")
        }
        guard let (h1, m1, startTimex) = startClock else { return nil }
        if gap[0] == "and", let f = firstToken, f == 0 || lower[f - 1] != "between" { return nil }
        var minutes = (endClock.0 * 60 + endClock.1) - (h1 * 60 + m1)
        if minutes <= 0 { minutes += 24 * 60 }
        let duration = "PT" + (minutes / 60 > 0 ? "\(minutes / 60)H" : "") + (minutes % 60 > 0 ? "\(minutes % 60)M" : "")
        var start = a.start, text = a.text
        if let f = firstToken, f > 0, ["from", "between"].contains(lower[f - 1]) {
            start = tokens[f - 1].start
            text = ""
        }
        var r = NumberAnnotation(start: start, end: b.end, text: text, kind: .time)
        r.timex = "(\(startTimex),\(b.timex ?? ""),\(duration))"
        r.text = slice(r.start, r.end)
        return r
    }

    private func datetime(date: NumberAnnotation, time: NumberAnnotation, span: (NumberAnnotation, NumberAnnotation)) -> NumberAnnotation? {
        guard let d = date.timex, let t = time.timex, t.hasPrefix("T"), !t.hasPrefix("(") else { return nil }
        // Only a single day takes a time: 2022-12-14, XXXX-12-14, XXXX-WXX-3.
        let day = d.utf8.count == 10 || d.hasPrefix("XXXX-WXX-")
        guard day, !d.hasPrefix("(") else { return nil }
        var r = NumberAnnotation(start: span.0.start, end: span.1.end, text: slice(span.0.start, span.1.end), kind: .datetime)
        r.timex = d + t
        if case .string(let v)? = date.value, v.utf8.count == 10 { r.value = .string(v + t) }
        return r
    }

    /// (hour, minute, timex) of a clock timex such as T17 or T04:30.
    static func clock(_ timex: String?) -> (Int, Int, String)? {
        guard let timex, timex.hasPrefix("T") else { return nil }
        let parts = timex.dropFirst().split(separator: ":").compactMap { Int($0) }
        guard let h = parts.first, (0...24).contains(h) else { return nil }
        return (h, parts.count > 1 ? parts[1] : 0, timex)
    }

    /// The token starting at scalar `offset`.
    func tokenIndex(startingAt offset: Int) -> Int? { tokenIndex(\.start, offset) }

    /// The token ending at scalar `offset`.
    func tokenIndex(endingAt offset: Int) -> Int? { tokenIndex(\.end, offset) }

    /// Binary search on a token offset (tokens are in text order, so both offsets ascend).
    private func tokenIndex(_ key: KeyPath<Token, Int>, _ offset: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid][keyPath: key] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && tokens[lo][keyPath: key] == offset ? lo : nil
    }

    /// The text between two scalar offsets on token boundaries.
    func slice(_ start: Int, _ end: Int) -> String {
        guard let a = tokenIndex(startingAt: start), let b = tokenIndex(endingAt: end) else { return "" }
        return text.string(bytes: tokens[a].byteStart..<tokens[b].byteEnd)
    }
}

extension NumberKind {
    var isTemporal: Bool { [.date, .time, .datetime, .duration, .set].contains(self) }
}
