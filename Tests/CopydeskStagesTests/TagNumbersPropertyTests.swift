import Copydesk
import CopydeskStages
import CopydeskTesting
import Foundation
import Testing

/// Cases generated from sources the rules were not written from (num2words,
/// CLDR, pint, random dates: `Scripts/build_number_cases.py`), read from the
/// committed `Tests/NumberCases/cases.tsv`. Every class passes all its cases
/// (or the share in `floors`): a change that loses a case of a class fails here,
/// and the counts per class are printed.
@Suite struct TagNumbersPropertyTests {
    struct Case {
        var cls: String, date: String?, text: String, target: String, kind: String, value: String, unit: String?
    }

    /// Classes allowed to pass less than all their cases, with the share (per cent) they must keep;
    /// every other class must pass every case.
    static let floors: [String: Double] = [:]

    static func cases() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("NumberCases/cases.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 7 else { return nil }
            return Case(cls: f[0], date: f[1] == "-" ? nil : f[1], text: f[2], target: f[3], kind: f[4], value: f[5],
                        unit: f[6] == "-" ? nil : f[6])
        }
    }

    static func passes(_ c: Case, _ found: [NumberAnnotation]) -> Bool {
        found.contains { a in
            guard a.text == c.target, a.kind.rawValue == c.kind, a.unit == c.unit else { return false }
            func same(_ x: Double?, _ s: Substring) -> Bool {
                guard let want = Double(s) else { return s.isEmpty && x == nil }
                return x.map { abs($0 - want) <= 1e-12 * max(1, abs(want)) } ?? false
            }
            if c.value.hasPrefix("timex:") { return a.timex == String(c.value.dropFirst(6)) }
            if a.kind == .range {
                let bounds = c.value.components(separatedBy: "..")
                return bounds.count == 2 && same(a.min, Substring(bounds[0])) && same(a.max, Substring(bounds[1]))
            }
            switch a.value {
            case .number(let v)?:
                return same(v, Substring(c.value))
            case .string(let s)?: return s == c.value
            case nil: return false
            }
        }
    }

    @Test func everyClassHoldsItsFloor() throws {
        let stage = try makeStage(TagNumbersStage.self)
        let all = try Self.cases()
        #expect(all.count > 3000, "the generated cases are missing: run Scripts/build_number_cases.py")
        var passed: [String: Int] = [:], total: [String: Int] = [:], failures: [String: [String]] = [:]
        for c in all {
            var d = Document(id: "p", text: c.text, date: c.date)
            try stage.process(&d)
            total[c.cls, default: 0] += 1
            if Self.passes(c, d.numbers ?? []) {
                passed[c.cls, default: 0] += 1
            } else if failures[c.cls, default: []].count < 5 {
                failures[c.cls, default: []].append("\(c.text) -> \((d.numbers ?? []).map { "\($0.kind.rawValue):\($0.text)=\(String(describing: $0.value)) \($0.unit ?? "")" })")
            }
        }
        for cls in total.keys.sorted() {
            let rate = 100 * Double(passed[cls, default: 0]) / Double(total[cls]!)
            print("property \(cls): \(passed[cls, default: 0])/\(total[cls]!) (\(String(format: "%.1f", rate)) %)")
            let floor = Self.floors[cls] ?? 100
            #expect(rate >= floor, "\(cls): \(passed[cls, default: 0])/\(total[cls]!) below \(floor) %; e.g. \(failures[cls] ?? [])")
        }
    }
}
