import Copydesk

/// An expression while `tag_numbers` finds and composes: the fields of its
/// annotation and the tokens it spans, so that the composers read token
/// indices instead of searching for them by scalar offset each time, and
/// the text is cut once, when the annotation is written (`annotation(of:)`).
///
/// A number found inside a token ("5" of "5-10", "6.63" of "6.63m") starts or
/// ends where no token does: that side has no token (`firstToken` or
/// `lastToken` is nil), only its scalar offset, and nothing that needs a
/// token there joins it; its text is its own.
struct NumberExpression {
    /// Scalar offsets, as the annotation writes them.
    private(set) var start: Int, end: Int
    /// The token starting at `start` and the one ending at `end`; -1 where none does.
    /// 32 bits: on a 10 MB document the expressions are megabytes.
    private var first: Int32, last: Int32
    /// The text of a number inside a token; nil: the text of its tokens.
    private(set) var written: String?
    var kind: NumberKind
    var value: NumberAnnotation.Value?
    var unit: String?
    var min: Double?
    var max: Double?
    var timex: String?
    var mod: String?
    var relative: String?

    var firstToken: Int? { first < 0 ? nil : Int(first) }
    var lastToken: Int? { last < 0 ? nil : Int(last) }

    /// The expression from the start of `a` to the end of `b`, with the tokens' text.
    init(_ a: NumberExpression, _ b: NumberExpression, kind: NumberKind) {
        (start, first, end, last, written, self.kind) = (a.start, a.first, b.end, b.last, nil, kind)
    }

    /// A new expression of `kind` on the span of `a`, with its text.
    init(spanOf a: NumberExpression, kind: NumberKind) {
        (start, first, end, last, written, self.kind) = (a.start, a.first, a.end, a.last, a.written, kind)
    }

    /// An expression of tokens `first...last`, with their text.
    init(tokens: [Token], _ first: Int, _ last: Int, kind: NumberKind) {
        (start, self.first, end, self.last, written, self.kind) = (tokens[first].start, Int32(first), tokens[last].end, Int32(last), nil, kind)
    }

    /// A number inside token `k` ("5" of "5-10", "6.63" of "6.63m"), with its own
    /// text: a side of it is on a token only where it meets a side of token `k`.
    init(inside k: Int, of tokens: [Token], start: Int, end: Int, text: String, kind: NumberKind, value: NumberAnnotation.Value) {
        (self.start, self.end, written, self.kind, self.value) = (start, end, text, kind, value)
        first = start == tokens[k].start ? Int32(k) : -1
        last = end == tokens[k].end ? Int32(k) : -1
    }

    /// Starts at token `t` now; the text becomes the tokens'.
    mutating func extend(toToken t: Int, in tokens: [Token]) {
        (start, first, written) = (tokens[t].start, Int32(t), nil)
    }

    /// Ends at token `t` now; the text becomes the tokens'.
    mutating func extend(throughToken t: Int, in tokens: [Token]) {
        (end, last, written) = (tokens[t].end, Int32(t), nil)
    }

    /// Starts where `a` does now; the text becomes the tokens'.
    mutating func extend(from a: NumberExpression) {
        (start, first, written) = (a.start, a.first, nil)
    }
}
