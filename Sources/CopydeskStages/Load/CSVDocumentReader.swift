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
    private let stream: ByteSourceInputStream
    private var row = 0
    private var broken = false
    let expectedCount: Int? = nil

    init(path: String, columns: Columns, defaultDate: String?) throws {
        name = path == "-" ? "stdin" : path
        stream = ByteSourceInputStream(try ByteSources.open(path))
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch {
            if let failure = stream.failure { throw failure }
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
        guard !broken else { return nil }
        guard let fields = reader.next() else {
            // A broken input ends the file with one reject that says where.
            guard let failure = stream.failure else { return nil }
            broken = true
            return failure.reject(afterLine: row, unit: "row")
        }
        // CSV.swift ends the row in progress at a read error as at the end of
        // the file: that row may be cut, so it goes into the reject.
        if let failure = stream.failure {
            broken = true
            return failure.reject(afterLine: row, unit: "row")
        }
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
