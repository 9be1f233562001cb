import Copydesk
import Foundation

/// The run report as one self-contained HTML page: inline CSS and SVG, a few
/// lines of script, nothing fetched. Its size is bounded by the findings'
/// bounds (top names, capped groups, samples cut to a fixed length), not by
/// the run.
struct HTMLReport {
    var report: RunReport
    var findings: RunFindings
    var inputPath: String?
    var outputPath: String?
    var rejectsPath: String?
    /// The process's peak resident memory.
    var peakMemoryBytes: Int?
    var generated = Date()
    /// Remarks shown under the run's figures: offsets into the input that were lost.
    var notes: [String] {
        findings.droppedSourceOffsets.sorted { $0.key < $1.key }.map { stage, count in
            "Stage '\(stage)' changed the text of \(Figures.int(count)) document(s) after it was loaded or cleaned, without a map back to the input: "
                + "those documents are written without source offsets (source_start, source_end)."
        }
    }

    func render() -> String {
        var h = HTML()
        let legend = Legend(findings: findings)
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        h.raw("<script>window.__errors=[];window.addEventListener('error',function(e){window.__errors.push(String(e.message));document.documentElement.setAttribute('data-script-errors',window.__errors.length);});</script>\n")
        h.raw("<title>"); h.text("Copydesk · \(report.pipeline)"); h.raw("</title>\n")
        h.raw("<style>\n\(ReportStyle.css)\n\(legend.css)</style>\n</head>\n<body>\n<main>\n")
        header(&h)
        runFigures(&h)
        stages(&h)
        entities(&h, legend: legend)
        numbers(&h)
        samples(&h, legend: legend)
        rejects(&h)
        h.raw("<footer>Made by Copydesk. Names are counted with a Space-Saving sketch of \(RunFindings.sketchCapacity) entries per label: a count is at most its ± bound too high.</footer>\n")
        h.raw("</main>\n<script>\n\(ReportStyle.script)\n</script>\n</body>\n</html>\n")
        return h.out
    }

    private func header(_ h: inout HTML) {
        h.raw("<header>\n<p class=\"kicker\">Copydesk run report</p>\n<h1>"); h.text(report.pipeline); h.raw("</h1>\n")
        h.raw("<dl class=\"paths\">")
        for (name, path) in [("input", inputPath), ("output", outputPath), ("rejects", report.rejected > 0 ? rejectsPath : nil)] {
            guard let path else { continue }
            h.raw("<div><dt>\(name)</dt><dd><code>"); h.text(path); h.raw("</code></dd></div>")
        }
        let stamp = ISO8601DateFormatter().string(from: generated)
        h.raw("<div><dt>finished</dt><dd>"); h.text(stamp); h.raw("</dd></div></dl>\n</header>\n")
    }

    /// `<section>` with a heading and an anchor.
    func section(_ h: inout HTML, id: String, title: String, lead: String? = nil, _ body: (inout HTML) -> Void) {
        h.raw("<section id=\"\(id)\">\n<h2>"); h.text(title); h.raw("</h2>\n")
        if let lead { h.raw("<p class=\"lead\">"); h.text(lead); h.raw("</p>\n") }
        body(&h)
        h.raw("</section>\n")
    }

    /// A horizontal bar of `fraction` (0…1) of the track, for tables.
    static func bar(_ h: inout HTML, _ fraction: Double, tone: String = "") {
        let pct = max(0, min(1, fraction.isFinite ? fraction : 0)) * 100
        h.raw("<span class=\"track\"><span class=\"fill \(tone)\" style=\"width:\(String(format: "%.1f", pct))%\"></span></span>")
    }

    /// Writes the report atomically.
    func write(to path: String) throws {
        let file = try AtomicFile(path: path)
        try file.write(Array(render().utf8))
        try file.commit()
    }
}
