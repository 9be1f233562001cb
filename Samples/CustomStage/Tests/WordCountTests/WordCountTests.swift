import Copydesk
import CopydeskTesting
import Testing
import WordCount

@Suite struct WordCountTests {
    func stage(_ given: [String: OptionValue] = [:]) throws -> WordCountStage {
        try WordCountStage(options: StageOptions(spec: WordCountStage.spec, given: given),
                           context: StageContext(pipelineName: "t", baseDirectory: "/tmp", stageID: "word_count"))
    }

    @Test func countsWordsAndRejectsShortDocuments() throws {
        let docs = [Document(id: "a", text: "One, two  three.\nFour!"), Document(id: "b", text: "short.")]
        let result = try StageHarness.run([try stage(["minimum": .integer(2)])], on: docs)
        #expect(result.documents.map(\.id) == ["a"])
        #expect(result.documents[0][field: "word_count"] == .number(4))
        #expect(result.rejects.map(\.id) == ["b"])
    }

    @Test func keepsTheStageContract() throws {
        try StageVerifier.verify([try stage()], on: (0..<30).map { Document(id: "\($0)", text: String(repeating: "word ", count: $0 + 1)) })
    }
}
