import Copydesk

/// Colours of the highlights, one per entity label and per group of number
/// kinds, as CSS custom properties on a class; the same classes colour the
/// chips of the findings and the marks of the samples, and the legend's
/// buttons hide or show them.
struct Legend {
    struct Entry {
        var cls: String
        var name: String
        var background: String
        var ink: String
    }

    /// PER, ORG, LOC, MISC, then a user's own labels.
    static let entityColours: [(String, String)] = [
        ("#fbe0dc", "#a8453a"), ("#dce8f7", "#2f5f93"), ("#dcefe1", "#2f7a4a"), ("#ece3f6", "#6b4a96"),
        ("#f6ead2", "#8a6a1f"), ("#d9f0ef", "#2a7471"), ("#f3dcec", "#92417a"), ("#e4e7ec", "#4a5568"),
    ]
    static let knownLabels = ["PER", "ORG", "LOC", "MISC"]

    /// Number kinds in five groups: plain numbers, percentages, money, quantities, time.
    static let numberGroups: [(cls: String, name: String, kinds: [NumberKind], background: String, ink: String)] = [
        ("n-num", "cardinal · ordinal · range", [.cardinal, .ordinal, .range], "#eceae4", "#5d5a52"),
        ("n-pct", "percent", [.percent], "#fde8cf", "#9a5b13"),
        ("n-money", "money", [.money], "#d6f0e6", "#1f7356"),
        ("n-qty", "quantity", [.quantity], "#e8ecd2", "#5f6b1f"),
        ("n-time", "date · time · duration · set", [.date, .time, .datetime, .duration, .set], "#fff0bf", "#8a6d00"),
    ]

    var entries: [Entry] = []
    /// The class of each entity label.
    private var classes: [String: String] = [:]

    init(findings: RunFindings) {
        for (i, label) in Self.labelOrder(findings).enumerated() {
            let (bg, ink) = Self.entityColours[i % Self.entityColours.count]
            entries.append(Entry(cls: "e-\(i)", name: String(label.prefix(40)), background: bg, ink: ink))
            classes[label] = "e-\(i)"
        }
        entries.append(Entry(cls: "e-x", name: "other label", background: "#e4e7ec", ink: "#4a5568"))
        for g in Self.numberGroups { entries.append(Entry(cls: g.cls, name: g.name, background: g.background, ink: g.ink)) }
    }

    /// The four CoNLL labels first, then the others by name.
    static func labelOrder(_ findings: RunFindings) -> [String] {
        knownLabels + findings.labels.keys.filter { !knownLabels.contains($0) }.sorted()
    }

    /// Labels past the findings' cap share the grey of `e-x`.
    func entityClass(_ label: String) -> String { classes[label] ?? "e-x" }

    static func numberClass(_ kind: NumberKind) -> String {
        numberGroups.first { $0.kinds.contains(kind) }?.cls ?? "n-num"
    }

    var css: String {
        var s = ""
        for e in entries {
            s += ".\(e.cls){--bg:\(e.background);--fg:\(e.ink)}\n"
            s += "body.hide-\(e.cls) mark.\(e.cls){--bg:transparent;padding:0}body.hide-\(e.cls) mark.\(e.cls) .lb{display:none}\n"
        }
        return s
    }

    /// The buttons above the samples, for the labels and kinds they show.
    func render(_ h: inout HTML, used: Set<String>) {
        h.raw("<div class=\"legend\" role=\"group\" aria-label=\"highlights\">")
        for e in entries where used.contains(e.cls) {
            h.raw("<button type=\"button\" class=\"chip \(e.cls)\" data-toggle=\"\(e.cls)\" aria-pressed=\"true\">"); h.text(e.name); h.raw("</button>")
        }
        h.raw("<span class=\"chip sumchip\">summary sentence</span><span class=\"muted hint\">click a label to hide it; hover a highlight for its value</span></div>\n")
    }
}
