import ArgumentParser
import Copydesk
import CopydeskStages

/// The `copydesk` command. A user's own binary calls
/// `CopydeskCommand.main(registry:)` with the built-ins plus its stages.
public struct CopydeskCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "copydesk",
        abstract: "Run declared text pipelines over batches of documents.",
        subcommands: [RunCommand.self, ValidateCommand.self, MergeCommand.self, StagesCommand.self, TrainCommand.self, EvalCommand.self,
                      StageWorkerCommand.self]
    )

    public init() {}

    /// The registry commands use: set for the duration of `main(registry:)`.
    @TaskLocal static var registry: StageRegistry = BuiltinStages.registry

    /// Runs the command line with `registry` as the set of stages.
    public static func main(registry: StageRegistry) {
        AllocatorSettings.apply()
        ProcessSignals.install()
        $registry.withValue(registry) { main() }
    }
}
