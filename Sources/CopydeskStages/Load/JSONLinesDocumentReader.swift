import Copydesk

/// Reads the wire format, one JSON object a line. A malformed line is
/// rejected with its line number and the rest goes on; blank lines are skipped.
final class JSONLinesDocumentReader: DocumentReader {
    private let lines: LineReader
    private let name: String
    private let defaultDate: String?
    private var broken = false
    let expectedCount: Int? = nil
    /// Documents whose field of this name was kept as `input_<name>`.
    private(set) var movedAside: [String: Int] = [:]

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

    var notes: [String] { Self.notes(movedAside) }

    static func notes(_ moved: [String: Int]) -> [String] {
        moved.sorted { $0.key < $1.key }.map { key, count in
            "'\(key)' in \(count) document(s) is not a list of spans (the wire format's '\(key)' layer): kept as '\(Document.movedAsideName(key))'"
        }
    }

    /// Where the next line starts, and lines read: a resume position.
    var offset: Int { lines.offset }
    var lineNumber: Int { lines.lineNumber }
    /// Continues at a position an earlier run recorded; false if the input cannot seek.
    func seek(offset: Int, line: Int) -> Bool { lines.seek(to: offset, line: line) }

    private func readNext() throws -> ReadResult? {
        while var line = try lines.nextLine() {
            // A byte order mark (some Windows tools write one at the start of
            // a file, or of every line when files are concatenated) is not JSON.
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let fallback = "\(name):\(lines.lineNumber)"
            let json: JSONValue
            do {
                json = try JSONParser.parse(line)
            } catch {
                let raw = String(decoding: line, as: UTF8.self)
                return .rejected(id: fallback, reason: "line \(lines.lineNumber): \(error.description)", record: .string(raw))
            }
            do {
                var aside: [String] = []
                var document = try Document(json: json, fallbackID: fallback, movedAside: &aside)
                for key in aside { movedAside[key, default: 0] += 1 }
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
