import CCopydeskPlugin
#if canImport(Glibc)
import Glibc
#endif

/// Loads plugins — shared libraries exporting `copydesk_plugin_register` —
/// into a registry.
///
/// The binary and its plugins must share one engine: Swift types such as
/// `Document` and `StageRegistry` are the same only if both link the one
/// `libCopydeskKit.so` (the `CopydeskKit` product). The stock `copydesk`
/// links the engine statically (and can be a fully static binary), so it
/// refuses plugins with that reason; `PluginHost/` builds the same command
/// linking `libCopydeskKit.so`, which loads them.
public enum PluginLoader {
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// `registry` plus the stages of the plugin at `path`.
    public static func load(_ path: String, into registry: StageRegistry) throws(LoadError) -> StageRegistry {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            throw LoadError(description: "cannot load plugin \(path): \(dlerror().map { String(cString: $0) } ?? "dlopen failed")")
        }
        // Never dlclose'd: its stages' code must stay, and Swift images cannot be unloaded.
        guard let symbol = dlsym(handle, "copydesk_plugin_register") else {
            throw LoadError(description: "\(path) is not a Copydesk plugin: it exports no copydesk_plugin_register")
        }
        let register = unsafeBitCast(symbol, to: copydesk_plugin_register_fn.self)
        let registrar = PluginRegistrar(registry: registry)
        var wanted = "?"
        let status = CopydeskVersion.current.withCString { version in
            var host = copydesk_plugin_host(abi: UInt32(COPYDESK_PLUGIN_ABI), host_version: version, engine_token: CopydeskPlugin.engineToken,
                                            registrar: Unmanaged.passUnretained(registrar).toOpaque(), plugin_version: nil)
            let status = register(&host)
            if let v = host.plugin_version { wanted = String(cString: v) }
            return status
        }
        switch status {
        case COPYDESK_PLUGIN_OK:
            return registrar.registry
        case COPYDESK_PLUGIN_VERSION_MISMATCH, COPYDESK_PLUGIN_ABI_MISMATCH:
            throw LoadError(description: "plugin \(path) was built for Copydesk \(wanted), this copydesk is \(CopydeskVersion.current); rebuild the plugin against this version")
        case COPYDESK_PLUGIN_ENGINE_NOT_SHARED:
            throw LoadError(description: "plugin \(path) does not share this copydesk's engine: plugins load only into a copydesk that links libCopydeskKit.so (swift build --package-path PluginHost), and a plugin must depend on the CopydeskKit product alone")
        default:
            throw LoadError(description: "plugin \(path) refused to register (status \(status))")
        }
    }

    /// `registry` plus the stages of every plugin in `paths`, in order.
    public static func load(_ paths: [String], into registry: StageRegistry) throws(LoadError) -> StageRegistry {
        var result = registry
        for path in paths { result = try load(path, into: result) }
        return result
    }
}
