import Copydesk
import CopydeskStages
import Foundation
import Testing

/// The date and time rules' word lists are data: `temporal-words.tsv`.
@Suite struct TemporalWordsTests {
    static let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/CopydeskStages/Resources/numbers").standardizedFileURL

    /// A copy of the bundled tables with `edit` applied to the text of `temporal-words.tsv`.
    func tables(_ edit: (String) -> String) throws -> URL {
        let dir = try temporaryDirectory().appendingPathComponent("numbers")
        try FileManager.default.copyItem(at: Self.bundled, to: dir)
        let url = dir.appendingPathComponent("temporal-words.tsv")
        try edit(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
        return dir
    }

    /// (text, kind, timex) of every temporal annotation.
    func temporal(_ text: String, _ tables: NumberTables) throws -> [[String]] {
        var d = Document(id: "t", text: text, date: "2016-11-07")
        try TagNumbersStage(tables: tables).process(&d)
        return (d.numbers ?? []).filter { [.date, .time, .datetime, .duration, .set].contains($0.kind) }
            .map { [$0.text, $0.kind.rawValue, $0.timex ?? ""] }
    }

    /// The lexicon that gates the rules is built from the lists too, so a new
    /// unit is read wherever the bundled ones are.
    @Test func aUnitAddedToTheFileIsADuration() throws {
        let text = "It took 5 jiffies to load."
        #expect(try temporal(text, NumberTables(directory: Self.bundled)).isEmpty)
        let edited = try NumberTables(directory: tables { $0 + "duration-units\tjiffies\tS\ttime\t1\n" })
        #expect(try temporal(text, edited) == [["5 jiffies", "duration", "PT5S"]])
    }

    @Test func aDayAddedToTheFileIsResolved() throws {
        let text = "We meet tomoz at noon."
        #expect(try temporal(text, NumberTables(directory: Self.bundled)).allSatisfy { !$0[0].contains("tomoz") })
        let edited = try NumberTables(directory: tables { $0 + "day-offsets\ttomoz\t1\n" })
        #expect(try temporal(text, edited).contains { $0[0].hasPrefix("tomoz") && $0[2].hasPrefix("2016-11-08") })
    }

    /// Phrase lists are tried in file order, a phrase being its words split at spaces.
    @Test func aPhraseAddedToTheFileIsRead() throws {
        let text = "Nobody knows at this moment."
        #expect(try temporal(text, NumberTables(directory: Self.bundled)).allSatisfy { $0[0] != "at this moment" })
        let edited = try NumberTables(directory: tables { $0 + "present-phrases\tat this moment\n" })
        #expect(try temporal(text, edited) == [["at this moment", "datetime", "PRESENT_REF"]])
    }

    /// The first phrase that fits is taken, so one that begins or ends another must come after it
    /// (prefixes are matched by their last words, suffixes by their first).
    @Test func longerPhrasesComeFirst() throws {
        let words = try NumberTables(directory: Self.bundled).temporalWords
        let lists = [words.periodPrefixes.map(\.0), words.yearPrefixes, words.relationPrefixes.map(\.0), words.relationSuffixes.map(\.0),
                     words.durationPrefixes.map(\.0), words.weekOfLeads, words.presentPhrases]
        for phrases in lists {
            for (i, a) in phrases.enumerated() {
                for b in phrases[(i + 1)...] where b.count > a.count {
                    #expect(Array(b.prefix(a.count)) != a && Array(b.suffix(a.count)) != a,
                            "'\(b.joined(separator: " "))' comes after '\(a.joined(separator: " "))'")
                }
            }
        }
    }

    @Test func theBundledListsAreRead() throws {
        let words = try NumberTables(directory: Self.bundled).temporalWords
        #expect(words.durationUnits["fortnight"]?.factor == 2 && words.durationUnits["hours"]?.isTime == true)
        #expect(words.periodUnits["decade"]?.months == 120)
        #expect(words.vagueAmounts["several"] == 3)
        #expect(words.seasons["autumn"] == "FA")
        // Month and weekday names stay in the shared language data.
        #expect(words.evidenceWords.isDisjoint(with: ["january", "monday"]))
    }

    @Test func anUnknownListOrABadValueNamesTheFileAndLine() throws {
        let unknown = try tables { $0 + "day-offset\ttomoz\t1\n" }
        let lines = try String(contentsOf: unknown.appendingPathComponent("temporal-words.tsv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
        let error = #expect(throws: StageConfigurationError.self) { try NumberTables(directory: unknown) }
        #expect(error.map { "\($0)" }?.contains("temporal-words.tsv:\(lines - 1): unknown list 'day-offset'") == true)

        let bad = try tables { $0 + "day-offsets\ttomoz\tsoon\n" }
        let badError = #expect(throws: StageConfigurationError.self) { try NumberTables(directory: bad) }
        #expect(badError.map { "\($0)" }?.contains("temporal-words.tsv:\(lines - 1): 'soon' for 'tomoz' in 'day-offsets' is not an integer") == true)

        let short = try tables { $0 + "duration-units\tjiffies\tS\n" }
        let shortError = #expect(throws: StageConfigurationError.self) { try NumberTables(directory: short) }
        #expect(shortError.map { "\($0)" }?.contains("temporal-words.tsv:\(lines - 1): the list 'duration-units' takes a word and 3 values") == true)

        let twice = try tables { $0 + "seasons\tsummer\tWI\n" }
        let twiceError = #expect(throws: StageConfigurationError.self) { try NumberTables(directory: twice) }
        #expect(twiceError.map { "\($0)" }?.contains("temporal-words.tsv:\(lines - 1): 'summer' is already in the list 'seasons'") == true)
    }

    @Test func aMissingListIsAnError() throws {
        let dir = try tables { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("title-words\t") }.joined(separator: "\n")
        }
        let error = #expect(throws: StageConfigurationError.self) { try NumberTables(directory: dir) }
        #expect(error.map { "\($0)" }?.contains("temporal-words.tsv: the list 'title-words' is missing") == true)
    }
}
