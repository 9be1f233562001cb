import Copydesk
import Foundation

/// `write`: JSON Lines, CSV or SQLite, written under a temporary name and
/// renamed into place when the run ends.
public struct WriteStage: DocumentSink {
    public static let spec = StageSpec(
        name: "write",
        summary: "Write documents as JSON Lines, CSV or an SQLite database, atomically (- for stdout).",
        role: .sink,
        options: [
            OptionSpec("path", .path, required: true, summary: "Output file, relative to the pipeline file; - for stdout (jsonl and csv)."),
            OptionSpec("format", .choice(["auto", "jsonl", "csv", "sqlite"]), default: .string("auto"),
                       summary: "Output format; auto picks it from the extension (.jsonl, .csv, .sqlite/.db), jsonl for stdout. A further .gz or .zst compresses jsonl and csv."),
            OptionSpec("annotations", .boolean, default: .boolean(false),
                       summary: "CSV: add one row per entity, number and summary sentence after each document's row."),
            OptionSpec("source_offsets", .boolean, default: .boolean(false),
                       summary: "Add source_start and source_end to every entity, number and summary span: its range, in Unicode scalars, in the input text (before clean)."),
            OptionSpec("batch_size", .integer, default: .integer(500), minimum: 1,
                       summary: "SQLite: documents per transaction."),
        ],
        requires: [.text],
        example: """
        - stage: write
          with:
            path: ../out/news.sqlite
        """
    )

    enum Format: String { case jsonl, csv, sqlite }

    let path: String
    let format: Format
    let annotations: Bool
    let sourceOffsets: Bool
    let batchSize: Int
    /// From the extension: `news.jsonl.zst`, `briefs.csv.gz`.
    let compression: Compression?

    public init(options: StageOptions, context: StageContext) throws {
        path = options.string("path") ?? "-"
        annotations = options.bool("annotations") ?? false
        sourceOffsets = options.bool("source_offsets") ?? false
        batchSize = options.int("batch_size") ?? 500
        switch options.string("format") ?? "auto" {
        case "jsonl": format = .jsonl
        case "csv": format = .csv
        case "sqlite": format = .sqlite
        default:
            switch Compression.formatExtension(path) {
            case "csv": format = .csv
            case "sqlite", "sqlite3", "db": format = .sqlite
            default: format = .jsonl
            }
        }
        compression = path == "-" ? nil : Compression.fromExtension(path)
        if format == .sqlite, let compression {
            throw StageConfigurationError(option: "path", "an SQLite database cannot be written \(compression)-compressed; compress it after the run")
        }
        if format == .sqlite && path == "-" {
            throw StageConfigurationError(option: "path", "an SQLite database cannot be written to stdout")
        }
        if sourceOffsets && format == .csv && !annotations {
            throw StageConfigurationError(option: "source_offsets", "CSV writes spans only with 'annotations: true'; set it to get their source offsets")
        }
        if annotations && format != .csv && options.isSet("annotations") {
            throw StageConfigurationError(option: "annotations", "'annotations' applies to the csv format only")
        }
    }

    public func makeWriter() throws -> any DocumentWriter {
        switch format {
        case .jsonl: return try JSONLinesWriter(path: path, encoder: try compression?.makeEncoder(), sourceOffsets: sourceOffsets)
        case .csv: return try CSVDocumentWriter(path: path, annotations: annotations, sourceOffsets: sourceOffsets, encoder: try compression?.makeEncoder())
        case .sqlite: return try SQLiteDocumentWriter(path: path, batchSize: batchSize, sourceOffsets: sourceOffsets)
        }
    }
}
