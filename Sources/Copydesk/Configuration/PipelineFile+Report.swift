import Yams

extension PipelineFile {
    static let reportKeys = ["path", "first", "random"]

    /// `report: PATH`, or `report: {path: PATH, first: N, random: N}`.
    static func parseReport(_ node: Node, report: (SourceLocation, String) -> Void) -> ReportSettings? {
        if case .scalar(let s) = node {
            guard !s.string.isEmpty else { report(SourceLocation(node.mark), "'report' must be a path or a mapping with 'path'"); return nil }
            return ReportSettings(path: s.string)
        }
        guard let map = node.mapping else {
            report(SourceLocation(node.mark), "'report' must be a path or a mapping with 'path', 'first' and 'random'")
            return nil
        }
        var settings = ReportSettings(path: "")
        for (keyNode, value) in map {
            let key = keyNode.string ?? ""
            switch key {
            case "path":
                if case .scalar(let s) = value, !s.string.isEmpty { settings.path = s.string }
                else { report(SourceLocation(value.mark), "'report.path' must be a path") }
            case "first", "random":
                guard case .scalar(let s) = value, s.style == .plain, let n = Int(s.string), (0...ReportSettings.maxSamples).contains(n) else {
                    report(SourceLocation(value.mark), "'report.\(key)' must be an integer from 0 to \(ReportSettings.maxSamples)")
                    continue
                }
                if key == "first" { settings.first = n } else { settings.random = n }
            default:
                report(SourceLocation(keyNode.mark), "unknown key '\(key)' in 'report'\(NameSuggestion.hint(key, reportKeys)); valid keys: \(reportKeys.joined(separator: ", "))")
            }
        }
        if settings.path.isEmpty {
            report(SourceLocation(node.mark), "'report' needs 'path'")
            return nil
        }
        return settings
    }
}
