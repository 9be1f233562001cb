import CCopydeskPlugin

/// The running engine's version, which a plugin must have been built against.
public enum CopydeskVersion {
    public static let current = "\(CopydeskPlugin.builtAgainst)"
}

/// Where a plugin's stages go: handed to the plugin through
/// `copydesk_plugin_host.registrar`.
public final class PluginRegistrar {
    public var registry: StageRegistry
    public init(registry: StageRegistry) { self.registry = registry }
}

/// The plugin side of `copydesk_plugin_register` (see `copydesk_plugin.h`).
public enum CopydeskPlugin {
    /// The version of the Copydesk sources a plugin is compiled against.
    /// Emitted into the plugin's own code, so it tells the plugin's build
    /// even though the plugin calls the binary's engine.
    @_alwaysEmitIntoClient
    public static var builtAgainst: StaticString { "0.4.0" }

    /// The identity of the engine's types as this code sees them; equal in
    /// binary and plugin only when both use one libCopydeskKit.so.
    @_alwaysEmitIntoClient
    public static var engineToken: UInt { UInt(bitPattern: ObjectIdentifier(StageRegistry.self)) }

    /// Checks the ABI, the version and that the engine is shared, then lets
    /// `body` register the plugin's stages. Call it from the plugin's
    /// `@_cdecl("copydesk_plugin_register")` function and return its result.
    @_alwaysEmitIntoClient
    public static func register(_ host: UnsafeMutablePointer<copydesk_plugin_host>, _ body: (inout StageRegistry) -> Void) -> Int32 {
        host.pointee.plugin_version = UnsafeRawPointer(builtAgainst.utf8Start).assumingMemoryBound(to: CChar.self)
        guard host.pointee.abi == UInt32(COPYDESK_PLUGIN_ABI) else { return COPYDESK_PLUGIN_ABI_MISMATCH }
        guard let version = host.pointee.host_version, String(cString: version) == "\(builtAgainst)" else { return COPYDESK_PLUGIN_VERSION_MISMATCH }
        guard host.pointee.engine_token == engineToken, let registrar = host.pointee.registrar else { return COPYDESK_PLUGIN_ENGINE_NOT_SHARED }
        body(&Unmanaged<PluginRegistrar>.fromOpaque(registrar).takeUnretainedValue().registry)
        return COPYDESK_PLUGIN_OK
    }
}
