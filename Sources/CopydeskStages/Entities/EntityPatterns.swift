import Copydesk
import Foundation
import Yams

/// User entity lists, like spaCy's EntityRuler: phrases with a label,
/// matched on token boundaries, longest match first.
public struct EntityPatterns: Sendable {
    public struct Pattern: Sendable {
        public var label: String
        public var tokens: [String]
        public var caseSensitive: Bool
    }

    /// Patterns by their first token (lower-cased for case-insensitive ones).
    var byFirst: [String: [Pattern]] = [:]
    public private(set) var labels: Set<String> = []

    public init(_ patterns: [Pattern]) {
        for p in patterns where !p.tokens.isEmpty {
            let key = p.caseSensitive ? p.tokens[0] : p.tokens[0].lowercased()
            byFirst[key, default: []].append(p)
            labels.insert(p.label)
        }
        for k in byFirst.keys { byFirst[k]!.sort { $0.tokens.count > $1.tokens.count } }
    }

    /// Reads a YAML list or JSON Lines of `{label, phrase, case_sensitive?}`.
    public init(contentsOf path: String) throws {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw StageConfigurationError(option: "patterns", "cannot read patterns file '\(path)'")
        }
        var patterns: [Pattern] = []
        func add(_ label: String?, _ phrase: String?, _ caseSensitive: Bool?, _ location: String) throws {
            guard let label, !label.isEmpty, let phrase, !phrase.isEmpty else {
                throw StageConfigurationError(option: "patterns", "\(location): each pattern needs 'label' and 'phrase'")
            }
            let tokens = TextAnalysis(phrase)
            patterns.append(Pattern(label: label, tokens: tokens.tokens.map { tokens.string($0) }, caseSensitive: caseSensitive ?? true))
        }
        if path.hasSuffix(".jsonl") {
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                let json: JSONValue
                do { json = try JSONParser.parse(Array(line.utf8)) } catch {
                    throw StageConfigurationError(option: "patterns", "\(path):\(n + 1): \(error.description)")
                }
                var cs: Bool? = nil
                if case .bool(let b)? = json["case_sensitive"] { cs = b }
                try add(json["label"]?.stringValue, json["phrase"]?.stringValue, cs, "\(path):\(n + 1)")
            }
        } else {
            let node: Node?
            do { node = try Yams.compose(yaml: text) } catch { throw StageConfigurationError(option: "patterns", "\(path): \(error)") }
            guard let list = node?.sequence else { throw StageConfigurationError(option: "patterns", "\(path): expected a list of patterns") }
            for item in list {
                let loc = "\(path):\(item.mark?.line ?? 0):\(item.mark?.column ?? 0)"
                try add(item.mapping?["label"]?.string, item.mapping?["phrase"]?.string, item.mapping?["case_sensitive"]?.bool, loc)
            }
        }
        self.init(patterns)
    }

    /// Longest non-overlapping matches, left to right.
    public func matches(in text: TextAnalysis) -> [Entity] {
        var out: [Entity] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            let word = text.string(tokens[i])
            var found: (Pattern, Int)? = nil
            for key in [word, word.lowercased()] {
                for p in byFirst[key] ?? [] where p.tokens.count <= tokens.count - i {
                    if (key == word) != p.caseSensitive && word != word.lowercased() { continue }
                    let ok = p.tokens.indices.allSatisfy { k in
                        let t = text.string(tokens[i + k])
                        return p.caseSensitive ? t == p.tokens[k] : t.lowercased() == p.tokens[k].lowercased()
                    }
                    if ok, p.tokens.count > (found?.1 ?? 0) { found = (p, p.tokens.count) }
                }
            }
            if let (p, n) = found {
                let a = tokens[i], b = tokens[i + n - 1]
                out.append(Entity(start: a.start, end: b.end, text: text.string(bytes: a.byteStart..<b.byteEnd), label: p.label))
                i += n
            } else {
                i += 1
            }
        }
        return out
    }

    /// Pattern matches merged with the model's entities.
    public func merge(_ found: [Entity], into model: [Entity], override: Bool) -> [Entity] {
        func overlaps(_ a: Entity, _ b: Entity) -> Bool { a.start < b.end && b.start < a.end }
        var result: [Entity]
        if override {
            result = model.filter { m in !found.contains { overlaps($0, m) } } + found
        } else {
            result = model + found.filter { f in !model.contains { overlaps($0, f) } }
        }
        return result.sorted { $0.start < $1.start }
    }
}
