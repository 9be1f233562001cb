import Copydesk

/// The run's figures and the per-stage table.
extension HTMLReport {
    func runFigures(_ h: inout HTML) {
        let seconds = report.seconds
        let mbPerSecond = seconds > 0 ? Double(report.bytesIn) / 1e6 / seconds : 0
        var cards: [(String, String, String?)] = [
            ("documents in", Figures.int(report.documentsIn), Figures.bytes(report.bytesIn) + " of text"),
            ("written", Figures.int(report.documentsOut), report.documentsIn > 0 ? String(format: "%.1f%%", 100 * Double(report.documentsOut) / Double(report.documentsIn)) : nil),
            ("rejected", Figures.int(report.rejected), report.rejected > 0 ? "see Rejects below" : "none"),
            ("wall time", Figures.seconds(seconds), nil),
            ("documents / s", Figures.rate(report.documentsPerSecond), nil),
            ("MB / s", String(format: "%.2f", mbPerSecond), "of input text"),
            ("workers", String(report.workers), nil),
            ("peak in flight", String(report.peakInFlight), "of at most \(report.maxInFlight)"),
        ]
        if let peak = peakMemoryBytes { cards.append(("peak memory", Figures.bytes(peak), "resident, whole process")) }
        section(&h, id: "run", title: "The run") { h in
            h.raw("<div class=\"cards\">\n")
            for (label, value, note) in cards {
                let tone = label == "rejected" && report.rejected > 0 ? " warn" : ""
                h.raw("<div class=\"card\(tone)\"><div class=\"value\">"); h.text(value); h.raw("</div><div class=\"label\">"); h.text(label); h.raw("</div>")
                if let note { h.raw("<div class=\"note\">"); h.text(note); h.raw("</div>") }
                h.raw("</div>\n")
            }
            h.raw("</div>\n")
            for note in notes { h.raw("<p class=\"callout\">"); h.text(note); h.raw("</p>\n") }
        }
    }

    func stages(_ h: inout HTML) {
        let total = report.stages.reduce(0) { $0 + $1.seconds }
        section(&h, id: "stages", title: "Stages", lead: "Time inside each stage, summed over workers, as a share of all stage time.") { h in
            h.raw("<div class=\"scroll\"><table class=\"stages\">\n<thead><tr><th>stage</th><th class=\"wide\">time share</th><th class=\"num\">seconds</th><th class=\"num\">docs / s</th><th class=\"num\">in</th><th class=\"num\">out</th><th class=\"num\">rejected</th></tr></thead>\n<tbody>\n")
            for s in report.stages {
                let share = total > 0 ? s.seconds / total : 0
                h.raw("<tr><td><strong>"); h.text(s.id); h.raw("</strong>")
                if s.id != s.stage { h.raw(" <span class=\"muted\">"); h.text(s.stage); h.raw("</span>") }
                h.raw("</td><td class=\"wide\"><div class=\"barcell\">")
                Self.bar(&h, share)
                h.raw("<span class=\"pct\">\(String(format: "%.1f%%", share * 100))</span></div></td>")
                h.raw("<td class=\"num\">\(String(format: "%.3f", s.seconds))</td>")
                h.raw("<td class=\"num\">\(s.seconds > 0 ? Figures.rate(Double(s.documentsIn) / s.seconds) : "–")</td>")
                h.raw("<td class=\"num\">\(Figures.int(s.documentsIn))</td><td class=\"num\">\(Figures.int(s.documentsOut))</td>")
                h.raw("<td class=\"num\(s.rejected > 0 ? " warn" : "")\">\(Figures.int(s.rejected))</td></tr>\n")
            }
            h.raw("</tbody></table></div>\n")
        }
    }

    func rejects(_ h: inout HTML) {
        let r = findings.rejects
        guard r.total > 0 else { return }
        section(&h, id: "rejects", title: "Rejects", lead: "\(Figures.int(r.total)) document(s), grouped by stage and reason (digits in a reason do not split a group).") { h in
            h.raw("<div class=\"scroll\"><table class=\"rejects\">\n<thead><tr><th>stage</th><th>reason</th><th class=\"num\">documents</th><th>first ids</th></tr></thead>\n<tbody>\n")
            for g in r.groups.sorted(by: { $0.count != $1.count ? $0.count > $1.count : $0.stage < $1.stage }) {
                h.raw("<tr><td><strong>"); h.text(g.stage); h.raw("</strong></td><td class=\"reason\">"); h.text(g.reason)
                h.raw("</td><td class=\"num\">\(Figures.int(g.count))</td><td class=\"ids\">")
                for id in g.firstIDs { h.raw("<code>"); h.text(id); h.raw("</code> ") }
                if g.count > g.firstIDs.count { h.raw("<span class=\"muted\">…</span>") }
                h.raw("</td></tr>\n")
            }
            for (stage, count) in r.ungrouped.sorted(by: { $0.key < $1.key }) {
                h.raw("<tr><td><strong>"); h.text(stage); h.raw("</strong></td><td class=\"reason muted\">other reasons (past the \(r.maxGroups) groups kept)</td><td class=\"num\">\(Figures.int(count))</td><td></td></tr>\n")
            }
            h.raw("</tbody></table></div>\n")
        }
    }
}
