import Copydesk

/// Between the annotations the recognizers find and the expressions the
/// composers work on: token indices looked up once on the way in, offsets
/// and text written once on the way out.
extension NumberRecognizer {
    /// `a` with the tokens it starts and ends on: two binary searches, once, as composition begins.
    func expression(_ a: NumberAnnotation) -> NumberExpression {
        NumberExpression(a, first: tokenIndex(startingAt: a.start), last: tokenIndex(endingAt: a.end))
    }

    /// The text of `e`: its own, or its tokens' ("" when a side of it is inside a token).
    func words(_ e: NumberExpression) -> String {
        if let t = e.keptText { return t }
        guard let a = e.firstToken, let b = e.lastToken else { return "" }
        return text.string(bytes: tokens[a].byteStart..<tokens[b].byteEnd)
    }

    /// The annotation `e` is written as.
    func annotation(of e: NumberExpression) -> NumberAnnotation {
        var a = NumberAnnotation(start: e.start, end: e.end, text: words(e), kind: e.kind, value: e.value, unit: e.unit,
                                 min: e.min, max: e.max, timex: e.timex, mod: e.mod)
        a.relative = e.relative
        return a
    }

    /// The token starting at scalar `offset`.
    func tokenIndex(startingAt offset: Int) -> Int? { tokenIndex(offset) { $0.start } }

    /// The token ending at scalar `offset`.
    func tokenIndex(endingAt offset: Int) -> Int? { tokenIndex(offset) { $0.end } }

    /// Binary search on a token offset (tokens are in text order, so both offsets ascend).
    @inline(__always)
    private func tokenIndex(_ offset: Int, _ key: (Token) -> Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(tokens[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < tokens.count && key(tokens[lo]) == offset ? lo : nil
    }

    /// The text between two scalar offsets on token boundaries.
    func slice(_ start: Int, _ end: Int) -> String {
        guard let a = tokenIndex(startingAt: start), let b = tokenIndex(endingAt: end) else { return "" }
        return text.string(bytes: tokens[a].byteStart..<tokens[b].byteEnd)
    }
}
