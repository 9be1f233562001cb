import Copydesk

/// Reads the wire format, one JSON object a line. A malformed line is
/// rejected with its line number and the rest goes on; blank lines are skipped.
final class JSONLinesDocumentReader: DocumentReader {
    private let lines: LineReader
    private let name: String
    private let defaultDate: String?
    private var broken = false
    let expectedCount: Int? = nil

    init(path: String, defaultDate: String?) throws {
        lines = try LineReader(path: path)
        name = path == "-" ? "stdin" : path
        self.defaultDate = defaultDate
    }

    /// A broken input ends this file with one reject that says where; the
    /// documents before it go on as usual.
    func next() throws -> ReadResult? {
        guard !broken else { return nil }
        do {
            return try readNext()
        } catch let error as InputDataError {
            broken = true
            return error.reject(afterLine: lines.lineNumber, unit: "line")
        }
    }

    /// Where the next line starts, and lines read: a resume position.
    var offset: Int { lines.offset }
    var lineNumber: Int { lines.lineNumber }
    /// Continues at a position an earlier run recorded; false if the input cannot seek.
    func seek(offset: Int, line: Int) -> Bool { lines.seek(to: offset, line: line) }

    private func readNext() throws -> ReadResult? {
        while let line = try lines.nextLine() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            let fallback = "\(name):\(lines.lineNumber)"
            let json: JSONValue
            do {
                json = try JSONParser.parse(line)
            } catch {
                let raw = String(decoding: line, as: UTF8.self)
                return .rejected(id: fallback, reason: "line \(lines.lineNumber): \(error.description)", record: .string(raw))
            }
            do {
                var document = try Document(json: json, fallbackID: fallback)
                if document.date == nil { document.date = defaultDate }
                return .document(document)
            } catch {
                let id = json["id"]?.stringValue ?? fallback
                return .rejected(id: id, reason: "line \(lines.lineNumber): \(error.description)", record: json)
            }
        }
        return nil
    }

}
