import Copydesk
import CopydeskTesting
import Testing
import WordCount

@Suite struct WordCountTests {
    /// Built as a pipeline file's entry would be: options typed and checked.
    func stage(_ options: [String: OptionValue] = [:]) throws -> WordCountStage {
        try StageHarness.build(WordCountStage.self, options)
    }

    @Test func countsWordsAndRejectsShortDocuments() throws {
        let docs = [Document(id: "a", text: "One, two  three.\nFour!"), Document(id: "b", text: "short.")]
        let result = try StageHarness.run([try stage(["minimum": .integer(2)])], on: docs)
        #expect(result.documents.map(\.id) == ["a"])
        #expect(result.documents[0][field: "word_count"] == .number(4))
        #expect(result.rejects.map(\.id) == ["b"])
    }

    @Test func badOptionsFailAsInAPipelineFile() throws {
        let error = #expect(throws: ConfigurationError.self) {
            try StageHarness.build(WordCountStage.self, yaml: """
                stage: word_count
                with:
                  minimum: -1
                """)
        }
        #expect(error?.description == "<word_count>:3:12: option 'minimum' of 'word_count': must be at least 0, got '-1'")
        #expect(throws: ConfigurationError.self) { try stage(["minimum": .string("50")]) }
    }

    @Test func theSpecExampleBuilds() throws {
        let stage = try StageHarness.build(WordCountStage.self, yaml: WordCountStage.spec.example)
        let result = try StageHarness.run([stage], on: [Document(id: "short", text: "only five words in here")])
        #expect(result.rejects.first?.error == "5 words, fewer than 50")
    }

    @Test func keepsTheStageContract() throws {
        try StageVerifier.verify([try stage()], on: (0..<30).map { Document(id: "\($0)", text: String(repeating: "word ", count: $0 + 1)) })
    }
}
