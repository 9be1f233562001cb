import Copydesk
import Foundation

/// Puts the outputs of sharded runs together into one file of the same
/// format, written atomically: JSON Lines and CSV (plain or compressed, by
/// extension) and SQLite. Shards are taken in the order given.
public enum ShardMerge {
    /// What a merge wrote: documents (SQLite) or lines (JSON Lines, CSV).
    public struct Summary: Sendable, CustomStringConvertible {
        public var count: Int
        public var unit: String
        public var description: String { "\(count) \(unit)" }
    }

    /// Merges `inputs` into `output`.
    @discardableResult
    public static func merge(inputs: [String], into output: String) throws -> Summary {
        guard !inputs.isEmpty else { throw DocumentError("nothing to merge: give the shard outputs") }
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        let format = Compression.formatExtension(output)
        for input in inputs {
            guard FileManager.default.fileExists(atPath: input) else { throw DocumentError("no such file: \(input)") }
            guard Self.family(Compression.formatExtension(input)) == Self.family(format) else {
                throw DocumentError("'\(input)' is not of the output's format (.\(format))")
            }
            if URL(fileURLWithPath: input).standardizedFileURL.path == target {
                throw DocumentError("'\(input)' is both an input and the output")
            }
        }
        switch Self.family(format) {
        case "sqlite":
            guard Compression.fromExtension(output) == nil else { throw DocumentError("an SQLite database cannot be written compressed") }
            return Summary(count: try SQLiteMerge.merge(inputs: inputs, into: output), unit: "documents")
        case "csv":
            return Summary(count: try concatenate(inputs, into: output, sharedHeader: true), unit: "lines")
        case "jsonl":
            return Summary(count: try concatenate(inputs, into: output, sharedHeader: false), unit: "lines")
        default:
            throw DocumentError("cannot tell the format of '\(output)': name it .jsonl, .csv or .sqlite (with .gz or .zst for the first two)")
        }
    }

    /// The format an extension names: `jsonl`, `csv`, `sqlite`, or the extension itself.
    private static func family(_ ext: String) -> String {
        switch ext {
        case "jsonl", "json", "ndjson": return "jsonl"
        case "sqlite", "sqlite3", "db": return "sqlite"
        default: return ext
        }
    }

    /// Bytes copied as they are, decompressed and compressed as the names say;
    /// for CSV, each shard's header line must equal the first's and is kept once.
    private static func concatenate(_ inputs: [String], into output: String, sharedHeader: Bool) throws -> Int {
        let file = try AtomicFile(path: output, encoder: try Compression.fromExtension(output)?.makeEncoder())
        do {
            var header: [UInt8]? = nil
            var lines = 0
            for input in inputs {
                let source = try ByteSources.open(input)
                var chunk: [UInt8] = []
                var last: UInt8 = 0x0A
                var atStart = true
                while try source.read(into: &chunk, maxCount: 1 << 20) > 0 || !chunk.isEmpty {
                    if atStart && sharedHeader {
                        // The header line: the first whole line of the file.
                        guard let end = chunk.firstIndex(of: 0x0A) else { continue }
                        let line = Array(chunk[...end])
                        chunk.removeFirst(end + 1)
                        if let header, header != line {
                            throw DocumentError("'\(input)' has another header than '\(inputs[0])': \(String(decoding: line, as: UTF8.self))")
                        }
                        if header == nil { try file.write(line) }
                        header = line
                    }
                    atStart = false
                    lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                    if let end = chunk.last { last = end }
                    try file.write(chunk)
                    chunk.removeAll(keepingCapacity: true)
                }
                if atStart && sharedHeader && !chunk.isEmpty {
                    throw DocumentError("'\(input)' has a header line with no end")
                }
                // A shard whose last line has no newline must not run into the next one.
                if last != 0x0A {
                    try file.write([0x0A])
                    lines += 1
                }
            }
            try file.commit()
            return lines
        } catch {
            file.discard()
            throw error
        }
    }
}
