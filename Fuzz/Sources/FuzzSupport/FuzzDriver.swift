#if canImport(Glibc)
import Glibc
#endif

/// Hands control to libFuzzer.
///
/// SwiftPM gives every executable a `main` of its own (so tests can link
/// it), which shadows libFuzzer's `main`; each fuzzer's `main.swift` therefore
/// starts libFuzzer itself through `LLVMFuzzerRunDriver`, passing its
/// `LLVMFuzzerTestOneInput`. Command-line flags are libFuzzer's, unchanged.
public enum FuzzDriver {
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer with the process's arguments and exits with its status.
    public static func run(_ callback: Callback) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(llvmFuzzerRunDriver(&argc, &argv, callback))
    }

    /// The input as a byte array (libFuzzer passes a null pointer for an empty input).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzDriver.Callback
) -> CInt
