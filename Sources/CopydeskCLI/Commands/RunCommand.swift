import ArgumentParser
import Copydesk
import CopydeskStages
import Foundation
import Logging

/// Exit codes: 0 all documents written, 1 the run failed, 2 configuration
/// error, 3 finished with some documents rejected.
enum ExitCodes {
    static let failed = ExitCode(1)
    static let configuration = ExitCode(2)
    static let rejected = ExitCode(3)
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline.",
        discussion: "Exit status: 0 all documents succeeded, 3 some were rejected, 1 the run failed, 2 the pipeline file is invalid."
    )

    @Argument(help: "The pipeline file (YAML).") var pipeline: String
    @Option(help: "Replaces the path of the load stage (- for stdin).") var input: String?
    @Option(help: "Replaces the path of the last write stage (- for stdout).") var output: String?
    @Option(help: "Worker threads (overrides 'workers').") var workers: Int?
    @Option(name: .customLong("max-in-flight"), help: "Most documents between read and written (default 4 × workers).") var maxInFlight: Int?
    @Option(help: ArgumentHelp("Process one deterministic part of the input: K/N (K from 1), or auto from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX with COPYDESK_SHARD_COUNT. {shard} in paths becomes K.", valueName: "K/N|auto")) var shard: String?
    @Option(help: "Where rejected documents go (default: NAME.rejects.jsonl beside the output; /dev/stderr for the error stream).") var rejects: String?
    @Option(help: "Write per-stage counters and timings as JSON to this file.") var stats: String?
    @Option(help: "Write an HTML run report to this file (replaces the pipeline's 'report:').") var report: String?
    @Option(name: .customLong("report-first"), help: "Documents from the start of the output shown in the report (default 3).") var reportFirst: Int?
    @Option(name: .customLong("report-random"), help: "Documents drawn at random shown in the report (default 3).") var reportRandom: Int?
    @Flag(name: .customLong("allow-rejects"), help: "Exit 0 even when documents were rejected (they are still written to the rejects), as a Spark or batch job that collects rejects needs.") var allowRejects = false
    @Flag(help: "No progress bar and no report.") var quiet = false
    @Flag(help: "Log every rejected document on stderr as it happens.") var verbose = false
    @Option(name: .customLong("plugin"), help: "A plugin (shared library) whose stages to load; repeatable.") var plugins: [String] = []
    @Flag(help: "Continue the run that was interrupted on this output, from its journal (as 'resume: true' does).") var resume = false
    @Flag(help: "With --resume: continue even if the pipeline file or the input changed since.") var force = false
    @Option(name: .customLong("checkpoint-every"), help: "Documents between the resume journal's checkpoints (default 1000, or every 10 s).") var checkpointEvery: Int?

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
        if let checkpointEvery, checkpointEvery < 1 { throw ValidationError("--checkpoint-every must be at least 1") }
        if let maxInFlight, maxInFlight < 1 { throw ValidationError("--max-in-flight must be at least 1") }
        for (name, n) in [("--report-first", reportFirst), ("--report-random", reportRandom)] {
            if let n, !(0...ReportSettings.maxSamples).contains(n) { throw ValidationError("\(name) must be from 0 to \(ReportSettings.maxSamples)") }
        }
    }

    func run() throws {
        let shard: Shard?
        do {
            shard = try self.shard.map { try $0 == "auto" ? Shard.fromEnvironment(ProcessInfo.processInfo.environment) : Shard(parsing: $0) }
        } catch {
            Console.error("copydesk: --shard: \(error)")
            throw ExitCodes.configuration
        }
        let overrides = PipelineOverrides(inputPath: input, outputPath: output, workers: workers, maxInFlight: maxInFlight, shard: shard)
        try ResourceCheck.require()
        let registry = try CopydeskCommand.registry(loading: plugins)
        var built: Pipeline
        do {
            built = try PipelineBuilder(registry: registry).build(path: pipeline, overrides: overrides)
        } catch {
            Console.error(error.description)
            throw ExitCodes.configuration
        }
        do {
            built = try StageIsolation.apply(to: built, plugins: plugins)
        } catch {
            Console.error("copydesk: isolate: \(error)")
            throw ExitCodes.configuration
        }
        let rejectsPath = rejects.map { shard?.substitute(in: $0) ?? $0 } ?? Self.defaultRejectsPath(output: built.outputPath, pipelineName: built.name, shard: shard)
        let progress: ProgressBar? = !quiet && Console.stderrIsTerminal ? ProgressBar() : nil
        let reportSettings = reportSettings(built, shard: shard)
        let findings = Self.makeFindings(reportSettings)
        let report: RunReport
        do {
            let rejectWriter = try JSONLinesRejectWriter(path: rejectsPath)
            var logger = Logger(label: "copydesk", factory: { label in StreamLogHandler.standardError(label: label) })
            logger.logLevel = verbose ? Logger.Level.info : Logger.Level.error
            let settings = ResumeSettings(resume: resume || built.resume, force: force,
                                          everyDocuments: checkpointEvery ?? built.checkpointEvery ?? 1000)
            report = try PipelineRunner(pipeline: built, logger: logger).run(rejects: rejectWriter, progress: progress, resume: settings, observer: findings)
            if settings.resume && report.resumedAfter == nil && !quiet {
                Console.error("copydesk: no interrupted run to resume on this output; ran from the start")
            }
        } catch is OutputClosed {
            // stdout's reader went away (`| head`): stop quietly, as Unix filters do.
            throw ExitCode(128 + SIGPIPE)
        } catch {
            Console.error("copydesk: run failed: \(error)")
            throw ExitCodes.failed
        }
        if let stats = stats.map({ shard?.substitute(in: $0) ?? $0 }) {
            do {
                try report.json().write(to: URL(fileURLWithPath: stats), options: .atomic)
            } catch {
                Console.error("copydesk: cannot write stats to \(stats): \(error)")
                throw ExitCodes.failed
            }
        }
        if let reportSettings, let findings {
            try Self.writeReport(reportSettings, findings: findings, report: report, pipeline: built, rejectsPath: rejectsPath)
        }
        if !quiet { Console.error(report.table) }
        if report.rejected > 0 {
            if !quiet { Console.error("\(report.rejected) document(s) rejected: see \(rejectsPath)") }
            if !allowRejects { throw ExitCodes.rejected }
        }
    }

    /// `out/news.jsonl` → `out/news.rejects.jsonl`; for stdout, `NAME.rejects.jsonl`
    /// here (`NAME-K.rejects.jsonl` for shard K, so that shards never share one).
    static func defaultRejectsPath(output: String?, pipelineName: String, shard: Shard?) -> String {
        guard let output, output != "-" else { return "\(pipelineName)\(shard.map { "-\($0.label)" } ?? "").rejects.jsonl" }
        let url = URL(fileURLWithPath: output)
        return url.deletingLastPathComponent().appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".rejects.jsonl").path
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipeline file and report every problem as FILE:LINE:COLUMN: message.",
        discussion: "Exit status: 0 valid, 2 invalid. Nothing is read or written."
    )

    @Argument(help: "The pipeline file (YAML).") var pipeline: String
    @Option(name: .customLong("plugin"), help: "A plugin (shared library) whose stages to load; repeatable.") var plugins: [String] = []

    func run() throws {
        try ResourceCheck.require()
        let registry = try CopydeskCommand.registry(loading: plugins)
        do {
            let p = try PipelineBuilder(registry: registry).build(path: pipeline)
            let names = [p.source.id] + p.transforms.map(\.id) + p.sinks.map(\.id)
            print("\(pipeline): ok: \(names.joined(separator: " → ")) (\(p.workers) workers)")
        } catch {
            Console.error(error.description)
            throw ExitCodes.configuration
        }
    }
}
