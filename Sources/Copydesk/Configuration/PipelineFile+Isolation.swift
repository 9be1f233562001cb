import Foundation
import Yams

extension PipelineFile {
    /// `true`/`false` (and YAML's yes/no, on/off), or a reported error.
    static func boolValue(_ node: Node, _ key: String, report: (SourceLocation, String) -> Void) -> Bool? {
        switch node.string?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(SourceLocation(node.mark), "'\(key)' must be true or false, got '\(node.string ?? "?")'")
            return nil
        }
    }

    /// `timeout:` as `30s`, `500ms`, `2m`, `1h` or seconds; or a reported error.
    static func durationValue(_ node: Node, report: (SourceLocation, String) -> Void) -> Double? {
        guard let text = node.string, let seconds = seconds(text) else {
            report(SourceLocation(node.mark), "'timeout' must be a duration such as 30s, 500ms or 2m, got '\(node.string ?? "?")'")
            return nil
        }
        return seconds
    }

    /// `30s`, `1.5s`, `500ms`, `2m`, `1h`, or a bare number of seconds; nil if
    /// not a positive duration.
    public static func seconds(_ text: String) -> Double? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("", 1)]
        for (suffix, scale) in units where s.hasSuffix(suffix) {
            guard let value = Double(s.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), value.isFinite, value > 0 else { continue }
            return value * scale
        }
        return nil
    }
}
