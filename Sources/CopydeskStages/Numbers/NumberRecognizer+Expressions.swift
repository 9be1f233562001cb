import Copydesk

/// From the expressions the recognizers find and the composers join, on
/// tokens, to the annotations written: offsets and text made once, here.
extension NumberRecognizer {
    /// The text of `e`: its own, or its tokens' ("" when a side of it is inside a token).
    func words(_ e: NumberExpression) -> String {
        if let t = e.written { return t }
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
}
