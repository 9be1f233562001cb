import Copydesk
import CopydeskStages
import Foundation
import FuzzSupport

// The `tag_numbers` stage (every kind) on a document with a date: the first
// three bytes pick the date (any day of the years 1 to 9999, so leap days
// and the ends of the calendar come up), the rest is the text. Spans must lie
// inside the text: the writer and the report slice it with them.
let stage: TagNumbersStage = {
    do {
        return try TagNumbersStage(options: StageOptions(spec: TagNumbersStage.spec, given: [:]),
                                   context: StageContext(pipelineName: "fuzz", baseDirectory: "/", stageID: "tag_numbers"))
    } catch {
        fatalError("cannot build the tag_numbers stage: \(error)")
    }
}()

func date(_ b: ArraySlice<UInt8>) -> String {
    let bytes = Array(b) + [0, 0, 0]
    let year = 1 + (Int(bytes[0]) << 8 | Int(bytes[1])) % 9999
    let month = 1 + Int(bytes[2]) % 12
    let day = 1 + (Int(bytes[2]) / 12 + Int(bytes[0])) % DocumentDate.daysInMonth(year: year, month: month)
    return String(format: "%04d-%02d-%02d", year, month, day)
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzDriver.bytes(data, size)
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    var document = Document(id: "fuzz", text: text, date: date(bytes.prefix(3)))
    do { try stage.process(&document) } catch { return 0 }
    let scalars = text.unicodeScalars.count
    for n in document.numbers ?? [] {
        precondition(0 <= n.start && n.start <= n.end && n.end <= scalars, "\(n.kind) at \(n.start)..<\(n.end) outside \(scalars)")
    }
    _ = document.wireJSON
    return 0
}

FuzzDriver.run(fuzz)
