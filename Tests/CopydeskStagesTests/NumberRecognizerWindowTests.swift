import Copydesk
@testable import CopydeskStages
import Foundation
import Testing

/// `NumberRecognizer` finds and composes a window of paragraphs at a time,
/// so that a very large document never holds all its expressions at once.
@Suite struct NumberRecognizerWindowTests {
    /// The sample articles one after the other, a blank line between them.
    static func articles() throws -> String {
        let dir = repositoryRoot.appendingPathComponent("Samples/articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try files.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }.joined(separator: "\n\n")
    }

    /// Windows of every size find what one window over the whole text finds,
    /// with the same offsets: nothing is lost or found twice at their edges.
    @Test func windowsFindWhatTheWholeTextHolds() throws {
        let tables = try NumberTables.bundled()
        let text = TextAnalysis(try Self.articles())
        let date = CivilDate(iso: "2023-05-11")
        var whole = NumberRecognizer(tables: tables, text: text, documentDate: date)
        whole.windowTokens = Int.max / 4
        let expected = whole.recognize(kinds: Set(NumberKind.allCases))
        #expect(expected.count > 100)
        for size in [1, 7, 40, 300] {
            var windowed = NumberRecognizer(tables: tables, text: text, documentDate: date)
            windowed.windowTokens = size
            // The text is cut into several windows at this size.
            #expect(windowed.windowEnd(after: 0) < text.tokens.count)
            let found = windowed.recognize(kinds: Set(NumberKind.allCases))
            let differ = zip(found, expected).first { $0 != $1 }
            #expect(found.count == expected.count && differ == nil,
                    "windows of \(size) tokens: \(found.count) annotations against \(expected.count); first difference: \(differ.map { "'\($0.0.text)' against '\($0.1.text)'" } ?? "none")")
        }
    }

    /// A window ends where a paragraph starts, or a line in text without blank lines.
    @Test func windowsEndAtParagraphs() throws {
        let tables = try NumberTables.bundled()
        let paragraphs = (1...6).map { "Paragraph \($0) has \($0 * 3) apples and cost $\($0),000 on 5 March 2020." }
        for (joiner, breaks) in [("\n\n", 2), ("\n", 1)] {
            let text = TextAnalysis(paragraphs.joined(separator: joiner))
            var r = NumberRecognizer(tables: tables, text: text, documentDate: nil)
            r.windowTokens = 5
            let end = r.windowEnd(after: 0)
            #expect(end > 5 && end < text.tokens.count)
            #expect(text.tokens[end].newlinesBefore == breaks)
            #expect(text.string(text.tokens[end]) == "Paragraph")
        }
    }
}
