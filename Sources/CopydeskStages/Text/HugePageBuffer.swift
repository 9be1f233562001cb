#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed-size, read-only-after-init buffer for the large tables that every
/// token reads at random (the tagger's weights): on Linux it is backed by
/// transparent huge pages where the kernel allows them on request
/// (`madvise` mode, the common default), so its megabytes take a handful of
/// TLB entries instead of thousands and a look-up that misses the cache does
/// not also walk the page tables. Elsewhere it is an ordinary allocation.
///
/// A class so that copies of the table share one buffer; read-only after
/// `init`, hence `@unchecked Sendable`.
final class HugePageBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
    let count: Int

    private static var hugePage: Int { 2 << 20 }

    /// `count` elements, all set by `fill`, which is handed them zeroed (so a
    /// table is built in place, without an array to copy from).
    init(count: Int, fill: (UnsafeMutableBufferPointer<Element>) -> Void) {
        self.count = count
        let bytes = max(1, count * MemoryLayout<Element>.stride)
        let alignment = max(MemoryLayout<Element>.alignment, bytes >= Self.hugePage ? Self.hugePage : 64)
        let size = (bytes + alignment - 1) / alignment * alignment
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, alignment, size) == 0, let raw else { fatalError("out of memory for a \(size)-byte table") }
        #if os(Linux)
        // Advice only: where the kernel has none to give, pages stay small.
        if alignment == Self.hugePage { _ = madvise(raw, size, MADV_HUGEPAGE) }
        #endif
        memset(raw, 0, size)
        base = raw.bindMemory(to: Element.self, capacity: count)
        fill(UnsafeMutableBufferPointer(start: base, count: count))
    }

    deinit { free(base) }

    subscript(i: Int) -> Element { base[i] }

    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
}
