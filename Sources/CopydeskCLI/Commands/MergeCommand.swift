import ArgumentParser
import CopydeskStages
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Put the outputs of sharded runs together into one file.",
        discussion: """
        The format follows the output's extension: .jsonl and .csv (each may end in .gz or .zst; \
        CSV headers must agree and are kept once) or .sqlite (one database from the shards' databases). \
        Shards are taken in the order given. Exit status: 0 merged, 1 failed (the output is left untouched).
        """
    )

    @Option(name: .shortAndLong, help: "The merged file.") var output: String
    @Argument(help: "The shard outputs, in order (for example out/part-*.jsonl).") var inputs: [String]

    func run() throws {
        do {
            let summary = try ShardMerge.merge(inputs: inputs, into: output)
            Console.error("copydesk: merged \(inputs.count) file(s) into \(output) (\(summary))")
        } catch {
            Console.error("copydesk: merge failed: \(error)")
            throw ExitCodes.failed
        }
    }
}
