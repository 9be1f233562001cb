// The C entry point of a Copydesk plugin: a shared library that `copydesk`
// loads with dlopen (`plugins:` in a pipeline file, or `--plugin PATH`).
//
// A plugin exports one function:
//
//     int32_t copydesk_plugin_register(copydesk_plugin_host *host);
//
// In Swift, write it with `CopydeskPlugin.register`, which fills in the
// version the plugin was built against and checks the engine is shared:
//
//     @_cdecl("copydesk_plugin_register")
//     public func register(_ host: UnsafeMutablePointer<copydesk_plugin_host>) -> Int32 {
//         CopydeskPlugin.register(host) { $0.register(WordCountStage.self) }
//     }
#ifndef COPYDESK_PLUGIN_H
#define COPYDESK_PLUGIN_H

#include <stdint.h>

/// The layout of `copydesk_plugin_host`; changed only with a new number.
#define COPYDESK_PLUGIN_ABI 1

typedef struct copydesk_plugin_host {
    /// COPYDESK_PLUGIN_ABI of the loading binary.
    uint32_t abi;
    /// The Copydesk version running, e.g. "0.4.0".
    const char *host_version;
    /// Identifies the engine's types in this process: the same number on
    /// both sides only if the plugin uses the binary's own libCopydeskKit.so.
    uintptr_t engine_token;
    /// The host's registrar, opaque to C.
    void *registrar;
    /// Set by the plugin: the Copydesk version it was built against (static storage).
    const char *plugin_version;
} copydesk_plugin_host;

/// Return values of copydesk_plugin_register.
#define COPYDESK_PLUGIN_OK 0
#define COPYDESK_PLUGIN_VERSION_MISMATCH 1
#define COPYDESK_PLUGIN_ENGINE_NOT_SHARED 2
#define COPYDESK_PLUGIN_ABI_MISMATCH 3

typedef int32_t (*copydesk_plugin_register_fn)(copydesk_plugin_host *host);

#endif
