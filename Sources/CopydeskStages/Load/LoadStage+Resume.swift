import Copydesk
import Foundation

/// A file input resumes by position: a JSON Lines file at the byte offset
/// after its last committed line or row (a 100 GB file does not start over),
/// a compressed file by skipping its committed records, a folder by file.
extension MultiFileReader: ResumableReader {
    var canResume: Bool { true }

    var position: InputPosition {
        guard let current else { return InputPosition(file: started, records: 0) }
        switch current {
        case let jsonl as JSONLinesDocumentReader:
            return InputPosition(file: started - 1, records: records, offset: jsonl.offset, line: jsonl.lineNumber)
        case let csv as CSVDocumentReader:
            return InputPosition(file: started - 1, records: records, offset: csv.offset, line: csv.lineNumber)
        default:
            return InputPosition(file: started - 1, records: records)
        }
    }

    func skip(to position: InputPosition) throws {
        let drop = min(position.file, files.count)
        files.removeFirst(drop)
        started = drop
        guard position.records > 0, let file = files.popFirst() else { return }
        started += 1
        switch Self.format(of: file.path, declared: format) {
        case .jsonl:
            let reader = try JSONLinesDocumentReader(path: file.path, defaultDate: defaultDate)
            current = reader
            if let offset = position.offset, let line = position.line, reader.seek(offset: offset, line: line) {
                records = position.records
                return
            }
        case .csv:
            let reader = try CSVDocumentReader(path: file.path, columns: columns, defaultDate: defaultDate)
            current = reader
            if let offset = position.offset, let line = position.line, reader.seek(offset: offset, line: line) {
                records = position.records
                return
            }
        case .text, .auto:
            return
        }
        for _ in 0..<position.records { _ = try next() }
    }

    /// Each file's path, size and modification time.
    static func fingerprint(_ files: [InputFiles.File]) -> String {
        var text = ""
        for file in files {
            let attributes = try? FileManager.default.attributesOfItem(atPath: file.path)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            text += "\(file.path)\u{0}\(size)\u{0}\(modified)\n"
        }
        return String(WordHash.exactHash(text), radix: 16)
    }
}
