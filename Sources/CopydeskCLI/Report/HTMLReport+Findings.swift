import Copydesk

/// What the run found: entities per label, number kinds, dates, money.
extension HTMLReport {
    static let topNames = 10

    func entities(_ h: inout HTML, legend: Legend) {
        let labels = findings.labels.sorted { $0.value.mentions != $1.value.mentions ? $0.value.mentions > $1.value.mentions : $0.key < $1.key }
        guard !labels.isEmpty else { return }
        let mentions = labels.reduce(0) { $0 + $1.value.mentions }
        section(&h, id: "entities", title: "Entities", lead: "\(Figures.int(mentions)) mentions in \(Figures.int(findings.documents)) documents; the most frequent names per label.") { h in
            h.raw("<div class=\"grid\">\n")
            for (label, tally) in labels {
                let cls = legend.entityClass(label)
                h.raw("<div class=\"panel\"><h3><span class=\"chip \(cls)\">"); h.text(label.prefix(40)); h.raw("</span> <span class=\"muted\">\(Figures.int(tally.mentions)) mentions</span></h3>\n<ol class=\"top\">")
                let top = tally.names.top(Self.topNames)
                let most = Double(top.first?.count ?? 1)
                for item in top {
                    h.raw("<li><span class=\"name\">"); h.text(item.key); h.raw("</span>")
                    Self.bar(&h, Double(item.count) / most, tone: cls)
                    h.raw("<span class=\"count\">\(Figures.int(item.count))\(item.error > 0 ? "<small> ±\(Figures.int(item.error))</small>" : "")</span></li>")
                }
                h.raw("</ol></div>\n")
            }
            if findings.otherLabelMentions > 0 {
                h.raw("<p class=\"muted\">\(Figures.int(findings.otherLabelMentions)) mentions of labels past the first \(RunFindings.maxLabels) are not shown.</p>\n")
            }
            h.raw("</div>\n")
        }
    }

    func numbers(_ h: inout HTML) {
        let kinds = NumberKind.allCases.map { ($0, findings.count(of: $0)) }.filter { $0.1 > 0 }
        guard !kinds.isEmpty else { return }
        let total = kinds.reduce(0) { $0 + $1.1 }
        section(&h, id: "numbers", title: "Numbers, money and dates", lead: "\(Figures.int(total)) expressions.") { h in
            h.raw("<div class=\"grid\">\n<div class=\"panel\"><h3>Kinds</h3>\n<ol class=\"top plain\">")
            let most = Double(kinds.map(\.1).max() ?? 1)
            for (kind, count) in kinds.sorted(by: { $0.1 > $1.1 }) {
                let cls = Legend.numberClass(kind)
                h.raw("<li><span class=\"name\"><span class=\"chip \(cls)\">\(kind.rawValue)</span></span>")
                Self.bar(&h, Double(count) / most, tone: cls)
                h.raw("<span class=\"count\">\(Figures.int(count))</span></li>")
            }
            h.raw("</ol></div>\n")
            money(&h)
            h.raw("</div>\n")
            DateHistogram(months: findings.months, unplaced: findings.unplacedDates).render(&h)
        }
    }

    private func money(_ h: inout HTML) {
        guard !findings.money.isEmpty else { return }
        h.raw("<div class=\"panel\"><h3>Money by currency</h3>\n<table class=\"money\"><thead><tr><th>currency</th><th class=\"num\">mentions</th><th class=\"num\">total</th></tr></thead><tbody>")
        for (unit, tally) in findings.money.sorted(by: { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }).prefix(20) {
            h.raw("<tr><td><code>"); h.text(unit); h.raw("</code></td><td class=\"num\">\(Figures.int(tally.count))</td>")
            h.raw("<td class=\"num\" title=\""); h.text(String(format: "%.2f", tally.total)); h.raw("\">"); h.text(Figures.compact(tally.total)); h.raw("</td></tr>")
        }
        h.raw("</tbody></table>")
        if findings.money.count > 20 { h.raw("<p class=\"muted\">\(findings.money.count - 20) more currencies.</p>") }
        h.raw("<p class=\"note\">Sums of every amount mentioned, repeated mentions included.</p></div>\n")
    }
}
