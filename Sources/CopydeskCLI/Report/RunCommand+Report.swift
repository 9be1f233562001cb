import Copydesk
import Foundation

/// `--report`: the HTML run report, from the command line or the pipeline's `report:`.
extension RunCommand {
    /// The report settings of this run, if any: the command line wins over
    /// the pipeline file; `{shard}` in the path becomes the shard's label.
    func reportSettings(_ pipeline: Pipeline, shard: Shard?) -> ReportSettings? {
        var settings = report.map { ReportSettings(path: PipelineBuilder.resolve($0, against: FileManager.default.currentDirectoryPath)) } ?? pipeline.report
        if let first = reportFirst { settings?.first = first }
        if let random = reportRandom { settings?.random = random }
        if let shard, let path = settings?.path { settings?.path = shard.substitute(in: path) }
        return settings
    }

    /// The samples share a budget of characters, so that many samples are
    /// each shorter and the report stays small whatever the settings.
    static func makeFindings(_ settings: ReportSettings?) -> RunFindings? {
        settings.map { s in
            let length = min(s.sampleLength, max(500, ReportSettings.sampleBudget / max(1, s.first + s.random)))
            return RunFindings(firstSamples: s.first, randomSamples: s.random, sampleLength: length)
        }
    }

    /// Renders and writes the report; a failure to write it fails the command.
    static func writeReport(_ settings: ReportSettings, findings: RunFindings, report: RunReport, pipeline: Pipeline, rejectsPath: String) throws {
        let html = HTMLReport(report: report, findings: findings, inputPath: pipeline.inputPath, outputPath: pipeline.outputPath,
                              rejectsPath: rejectsPath, peakMemoryBytes: PeakMemory.bytes)
        do {
            try html.write(to: settings.path)
        } catch {
            Console.error("copydesk: cannot write the report to \(settings.path): \(error)")
            throw ExitCodes.failed
        }
    }
}
