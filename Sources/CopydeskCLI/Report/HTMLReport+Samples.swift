import Copydesk

/// The sample documents with their highlights.
extension HTMLReport {
    func samples(_ h: inout HTML, legend: Legend) {
        let sampler = findings.sampler
        let head = sampler.head, drawn = sampler.drawn
        guard !head.isEmpty || !drawn.isEmpty else { return }
        let perDocument = max(40, ReportSettings.markBudget / max(1, head.count + drawn.count))
        let marked = (head + drawn).map { ($0, SampleMarkup($0, legend: legend, maxMarks: perDocument)) }
        let used = Set(marked.flatMap { $0.1.marks.map(\.cls) })
        section(&h, id: "samples", title: "Sample documents",
                lead: "The first \(head.count) documents written and \(drawn.count) drawn at random from the rest, each up to \(Figures.int(sampler.limit)) characters, as the pipeline left them.") { h in
            legend.render(&h, used: used)
            for (title, group) in [("First documents", Array(marked.prefix(head.count))), ("Drawn at random", Array(marked.dropFirst(head.count)))] where !group.isEmpty {
                h.raw("<h3 class=\"group\">"); h.text(title); h.raw("</h3>\n")
                for (sample, markup) in group { document(&h, sample, markup) }
            }
        }
    }

    private func document(_ h: inout HTML, _ s: ReportSample, _ markup: SampleMarkup) {
        h.raw("<article class=\"doc\" id=\"doc-\(s.position)\">\n<header><h4>"); h.text(s.id); h.raw("</h4><p class=\"meta\">")
        var meta = ["#\(Figures.int(s.position)) in the output"]
        if let date = s.date { meta.append(date) }
        meta.append("\(s.entities.count) entities")
        meta.append("\(s.numbers.count) numbers")
        meta.append("\(s.summary.count) summary sentences")
        if markup.omitted > 0 { meta.append("the first \(markup.marks.count) highlights drawn") }
        if s.isTruncated { meta.append("first \(Figures.int(s.text.unicodeScalars.count)) of \(Figures.int(s.length)) characters") }
        h.text(meta.joined(separator: " · "))
        h.raw("</p></header>\n<div class=\"text\">")
        markup.render(&h, text: s.text)
        h.raw("</div>\n</article>\n")
    }
}
