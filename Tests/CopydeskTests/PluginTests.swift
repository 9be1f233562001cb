import CCopydeskPlugin
import Copydesk
import Testing

/// The handshake of `copydesk_plugin_register`, called in-process as the
/// loader calls a plugin; loading a real plugin into the plugin-capable
/// binary is checked by Samples/CustomStage/test-plugin.sh in CI.
@Suite struct PluginTests {
    func handshake(version: String = CopydeskVersion.current, token: UInt = CopydeskPlugin.engineToken,
                   abi: UInt32 = UInt32(COPYDESK_PLUGIN_ABI)) -> (Int32, PluginRegistrar, String?) {
        let registrar = PluginRegistrar(registry: StageRegistry())
        let (status, wanted) = version.withCString { v in
            var host = copydesk_plugin_host(abi: abi, host_version: v, engine_token: token,
                                            registrar: Unmanaged.passUnretained(registrar).toOpaque(), plugin_version: nil)
            let status = CopydeskPlugin.register(&host) { $0.register(UpperStage.self) }
            return (status, host.plugin_version.map { String(cString: $0) })
        }
        return (status, registrar, wanted)
    }

    @Test func aMatchingHostGetsTheStages() {
        let (status, registrar, wanted) = handshake()
        #expect(status == COPYDESK_PLUGIN_OK)
        #expect(registrar.registry.names == ["upper"])
        #expect(wanted == CopydeskVersion.current)
    }

    @Test func anotherVersionAnotherEngineOrAnotherABIRegisterNothing() {
        let other = handshake(version: "0.0.1")
        #expect(other.0 == COPYDESK_PLUGIN_VERSION_MISMATCH && other.1.registry.names.isEmpty)
        #expect(other.2 == CopydeskVersion.current, "the plugin says what it was built for")
        let copy = handshake(token: CopydeskPlugin.engineToken &+ 8)
        #expect(copy.0 == COPYDESK_PLUGIN_ENGINE_NOT_SHARED && copy.1.registry.names.isEmpty)
        #expect(handshake(abi: 99).0 == COPYDESK_PLUGIN_ABI_MISMATCH)
    }

    @Test func whatIsNotAPluginIsAClearError() {
        let missing = #expect(throws: PluginLoader.LoadError.self) { try PluginLoader.load("/no/such/libPlugin.so", into: StageRegistry()) }
        #expect(missing?.description.hasPrefix("cannot load plugin /no/such/libPlugin.so") == true)
        let sqlite = #expect(throws: PluginLoader.LoadError.self) { try PluginLoader.load("libsqlite3.so.0", into: StageRegistry()) }
        #expect(sqlite?.description == "libsqlite3.so.0 is not a Copydesk plugin: it exports no copydesk_plugin_register")
    }

    @Test func pluginsKeyIsReadWithPositions() throws {
        let error = #expect(throws: ConfigurationError.self) {
            try PipelineBuilder(registry: StageRegistry()).build(yaml: "name: p\nplugins: [lib/none.so]\nstages:\n  - stage: load\n", path: "/tmp/p.yaml")
        }
        #expect(error?.diagnostics.first?.description.hasPrefix("/tmp/p.yaml:2:11: cannot load plugin /tmp/lib/none.so") == true, "\(String(describing: error))")
    }
}
