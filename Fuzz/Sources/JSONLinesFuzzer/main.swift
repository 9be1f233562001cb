import FuzzSupport

// JSON Lines through `load` (format jsonl): each input is one file.
let load = LoadFuzzing(format: "jsonl", fileName: "input.jsonl")

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    load.read(FuzzDriver.bytes(data, size))
    return 0
}

FuzzDriver.run(fuzz)
