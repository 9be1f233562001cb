import Copydesk
import CopydeskStages
import Foundation
import FuzzSupport

// The pipeline-file loader: YAML text → parse → validate → build, as
// `copydesk run` and `copydesk check` do. Diagnostics are the expected
// answer to bad input; they must carry a message and a position.
//
// The file is said to live in an empty scratch directory, so relative paths
// in it name nothing. Files that load plugins are parsed but not built (a
// plugin is code run at load time), and `command` and `fault` are inert.
let registry: StageRegistry = {
    var r = BuiltinStages.registry
    r.register(InertCommand.self)
    r.register(InertFault.self)
    return r
}()
let builder = PipelineBuilder(registry: registry)
let path: String = {
    let directory = (ScratchFile(name: "pipeline.yaml").path as NSString).deletingLastPathComponent + "/empty"
    try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory + "/pipeline.yaml"
}()

func check(_ diagnostics: [Diagnostic]) {
    for d in diagnostics {
        precondition(!d.message.isEmpty && d.line >= 1 && d.column >= 1, "a diagnostic without a message or position: \(d)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    // `build(path:)` refuses invalid UTF-8 before parsing.
    guard let yaml = String(validating: FuzzDriver.bytes(data, size), as: UTF8.self) else { return 0 }
    let (file, diagnostics) = PipelineFile.parse(yaml: yaml, path: path)
    check(diagnostics)
    guard let file, file.plugins.isEmpty else { return 0 }
    do {
        _ = try builder.build(yaml: yaml, path: path)
    } catch {
        precondition(!error.diagnostics.isEmpty, "a configuration error without a diagnostic")
        check(error.diagnostics)
    }
    return 0
}

FuzzDriver.run(fuzz)
