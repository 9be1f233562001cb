import Copydesk

/// Two open ranges said one after the other, one bounding each side, close
/// each other: "more than 10 and less than 20" is (10, 20), "at most 100
/// and at least 20" [20, 100], "higher than 5, lower than 9" (5, 9).
extension NumberRecognizer {
    /// In place: on a 10 MB document the expressions are tens of megabytes,
    /// and a second array of them is what sets the stage's peak memory.
    func closeOpenRanges(_ items: consuming [NumberExpression]) -> [NumberExpression] {
        guard items.count(where: { $0.kind == .range }) >= 2 else { return items }
        // `items[..<kept]` is the output so far; `kept` never passes `n`.
        var kept = 0
        // The open range the next one may close, as an index in the output.
        var open: Int? = nil
        for n in items.indices {
            let item = items[n]
            if item.kind == .range, let k = open, let closed = close(items[k], item) {
                items[k] = closed
                open = nil
                continue
            }
            if item.kind == .range {
                open = kept
            } else if let k = open, item.start < items[k].start || item.end > items[k].end {
                open = nil // something else stands between them
            }
            if kept != n { items[kept] = item }
            kept += 1
        }
        items.removeLast(items.count - kept)
        return items
    }

    private func close(_ a: NumberExpression, _ b: NumberExpression) -> NumberExpression? {
        let minimum: Double, maximum: Double
        if let lo = a.min, a.max == nil, let hi = b.max, b.min == nil { (minimum, maximum) = (lo, hi) }
        else if let hi = a.max, a.min == nil, let lo = b.min, b.max == nil { (minimum, maximum) = (lo, hi) }
        else { return nil }
        guard minimum < maximum, a.unit == nil || b.unit == nil || a.unit == b.unit,
              let end = a.lastToken, let start = b.firstToken, start > end,
              Self.rangeLinks.contains((end + 1..<start).map { lower[$0] }) else { return nil }
        var r = NumberExpression(a, b, kind: .range)
        r.min = minimum
        r.max = maximum
        r.unit = a.unit ?? b.unit
        return r
    }

    static let rangeLinks: Set<[String]> = [["and"], ["but"], [","], [",", "and"], [",", "but"], ["and", "yet"]]
}
