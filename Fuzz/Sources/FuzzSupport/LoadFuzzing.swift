import Copydesk
import CopydeskStages

/// Reads a file through the `load` stage, as a pipeline would: the stage's
/// own option checking, reader choice and rejects, not one reader's internals,
/// so a fuzzer keeps working when a reader is rewritten behind `load`.
public struct LoadFuzzing: Sendable {
    let scratch: ScratchFile
    let stage: LoadStage

    /// `format` is `load`'s `format` option; `fileName` carries the extension.
    public init(format: String, fileName: String) {
        scratch = ScratchFile(name: fileName)
        let options = StageOptions(spec: LoadStage.spec, given: ["path": .string(scratch.path), "format": .string(format)])
        do {
            stage = try LoadStage(options: options, context: StageContext(pipelineName: "fuzz", baseDirectory: "/", stageID: "load"))
        } catch {
            fatalError("cannot build the load stage: \(error)")
        }
    }

    /// Writes `bytes` to the file and reads every item of it. An error
    /// thrown by the reader is a verdict on the input, not a finding; the
    /// counts are returned so a fuzzer can check what it needs to.
    @discardableResult
    public func read(_ bytes: [UInt8]) -> (documents: Int, rejects: Int) {
        scratch.write(bytes)
        var documents = 0, rejects = 0
        do {
            let reader = try stage.makeReader()
            while let item = try reader.next() {
                switch item {
                case .document(let document):
                    documents += 1
                    // The way out too: every document read can be written.
                    _ = document.wireJSON
                case .rejected(_, let reason, _):
                    precondition(!reason.isEmpty, "a reject without a reason")
                    rejects += 1
                }
            }
        } catch {
            // The input as a whole refused: fine, as long as it is said.
            precondition(!"\(error)".isEmpty, "an error without a message")
        }
        return (documents, rejects)
    }
}
