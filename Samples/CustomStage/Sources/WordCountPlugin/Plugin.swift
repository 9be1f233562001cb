import CCopydeskPlugin
import Copydesk

// The plugin's one entry point (copydesk_plugin.h): the stock copydesk built
// to load plugins (PluginHost/) calls it after dlopen. This target compiles
// the same WordCountStage source as the WordCount target, against the shared
// CopydeskKit product only, so that no copy of the engine is linked in.
@_cdecl("copydesk_plugin_register")
public func copydeskPluginRegister(_ host: UnsafeMutablePointer<copydesk_plugin_host>) -> Int32 {
    CopydeskPlugin.register(host) { $0.register(WordCountStage.self) }
}
