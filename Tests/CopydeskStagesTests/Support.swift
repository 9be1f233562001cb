import Copydesk
import CopydeskStages
import CopydeskTesting
import Foundation

/// Builds a stage from `with:` options through the pipeline builder, with
/// its type, bound and required-option checks.
func makeStage<S: StageDeclaring>(_ type: S.Type, _ given: [String: OptionValue] = [:], base: String = "/tmp") throws -> S {
    try StageHarness.build(type, given, baseDirectory: base)
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func readAll(_ source: any DocumentSource) throws -> [ReadResult] {
    let reader = try source.makeReader()
    var out: [ReadResult] = []
    while let r = try reader.next() { out.append(r) }
    return out
}

/// The repository root, for the bundled samples.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `../shared/data`, where the benchmark data lives outside the repository.
let sharedData = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
