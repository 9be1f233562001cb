import FuzzSupport

// CSV through `load` (format csv), whatever reader `load` uses for it.
let load = LoadFuzzing(format: "csv", fileName: "input.csv")

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    load.read(FuzzDriver.bytes(data, size))
    return 0
}

FuzzDriver.run(fuzz)
