import Copydesk
import CopydeskStages
import FuzzSupport

// The `clean` stage on a document whose text is the input (as UTF-8, invalid
// bytes repaired as any reader does). The first byte picks one of the option
// sets, so every option is fuzzed without a stage build per input.
let stages: [CleanStage] = ["nfc", "nfkc", "none"].flatMap { form in
    [false, true].flatMap { plain in
        [true, false].map { html in
            let given: [String: OptionValue] = ["normalization": .string(form), "plain_punctuation": .boolean(plain),
                                                "html": .boolean(html), "keep_original": .boolean(plain)]
            do {
                return try CleanStage(options: StageOptions(spec: CleanStage.spec, given: given),
                                      context: StageContext(pipelineName: "fuzz", baseDirectory: "/", stageID: "clean"))
            } catch {
                fatalError("cannot build the clean stage: \(error)")
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    let stage = stages[Int(bytes.first ?? 0) % stages.count]
    var document = Document(id: "fuzz", text: String(decoding: bytes, as: UTF8.self))
    do { try stage.process(&document) } catch { return 0 }
    // The cleaned text is what later stages analyse and the writer writes.
    _ = document.analysis.sentences
    _ = document.wireJSON
    return 0
}

FuzzDriver.run(fuzz)
