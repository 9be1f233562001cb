import Copydesk
import Foundation

extension CopydeskCommand {
    /// The command's registry with the `--plugin` libraries loaded; a plugin
    /// that cannot load is a configuration error (exit status 2).
    static func registry(loading plugins: [String]) throws -> StageRegistry {
        do {
            let paths = plugins.map { PipelineBuilder.resolve($0, against: FileManager.default.currentDirectoryPath) }
            return try PluginLoader.load(paths, into: registry)
        } catch {
            Console.error("copydesk: \(error)")
            throw ExitCodes.configuration
        }
    }
}
