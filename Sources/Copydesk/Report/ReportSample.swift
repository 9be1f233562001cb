/// A document kept for the report's samples, cut to a bounded length so that
/// neither memory nor the report grows with the documents' size.
public struct ReportSample: Sendable {
    public var id: String
    public var date: String?
    /// The text's first `limit` scalars.
    public var text: String
    /// Scalars in the whole text.
    public var length: Int
    /// Spans that lie inside `text`.
    public var entities: [Entity]
    public var numbers: [NumberAnnotation]
    public var summary: [Span]
    /// Position in the output, from 1.
    public var position: Int

    public var isTruncated: Bool { length > text.unicodeScalars.count }

    public init(_ d: Document, position: Int, limit: Int) {
        id = String(d.id.prefix(200))
        date = d.date
        self.position = position
        let scalars = d.text.unicodeScalars
        length = scalars.count
        let kept = min(length, limit)
        text = kept == length ? d.text : String(String.UnicodeScalarView(scalars.prefix(kept)))
        entities = (d.entities ?? []).filter { $0.start >= 0 && $0.start < $0.end && $0.end <= kept }
        numbers = (d.numbers ?? []).filter { $0.start >= 0 && $0.start < $0.end && $0.end <= kept }
        summary = (d.summary ?? []).compactMap { s in
            guard s.start >= 0, s.start < kept, s.start < s.end else { return nil }
            return Span(start: s.start, end: min(s.end, kept), text: s.text)
        }
    }
}
