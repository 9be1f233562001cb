import Copydesk

/// Reads documents from a CSV file with a header row: named id, text and
/// date columns; every other column is kept as a string field.
///
/// Every row ends as a document or a reject with its line: a malformed
/// quote, invalid UTF-8 in a field or more fields than the header has are
/// rejected alone and the rows after them go on. A row with fewer fields
/// than the header lacks the missing columns (it is rejected only when the
/// text is among them).
final class CSVDocumentReader: DocumentReader {
    struct Columns: Sendable {
        var id: String
        var text: String
        var date: String
    }

    private let records: CSVRecordReader
    private let header: [String]
    private let textIndex: Int
    private let idIndex: Int?
    private let dateIndex: Int?
    private let defaultDate: String?
    private let name: String
    private var row = 0
    private var broken = false
    let expectedCount: Int? = nil

    /// An empty file is a CSV with no rows; a header without the text
    /// column is an error of the file (`InputDataError`), not of each row.
    init(path: String, columns: Columns, defaultDate: String?) throws {
        name = path == "-" ? "stdin" : path
        records = CSVRecordReader(source: try ByteSources.open(path))
        self.defaultDate = defaultDate
        switch try records.next() {
        case nil:
            header = []
            textIndex = 0; idIndex = nil; dateIndex = nil
            broken = true
            return
        case .malformed(_, _, let reason)?:
            throw InputDataError(path: name, offset: 0, reason: "the header row cannot be read: \(reason)")
        case .record(let fields, _)?:
            var names = fields.map { String(decoding: $0, as: UTF8.self) }
            // A byte order mark (Excel writes one) is not part of the first name.
            if let first = names.first, first.hasPrefix("\u{FEFF}") { names[0] = String(first.dropFirst()) }
            header = names
        }
        guard let t = header.firstIndex(of: columns.text) else {
            throw InputDataError(path: name, offset: 0, reason: "no text column '\(columns.text)' in the header (columns: \(header.joined(separator: ", ")))")
        }
        textIndex = t
        idIndex = header.firstIndex(of: columns.id)
        dateIndex = header.firstIndex(of: columns.date)
    }

    /// Where the next row starts and lines read: a resume position.
    var offset: Int { records.offset }
    var lineNumber: Int { records.lineNumber }
    /// Continues at a position an earlier run recorded; false if the input cannot seek.
    func seek(offset: Int, line: Int) -> Bool { records.seek(to: offset, line: line) }

    func next() throws -> ReadResult? {
        guard !broken else { return nil }
        let item: CSVRecordReader.Item?
        do {
            item = try records.next()
        } catch let error as InputDataError {
            // A broken input ends the file with one reject that says where.
            broken = true
            return error.reject(afterLine: row, unit: "row")
        }
        guard let item else { return nil }
        row += 1
        switch item {
        case .malformed(let raw, let lines, let reason):
            return .rejected(id: "\(name):\(lines.lowerBound)", reason: "\(Self.where(lines)): \(reason)",
                             record: .string(String(decoding: raw, as: UTF8.self)))
        case .record(let raw, let lines):
            return document(raw, lines)
        }
    }

    private func document(_ raw: [ArraySlice<UInt8>], _ lines: ClosedRange<Int>) -> ReadResult {
        let place = Self.where(lines)
        var fields: [String] = []
        fields.reserveCapacity(raw.count)
        var invalid: Int? = nil
        for (i, bytes) in raw.enumerated() {
            if let s = String(validating: bytes, as: UTF8.self) { fields.append(s) } else {
                invalid = invalid ?? i
                fields.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        let fallback = "\(name):\(lines.lowerBound)"
        let id = idIndex.flatMap { $0 < fields.count ? fields[$0] : nil } ?? fallback
        func record() -> JSONValue {
            var pairs = zip(header, fields).map { (key: $0, value: JSONValue.string($1)) }
            for extra in fields.dropFirst(header.count) { pairs.append((key: "", value: .string(extra))) }
            return .object(pairs)
        }
        if let invalid {
            let column = invalid < header.count ? "column '\(header[invalid])'" : "field \(invalid + 1)"
            return .rejected(id: id, reason: "\(place): \(column) is not valid UTF-8 (shown with U+FFFD)", record: record())
        }
        guard fields.count <= header.count else {
            return .rejected(id: id, reason: "\(place): \(fields.count) fields, but the header has \(header.count) (an unquoted comma?)", record: record())
        }
        guard textIndex < fields.count else {
            return .rejected(id: id, reason: "\(place): missing text column", record: record())
        }
        var date = defaultDate
        if let d = dateIndex, d < fields.count, !fields[d].isEmpty {
            guard let day = DocumentDate.isoDay(fields[d]) else {
                return .rejected(id: id, reason: "\(place): date must be YYYY-MM-DD, got '\(fields[d])'", record: record())
            }
            date = day
        }
        var rest: [(key: String, value: JSONValue)] = []
        for (i, column) in header.enumerated() where i != textIndex && i != idIndex && i != dateIndex && i < fields.count {
            rest.append((column, .string(fields[i])))
        }
        return .document(Document(id: id, text: fields[textIndex], date: date, fields: rest))
    }

    private static func `where`(_ lines: ClosedRange<Int>) -> String {
        lines.count == 1 ? "line \(lines.lowerBound)" : "lines \(lines.lowerBound)–\(lines.upperBound)"
    }
}
