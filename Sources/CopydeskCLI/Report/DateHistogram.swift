/// The resolved dates of a run as an SVG bar chart over time: months when
/// the dates span five years or less, years up to 240 of them, decades
/// beyond. The first and last percent of dates are left out of the axis
/// (and counted beside it) so that one "in 1066" does not flatten the rest.
struct DateHistogram {
    var months: [Int: Int]
    var unplaced: Int

    func render(_ h: inout HTML) {
        let total = months.values.reduce(0, +)
        guard total > 0 else { return }
        let sorted = months.sorted { $0.key < $1.key }
        let cut = total / 100
        var low = sorted.first!.key, high = sorted.last!.key, seen = 0
        for (m, c) in sorted { seen += c; if seen > cut { low = m; break } }
        seen = 0
        for (m, c) in sorted.reversed() { seen += c; if seen > cut { high = m; break } }
        let before = sorted.filter { $0.key < low }.reduce(0) { $0 + $1.value }
        let after = sorted.filter { $0.key > high }.reduce(0) { $0 + $1.value }
        let span = high - low + 1
        let width = span <= 60 ? 1 : span <= 240 * 12 ? 12 : 120
        let first = width == 1 ? low : (low / width) * width
        var buckets = [Int](repeating: 0, count: (high - first) / width + 1)
        for (m, c) in sorted where m >= low && m <= high { buckets[(m - first) / width] += c }
        let peak = buckets.max() ?? 1
        func name(_ i: Int) -> String {
            let m = first + i * width
            switch width {
            case 1: return String(format: "%04d-%02d", m / 12, m % 12 + 1)
            case 12: return String(format: "%04d", m / 12)
            default: return String(format: "%04ds", m / 12)
            }
        }

        let w = 720.0, ht = 180.0, left = 36.0, bottom = 22.0
        let step = (w - left) / Double(buckets.count)
        h.raw("<div class=\"panel chart\"><h3>Resolved dates <span class=\"muted\">\(Figures.int(total)) by \(width == 1 ? "month" : width == 12 ? "year" : "decade")</span></h3>\n")
        h.raw("<svg viewBox=\"0 0 \(Int(w)) \(Int(ht))\" role=\"img\" aria-label=\"resolved dates over time\">\n")
        for frac in [0.5, 1.0] {
            let y = (ht - bottom) * (1 - frac) + 4
            h.raw("<line class=\"grid\" x1=\"\(Int(left))\" x2=\"\(Int(w))\" y1=\"\(fmt(y))\" y2=\"\(fmt(y))\"/>")
            h.raw("<text class=\"axis\" x=\"\(Int(left) - 4)\" y=\"\(fmt(y + 4))\" text-anchor=\"end\">\(Figures.compact(Double(peak) * frac))</text>\n")
        }
        for (i, c) in buckets.enumerated() where c > 0 {
            let barHeight = (ht - bottom - 4) * Double(c) / Double(peak)
            h.raw("<rect x=\"\(fmt(left + Double(i) * step + step * 0.1))\" y=\"\(fmt(ht - bottom - barHeight))\" width=\"\(fmt(max(0.5, step * 0.8)))\" height=\"\(fmt(barHeight))\"><title>")
            h.text("\(name(i)): \(Figures.int(c))")
            h.raw("</title></rect>\n")
        }
        let ticks = min(buckets.count, 6)
        for t in 0..<ticks {
            let i = ticks == 1 ? 0 : t * (buckets.count - 1) / (ticks - 1)
            let anchor = t == 0 ? "start" : t == ticks - 1 ? "end" : "middle"
            let x = t == 0 ? left : t == ticks - 1 ? w : left + (Double(i) + 0.5) * step
            h.raw("<text class=\"axis\" x=\"\(fmt(x))\" y=\"\(Int(ht) - 6)\" text-anchor=\"\(anchor)\">\(name(i))</text>\n")
        }
        h.raw("</svg>\n")
        var notes: [String] = []
        if before > 0 { notes.append("\(Figures.int(before)) earlier than \(name(0))") }
        if after > 0 { notes.append("\(Figures.int(after)) later than \(name(buckets.count - 1))") }
        if unplaced > 0 { notes.append("\(Figures.int(unplaced)) without a calendar month") }
        if !notes.isEmpty { h.raw("<p class=\"note\">"); h.text(notes.joined(separator: "; ") + "."); h.raw("</p>") }
        h.raw("</div>\n")
    }

    private func fmt(_ x: Double) -> String { String(format: "%.1f", x) }
}
