import Copydesk
import Foundation
import Yams

/// One `.txt` file as one document. A leading `date YYYY-MM-DD` (alone or
/// sharing the first line with the text) or YAML front matter between `---`
/// lines sets the date and other fields, and is removed from the text.
enum TextFileDocument {
    static func read(_ file: InputFiles.File, defaultDate: String?) -> ReadResult {
        let record = JSONValue.object([("path", .string(file.path))])
        // One document a file: its whole (decompressed) text is needed anyway.
        let data: [UInt8]
        do {
            data = try ByteSources.readAll(file.path)
        } catch {
            return .rejected(id: file.relativeID, reason: "cannot read file: \(error)", record: record)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .rejected(id: file.relativeID, reason: "not valid UTF-8: '\(file.path)'", record: record)
        }
        do {
            return .document(try parse(text, id: file.relativeID, defaultDate: defaultDate))
        } catch {
            return .rejected(id: file.relativeID, reason: "\(error)", record: record)
        }
    }

    /// Builds the document from a file's text.
    static func parse(_ raw: String, id: String, defaultDate: String?) throws -> Document {
        var text = Substring(raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw)
        var date = defaultDate
        var fields: [(key: String, value: JSONValue)] = []
        var documentID = id
        if text.hasPrefix("---\n") || text.hasPrefix("---\r\n") {
            let body = text.drop(while: { $0 != "\n" }).dropFirst()
            guard let close = body.range(of: "\n---") else { throw DocumentError("front matter opened with '---' is never closed") }
            let yaml = String(body[..<close.lowerBound])
            let node: Node?
            do { node = try Yams.compose(yaml: yaml) } catch { throw DocumentError("front matter is not valid YAML: \(error)") }
            for (k, v) in node?.mapping ?? [:] {
                let key = k.string ?? ""
                let value = v.string ?? ""
                switch key {
                case "date":
                    guard let day = DocumentDate.isoDay(value) else { throw DocumentError("front matter 'date' must be YYYY-MM-DD, got '\(value)'") }
                    date = day
                case "id": documentID = value
                default: fields.append((key, .string(value)))
                }
            }
            text = body[close.upperBound...].drop(while: { $0 != "\n" }).dropFirst()
        } else {
            let trimmed = text.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            if trimmed.hasPrefix("date ") {
                let candidate = String(trimmed.dropFirst(5).prefix(10))
                let after = trimmed.dropFirst(15)
                if let day = DocumentDate.isoDay(candidate), after.first.map({ $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) ?? true {
                    date = day
                    text = after.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                }
            }
        }
        while let last = text.last, last == "\n" || last == "\r" || last == " " { text = text.dropLast() }
        return Document(id: documentID, text: String(text), date: date, fields: fields)
    }
}
