import Copydesk

/// One sample document's text with its entities and numbers as inline marks
/// (as displaCy draws them) and its summary sentences underlined.
///
/// Marks do not nest: where spans overlap, the outermost wins (money over the
/// cardinal inside it) and, at equal extent, the entity. A summary sentence
/// boundary that falls inside a mark is moved to the mark's edge, so that
/// sentences enclose marks and the markup is well nested.
struct SampleMarkup {
    struct Mark {
        var start: Int
        var end: Int
        var cls: String
        var label: String
        var tip: String
    }

    var marks: [Mark] = []
    var sentences: [(start: Int, end: Int)] = []

    /// Highlights past `maxMarks`, not drawn.
    var omitted = 0

    init(_ sample: ReportSample, legend: Legend, maxMarks: Int) {
        let length = sample.text.unicodeScalars.count
        var candidates: [(Mark, Int)] = []
        for e in sample.entities where e.end <= length {
            candidates.append((Mark(start: e.start, end: e.end, cls: legend.entityClass(e.label), label: String(e.label.prefix(40)), tip: String(e.label.prefix(120))), 0))
        }
        for n in sample.numbers where n.end <= length {
            candidates.append((Mark(start: n.start, end: n.end, cls: Legend.numberClass(n.kind), label: n.kind.rawValue, tip: String(Self.tip(n).prefix(160))), 1))
        }
        candidates.sort { a, b in
            if a.0.start != b.0.start { return a.0.start < b.0.start }
            if a.0.end != b.0.end { return a.0.end > b.0.end }
            return a.1 < b.1
        }
        var reached = 0
        for (mark, _) in candidates where mark.start >= reached && mark.start < mark.end {
            guard marks.count < maxMarks else { omitted += 1; continue }
            marks.append(mark)
            reached = mark.end
        }
        var last = 0
        for s in sample.summary.sorted(by: { $0.start < $1.start }) {
            var start = max(s.start, last), end = min(s.end, length)
            if let m = marks.first(where: { $0.start < start && start < $0.end }) { start = m.start }
            if let m = marks.first(where: { $0.start < end && end < $0.end }) { end = m.end }
            start = max(start, last)
            guard start < end else { continue }
            sentences.append((start, end))
            last = end
        }
    }

    /// What hovering a number shows: its kind and normalised value.
    static func tip(_ n: NumberAnnotation) -> String {
        var parts = [n.kind.rawValue]
        switch n.value {
        case .number(let v)?: parts.append(Figures.plain(v) + (n.unit.map { " " + $0 } ?? ""))
        case .string(let s)?: parts.append(s)
        case nil:
            if n.min != nil || n.max != nil {
                parts.append("\(n.min.map(Figures.plain) ?? "…") – \(n.max.map(Figures.plain) ?? "…")" + (n.unit.map { " " + $0 } ?? ""))
            }
        }
        if let timex = n.timex, n.value != .string(timex) { parts.append("timex " + timex) }
        if let mod = n.mod { parts.append(mod) }
        if let relative = n.relative { parts.append("relative " + relative) }
        return parts.joined(separator: " · ")
    }

    /// The text as HTML.
    func render(_ h: inout HTML, text: String) {
        let scalars = Array(text.unicodeScalars)
        var opens: [Int: [String]] = [:], closes: [Int: [String]] = [:]
        for s in sentences {
            opens[s.start, default: []].append("<span class=\"sum\">")
            closes[s.end, default: []].append("</span>")
        }
        for m in marks {
            var tag = HTML()
            tag.raw("<mark class=\"m \(m.cls)\" data-tip=\""); tag.text(m.tip); tag.raw("\">")
            opens[m.start, default: []].append(tag.out)
            var close = HTML()
            close.raw("<span class=\"lb\">"); close.text(m.label); close.raw("</span></mark>")
            closes[m.end, default: []].insert(close.out, at: 0)
        }
        let boundaries = Set(opens.keys).union(closes.keys).sorted()
        var at = 0
        for b in boundaries where b <= scalars.count {
            if b > at { h.text(String(String.UnicodeScalarView(scalars[at..<b]))) }
            at = b
            closes[b].map { $0.forEach { h.raw($0) } }
            opens[b].map { $0.forEach { h.raw($0) } }
        }
        if at < scalars.count { h.text(String(String.UnicodeScalarView(scalars[at...]))) }
    }
}
