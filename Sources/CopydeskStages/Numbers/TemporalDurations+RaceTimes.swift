import Copydesk

/// Times of races and events, as results write them: minutes and seconds with
/// their fraction ("won in 7:39.89", "1:45.32"), or hours, minutes and seconds
/// with one ("2:08:31.5"). The fraction is what tells them from a clock: no
/// one gives the time of day to the hundredth, while "2:15:25" without it
/// stays a clock time.
extension TemporalRecognizer {
    func raceTime(at i: Int) -> (NumberExpression, Int)? {
        let w = lower[i]
        guard w.utf8.contains(UInt8(ascii: ":")), w.utf8.contains(UInt8(ascii: ".")) else { return nil }
        let parts = w.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let last = parts.last else { return nil }
        let seconds = last.split(separator: ".", omittingEmptySubsequences: false)
        guard seconds.count == 2, seconds[0].utf8.count == 2, (1...3).contains(seconds[1].utf8.count),
              let s = Int(seconds[0]), s < 60, seconds[1].utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              parts.dropLast().allSatisfy({ !$0.isEmpty && $0.utf8.count <= 2 && Int($0) != nil }) else { return nil }
        let numbers = parts.dropLast().compactMap { Int($0) }
        if parts.count == 3 { guard parts[1].utf8.count == 2, numbers[1] < 60 else { return nil } }
        let (h, m) = parts.count == 3 ? (numbers[0], numbers[1]) : (0, numbers[0])
        // The seconds as written, trailing zeros of the fraction dropped: 39.89, 31.5, 12.
        var fraction = seconds[1]
        while fraction.last == "0" { fraction.removeLast() }
        let secondsText = fraction.isEmpty ? "\(s)" : "\(s).\(fraction)"
        let timex = "PT" + (h > 0 ? "\(h)H" : "") + (m > 0 ? "\(m)M" : "") + secondsText + "S"
        return span(i, i + 1, .duration, timex: timex)
    }
}
