import Copydesk
import CSV
import Foundation

/// Reads documents from a CSV file with a header row: named id, text and
/// date columns; every other column is kept as a string field.
final class CSVDocumentReader: DocumentReader {
    struct Columns: Sendable {
        var id: String
        var text: String
        var date: String
    }

    private let reader: CSVReader
    private let header: [String]
    private let textIndex: Int
    private let idIndex: Int?
    private let dateIndex: Int?
    private let defaultDate: String?
    private let name: String
    private var row = 0
    let expectedCount: Int? = nil

    init(path: String, columns: Columns, defaultDate: String?) throws {
        name = path == "-" ? "stdin" : path
        let stream: InputStream?
        if path == "-" {
            stream = InputStream(fileAtPath: "/dev/stdin")
        } else {
            stream = InputStream(fileAtPath: path)
        }
        guard let stream else { throw DocumentError("cannot open '\(path)'") }
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch {
            throw DocumentError("cannot read CSV '\(name)': \(error)")
        }
        header = reader.headerRow ?? []
        guard let t = header.firstIndex(of: columns.text) else {
            throw DocumentError("CSV '\(name)' has no text column '\(columns.text)' (columns: \(header.joined(separator: ", ")))")
        }
        textIndex = t
        idIndex = header.firstIndex(of: columns.id)
        dateIndex = header.firstIndex(of: columns.date)
        self.defaultDate = defaultDate
    }

    func next() throws -> ReadResult? {
        guard let fields = reader.next() else { return nil }
        row += 1
        let fallback = "\(name):\(row)"
        let id = idIndex.flatMap { $0 < fields.count ? fields[$0] : nil } ?? fallback
        let record = JSONValue.object(zip(header, fields).map { ($0, .string($1)) })
        guard textIndex < fields.count else {
            return .rejected(id: id, reason: "row \(row): missing text column", record: record)
        }
        var date = defaultDate
        if let d = dateIndex, d < fields.count, !fields[d].isEmpty {
            guard let day = DocumentDate.isoDay(fields[d]) else {
                return .rejected(id: id, reason: "row \(row): date must be YYYY-MM-DD, got '\(fields[d])'", record: record)
            }
            date = day
        }
        var rest: [(key: String, value: JSONValue)] = []
        for (i, column) in header.enumerated() where i != textIndex && i != idIndex && i != dateIndex && i < fields.count {
            rest.append((column, .string(fields[i])))
        }
        return .document(Document(id: id, text: fields[textIndex], date: date, fields: rest))
    }
}
