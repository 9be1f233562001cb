import Copydesk
import FuzzSupport

// `JSONParser.parse` on raw bytes. What parses is written back with
// `JSONWriter`; that must parse again and write the same bytes (the writer
// emits JSON, and a second round trip changes nothing), and it is read as a
// document, as `load` would.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    guard let value = try? JSONParser.parse(bytes) else { return 0 }
    var first = JSONWriter()
    first.value(value)
    let again: JSONValue
    do { again = try JSONParser.parse(first.bytes) } catch {
        fatalError("JSONWriter wrote what JSONParser refuses (\(error)): \(String(decoding: first.bytes, as: UTF8.self))")
    }
    var second = JSONWriter()
    second.value(again)
    precondition(first.bytes == second.bytes, "a second round trip changed the JSON")
    _ = try? Document(json: value, fallbackID: "fuzz")
    return 0
}

FuzzDriver.run(fuzz)
