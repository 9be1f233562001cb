import Yams

extension PipelineFile {
    /// `resume: true` (continue an interrupted run when its journal is
    /// there) and `checkpoint_every: N` (documents between checkpoints).
    static func parseResume(_ key: String, _ value: Node, into file: inout PipelineFile, report: (SourceLocation, String) -> Void) {
        switch key {
        case "resume":
            if let b = boolValue(value, "resume", report: report) { file.resume = b }
        default:
            if let n = intValue(value), n >= 1 { file.checkpointEvery = n }
            else { report(SourceLocation(value.mark), "'checkpoint_every' must be an integer >= 1 (documents between checkpoints)") }
        }
    }
}
