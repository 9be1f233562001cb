import Copydesk
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The files a `path` option names: a file, a directory (recursively, in
/// sorted order so runs are reproducible) or a glob pattern.
enum InputFiles {
    struct File {
        var path: String
        /// The path relative to the load root, without extension: the id of a `.txt` document.
        var relativeID: String
    }

    static func isGlob(_ path: String) -> Bool { path.contains("*") || path.contains("?") || path.contains("[") }

    static func expand(_ path: String, extensions: Set<String>) throws -> [File] {
        if isGlob(path) {
            var g = glob_t()
            defer { globfree(&g) }
            // A pattern that matches nothing is a mistake, not an empty batch.
            guard glob(path, 0, nil, &g) == 0, g.gl_pathc > 0 else {
                throw StageConfigurationError(option: "path", "no file matches the pattern '\(path)'")
            }
            var files: [File] = []
            for i in 0..<Int(g.gl_pathc) {
                guard let p = g.gl_pathv[i] else { continue }
                let s = String(cString: p)
                files.append(File(path: s, relativeID: stripExtension((s as NSString).lastPathComponent)))
            }
            return files.sorted { $0.path < $1.path }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StageConfigurationError(option: "path", "no such file or directory: \(path)")
        }
        guard isDirectory.boolValue else {
            return [File(path: path, relativeID: stripExtension((path as NSString).lastPathComponent))]
        }
        let root = URL(fileURLWithPath: path).standardizedFileURL.path
        var files: [File] = []
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        while let relative = enumerator.nextObject() as? String {
            let ext = Compression.formatExtension(relative)
            guard extensions.contains(ext), !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
            let full = root + "/" + relative
            var dir: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &dir) {
                if !dir.boolValue { files.append(File(path: full, relativeID: stripExtension(relative))) }
            } else if (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) != nil {
                // A dangling link: reading it rejects it with the reason, rather than skip it unsaid.
                files.append(File(path: full, relativeID: stripExtension(relative)))
            }
        }
        guard !files.isEmpty else {
            let known = extensions.sorted().map { "." + $0 }.joined(separator: ", ")
            throw StageConfigurationError(option: "path", "no input file (\(known), plain or .gz/.zst) in the folder '\(path)'")
        }
        return files.sorted { $0.relativeID < $1.relativeID }
    }

    /// `a/b.txt` and `a/b.txt.gz` → `a/b`.
    static func stripExtension(_ path: String) -> String {
        let path = Compression.strippingExtension(path)
        let ext = (path as NSString).pathExtension
        return ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
    }
}

/// Reads a file or stdin in large chunks, decompressed if need be, and hands
/// out lines as bytes, without building a `String` per chunk.
final class LineReader {
    private var chunks: ChunkBuffer
    private var position = 0
    /// Where the search for the next newline resumes: bytes before it in
    /// the buffer hold none, so a long line is scanned once, not per chunk.
    private var scanned = 0
    private(set) var lineNumber = 0
    /// Where the next line starts in the input.
    var offset: Int { chunks.offset(at: position) }

    init(path: String) throws { chunks = ChunkBuffer(try ByteSources.open(path)) }

    /// The next line without its newline (and without a final `\r`), or nil at the end.
    /// Throws `InputDataError` when the input breaks off; the lines before it were handed out.
    func nextLine() throws -> ArraySlice<UInt8>? {
        while true {
            if let nl = chunks.bytes[max(position, scanned)...].firstIndex(of: 0x0A) {
                var line = chunks.bytes[position..<nl]
                position = nl + 1
                scanned = position
                lineNumber += 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            if chunks.eof {
                guard position < chunks.bytes.count else { return nil }
                let line = chunks.bytes[position...]
                position = chunks.bytes.count
                lineNumber += 1
                return line
            }
            scanned = chunks.bytes.count
            let dropped = try chunks.fill(keepingFrom: position)
            scanned -= dropped
            position -= dropped
        }
    }

    /// Continues at byte `offset`, counting lines from `line` (a resume);
    /// false when the source cannot seek (stdin, compressed).
    func seek(to offset: Int, line: Int) -> Bool {
        guard chunks.seek(to: offset) else { return false }
        position = 0
        scanned = 0
        lineNumber = line
        return true
    }
}
