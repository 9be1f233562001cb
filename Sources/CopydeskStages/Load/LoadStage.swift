import Copydesk
import Foundation

/// `load`: reads documents from text files, JSON Lines or CSV; a file, a
/// directory, a glob or stdin.
public struct LoadStage: ShardableSource {
    public static let spec = StageSpec(
        name: "load",
        summary: "Read documents from .txt files, JSON Lines or CSV, plain or .gz/.zst (a file, a directory, a glob, or - for stdin).",
        role: .source,
        options: [
            OptionSpec("path", .path, required: true,
                       summary: "A file, a directory (read recursively), a glob pattern, or - for stdin; relative to the pipeline file."),
            OptionSpec("format", .choice(["auto", "text", "jsonl", "csv"]), default: .string("auto"),
                       summary: "Input format; auto picks it from each file's extension (.txt, .jsonl/.json, .csv, under any .gz or .zst), jsonl for stdin. gzip and zstd data is read by its first bytes whatever the name."),
            OptionSpec("date", .string, summary: "Date (YYYY-MM-DD) for documents that do not carry their own."),
            OptionSpec("id_column", .string, default: .string("id"), summary: "CSV: the column holding the document id (row number if absent)."),
            OptionSpec("text_column", .string, default: .string("text"), summary: "CSV: the column holding the text."),
            OptionSpec("date_column", .string, default: .string("date"), summary: "CSV: the column holding the date, if any."),
        ],
        provides: [.text],
        example: """
        - stage: load
          with:
            path: ../Samples/articles
            format: text
        """
    )

    enum Format: String { case auto, text, jsonl, csv }

    let path: String
    let format: Format
    let defaultDate: String?
    let columns: CSVDocumentReader.Columns

    public init(options: StageOptions, context: StageContext) throws {
        path = options.string("path") ?? "-"
        format = Format(rawValue: options.string("format") ?? "auto") ?? .auto
        if let d = options.string("date") {
            guard let day = DocumentDate.isoDay(d) else { throw StageConfigurationError(option: "date", "'date' must be YYYY-MM-DD, got '\(d)'") }
            defaultDate = day
        } else {
            defaultDate = nil
        }
        columns = .init(id: options.string("id_column") ?? "id", text: options.string("text_column") ?? "text",
                        date: options.string("date_column") ?? "date")
        if path == "-" {
            if format == .text { throw StageConfigurationError(option: "format", "stdin can be read as jsonl or csv, not text") }
        } else if !InputFiles.isGlob(path), !FileManager.default.fileExists(atPath: path) {
            throw StageConfigurationError(option: "path", "no such file or directory: \(path)")
        }
    }

    public func makeReader() throws -> any DocumentReader {
        if path == "-" { return try stdinReader() }
        return MultiFileReader(files: try files(), format: format, columns: columns, defaultDate: defaultDate)
    }

    /// Whole files per shard when there are at least `filesPerShard` files a
    /// shard (round robin over the sorted list, which every shard sees alike);
    /// otherwise every shard reads everything and keeps the ids that hash to it.
    public func makeReader(shard: Shard) throws -> any DocumentReader {
        if path == "-" { return ShardedReader(try stdinReader(), shard: shard) }
        let all = try files()
        guard all.count >= shard.count * Self.filesPerShard else {
            return ShardedReader(MultiFileReader(files: all, format: format, columns: columns, defaultDate: defaultDate), shard: shard)
        }
        let own = all.enumerated().filter { $0.offset % shard.count == shard.index - 1 }.map(\.element)
        return MultiFileReader(files: own, format: format, columns: columns, defaultDate: defaultDate)
    }

    /// Below two files a shard, whole files would leave shards badly uneven.
    static let filesPerShard = 2

    private func stdinReader() throws -> any DocumentReader {
        format == .csv ? try CSVDocumentReader(path: "-", columns: columns, defaultDate: defaultDate)
            : try JSONLinesDocumentReader(path: "-", defaultDate: defaultDate)
    }

    private func files() throws -> [InputFiles.File] {
        let extensions: Set<String>
        switch format {
        case .auto: extensions = ["txt", "text", "jsonl", "json", "ndjson", "csv"]
        case .text: extensions = ["txt", "text"]
        case .jsonl: extensions = ["jsonl", "json", "ndjson"]
        case .csv: extensions = ["csv"]
        }
        return try InputFiles.expand(path, extensions: extensions)
    }
}

/// Reads a list of files one after the other, each with the reader its format needs.
final class MultiFileReader: DocumentReader {
    var files: ArraySlice<InputFiles.File>
    let format: LoadStage.Format
    let columns: CSVDocumentReader.Columns
    let defaultDate: String?
    var current: (any DocumentReader)?
    let expectedCount: Int?
    /// Files taken from the list (the current one included) and items read
    /// of the current one: the resume position (`LoadStage+Resume.swift`).
    var started = 0
    var records = 0
    let fingerprint: String
    /// Of the files done: documents whose field of this name was kept as `input_<name>`.
    var movedAside: [String: Int] = [:]

    var notes: [String] {
        var all = movedAside
        if let jsonl = current as? JSONLinesDocumentReader { all.merge(jsonl.movedAside, uniquingKeysWith: +) }
        return JSONLinesDocumentReader.notes(all)
    }

    init(files: [InputFiles.File], format: LoadStage.Format, columns: CSVDocumentReader.Columns, defaultDate: String?) {
        self.files = files[...]
        self.format = format
        self.columns = columns
        self.defaultDate = defaultDate
        // One document per text file: the total is known up front.
        let allText = files.allSatisfy { Self.format(of: $0.path, declared: format) == .text }
        expectedCount = allText ? files.count : nil
        fingerprint = Self.fingerprint(files)
    }

    static func format(of path: String, declared: LoadStage.Format) -> LoadStage.Format {
        guard declared == .auto else { return declared }
        switch Compression.formatExtension(path) {
        case "jsonl", "json", "ndjson": return .jsonl
        case "csv": return .csv
        default: return .text
        }
    }

    func next() throws -> ReadResult? {
        while true {
            if let current, let item = try current.next() {
                records += 1
                return item
            }
            if let jsonl = current as? JSONLinesDocumentReader {
                movedAside.merge(jsonl.movedAside, uniquingKeysWith: +)
            }
            current = nil
            guard let file = files.popFirst() else { return nil }
            started += 1
            records = 0
            do {
                switch Self.format(of: file.path, declared: format) {
                case .jsonl: current = try JSONLinesDocumentReader(path: file.path, defaultDate: defaultDate)
                case .csv: current = try CSVDocumentReader(path: file.path, columns: columns, defaultDate: defaultDate)
                case .text, .auto:
                    current = nil
                    return TextFileDocument.read(file, defaultDate: defaultDate)
                }
            } catch let error as InputDataError {
                // Broken from its first bytes: one reject, and on to the next file.
                current = nil
                return error.reject(afterLine: 0, unit: "record")
            } catch {
                // Unreadable (permissions, gone since the listing): the same.
                current = nil
                return .rejected(id: file.path, reason: "cannot read: \(error)", record: .object([("path", .string(file.path))]))
            }
        }
    }
}
