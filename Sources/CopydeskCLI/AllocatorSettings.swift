#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator gives memory back, set once at start.
///
/// glibc serves an allocation of 128 KB or more with its own mapping, given
/// back to the system when freed, but raises that threshold after each such
/// free (up to 32 MB): from then on the per-token and per-annotation arrays
/// of a large document come from the arenas, where what is freed stays in
/// the process and fragments. A 10 MB document peaked at 252 MB that way,
/// 196 MB with the threshold fixed. Small allocations are unaffected.
///
/// `mallopt` is declared in `<malloc.h>`, which the Glibc module does not
/// import: it is looked up by name, and left alone where it is missing (a C
/// library other than glibc).
enum AllocatorSettings {
    static let mmapThreshold: Int32 = 128 * 1024
    /// `M_MMAP_THRESHOLD` of `<malloc.h>`.
    static let mmapThresholdParameter: Int32 = -3

    static func apply() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return }
        // Setting it at all turns glibc's raising of it off.
        _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThresholdParameter, mmapThreshold)
        #endif
    }
}
