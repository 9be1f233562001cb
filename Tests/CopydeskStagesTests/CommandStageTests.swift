import Copydesk
import CopydeskStages
import CopydeskTesting
import Testing

@Suite struct CommandStageTests {
    @Test func externalProgramTransformsAndRejects() throws {
        let stage = try makeStage(CommandStage.self, ["run": .list(["python3", "Samples/command-stage/shout.py"])], base: repositoryRoot.path)
        let docs = [Document(id: "a", text: "Title one\n\nBody."), Document(id: "b", text: "  "), Document(id: "c", text: "Title three")]
        let result = try StageHarness.run([stage], on: docs, workers: 2)
        #expect(result.documents.map(\.id) == ["a", "c"])
        #expect(result.documents.first?[field: "shouted_title"] == .string("TITLE ONE"))
        #expect(result.rejects.map(\.id) == ["b"])
        #expect(result.rejects.first?.error.contains("empty text") == true)
    }

    @Test func missingProgramIsAConfigurationError() {
        #expect(throws: ConfigurationError.self) { try makeStage(CommandStage.self, ["run": .list(["no-such-program-xyz"])]) }
    }
}
