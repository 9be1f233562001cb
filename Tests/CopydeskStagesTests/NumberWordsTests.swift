import Copydesk
import CopydeskStages
import Foundation
import Testing

/// The rules' word lists are data: `word-lists.tsv` and `comparisons.tsv`.
@Suite struct NumberWordsTests {
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/CopydeskStages/Resources/numbers").standardizedFileURL

    /// A copy of the bundled tables with `edit` applied to the text of `file`.
    func tables(editing file: String, _ edit: (String) -> String) throws -> URL {
        let dir = try temporaryDirectory().appendingPathComponent("numbers")
        try FileManager.default.copyItem(at: Self.bundled, to: dir)
        let url = dir.appendingPathComponent(file)
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return dir
    }

    func numbers(_ text: String, _ tables: NumberTables) throws -> [NumberAnnotation] {
        var d = Document(id: "t", text: text)
        try TagNumbersStage(tables: tables).process(&d)
        return d.numbers ?? []
    }

    @Test func aWordAddedToAListIsReadByTheRules() throws {
        let text = "Sales rose 5 prozent."
        #expect(try numbers(text, NumberTables(directory: Self.bundled)).allSatisfy { $0.kind != .percent })
        let edited = try NumberTables(directory: tables(editing: "word-lists.tsv") { $0 + "percent\tprozent\n" })
        let percent = try numbers(text, edited).first { $0.kind == .percent }
        #expect(percent?.text == "5 prozent")
        #expect(percent?.value == .number(5))
    }

    @Test func aComparisonAddedToTheFileOpensARange() throws {
        let text = "It costs north of $300 now."
        #expect(try numbers(text, NumberTables(directory: Self.bundled)).allSatisfy { $0.kind != .range })
        let edited = try NumberTables(directory: tables(editing: "comparisons.tsv") { "north of\tmin\n" + $0 })
        let range = try numbers(text, edited).first { $0.kind == .range }
        #expect(range?.text == "north of $300")
        #expect(range?.min == 300 && range?.max == nil)
    }

    /// Tried in file order: a phrase must come before every shorter phrase it begins with.
    @Test func longerComparisonsComeFirst() throws {
        let phrases = try NumberTables(directory: Self.bundled).words.comparisons.map(\.words)
        for (i, a) in phrases.enumerated() {
            for b in phrases[(i + 1)...] where b.count > a.count {
                #expect(Array(b.prefix(a.count)) != a, "'\(b.joined(separator: " "))' comes after '\(a.joined(separator: " "))', which hides it")
            }
        }
    }

    @Test func anUnknownListOrABadBoundNamesTheFileAndLine() throws {
        let unknown = try tables(editing: "word-lists.tsv") { $0 + "percents\tprozent\n" }
        let lines = try String(contentsOf: unknown.appendingPathComponent("word-lists.tsv"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
        let error = #expect(throws: StageConfigurationError.self) { try NumberTables(directory: unknown) }
        #expect(error.map { "\($0)" }?.contains("word-lists.tsv:\(lines - 1): unknown list 'percents'") == true)

        let bound = try tables(editing: "comparisons.tsv") { "north of\tmost\n" + $0 }
        let boundError = #expect(throws: StageConfigurationError.self) { try NumberTables(directory: bound) }
        #expect(boundError.map { "\($0)" }?.contains("comparisons.tsv:1: the bound is 'min', 'max' or 'equal', not 'most'") == true)
    }

    @Test func aMissingListIsAnError() throws {
        let dir = try tables(editing: "word-lists.tsv") { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("score-word\t") }.joined(separator: "\n")
        }
        let error = #expect(throws: StageConfigurationError.self) { try NumberTables(directory: dir) }
        #expect(error.map { "\($0)" }?.contains("the list 'score-word' is missing") == true)
    }
}
