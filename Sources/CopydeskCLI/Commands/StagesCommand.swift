import ArgumentParser
import Copydesk

struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the stages, or show one stage's options and an example."
    )

    @Argument(help: "A stage name.") var name: String?
    @Option(name: .customLong("plugin"), help: "A plugin (shared library) whose stages to list too; repeatable.") var plugins: [String] = []

    func run() throws {
        let registry = try CopydeskCommand.registry(loading: plugins)
        guard let name else {
            let width = registry.names.map(\.count).max() ?? 0
            for spec in registry.specs {
                print(spec.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + spec.summary)
            }
            return
        }
        guard let entry = registry[name] else {
            let hint = NameSuggestion.nearest(to: name, in: registry.names).map { "; did you mean '\($0)'?" } ?? ""
            Console.error("unknown stage '\(name)'\(hint); stages: \(registry.names.joined(separator: ", "))")
            throw ExitCodes.configuration
        }
        print(Self.describe(entry.spec))
    }

    /// The reference text of one stage, from its spec.
    static func describe(_ spec: StageSpec) -> String {
        var lines = ["\(spec.name) (\(spec.role.rawValue)): \(spec.summary)", ""]
        if spec.options.isEmpty {
            lines.append("Options: none.")
        } else {
            lines.append("Options (under 'with:'):")
            for o in spec.options {
                var detail = "type: \(o.type)"
                if let d = o.defaultValue { detail += ", default: \(d)" }
                if o.required { detail += ", required" }
                if let lo = o.minimum { detail += ", minimum: \(OptionValue.number(lo).shortNumber)" }
                if let hi = o.maximum { detail += ", maximum: \(OptionValue.number(hi).shortNumber)" }
                lines.append("  \(o.name)  (\(detail))")
                lines.append("      \(o.summary)")
            }
        }
        for group in spec.exclusiveOptions { lines.append("At most one of: \(group.joined(separator: ", ")).") }
        if !spec.requires.isEmpty { lines.append("Needs: \(spec.requires.map(\.rawValue).joined(separator: ", ")).") }
        if !spec.provides.isEmpty { lines.append("Produces: \(spec.provides.map(\.rawValue).joined(separator: ", ")).") }
        lines += ["", "Example:", spec.example.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")]
        return lines.joined(separator: "\n")
    }
}
