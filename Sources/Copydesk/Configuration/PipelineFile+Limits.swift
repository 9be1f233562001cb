import Yams

extension PipelineFile {
    /// The default `max_document_bytes`: far above any article (the longest
    /// BBC article is 25 KB), low enough that one document cannot take a
    /// machine's memory.
    public static let defaultMaxDocumentBytes = 20 << 20

    /// `max_document_bytes:` as bytes (`1048576`) or with a unit (`20MB`,
    /// `20 MiB`, `512KB`, `1GB`; KB = 1024 bytes, as most tools read it); or a
    /// reported error.
    static func byteSize(_ node: Node, report: (SourceLocation, String) -> Void) -> Int? {
        guard let text = node.string, let n = bytes(text), n >= 1 else {
            report(SourceLocation(node.mark), "'max_document_bytes' must be a size such as 20MB, 512KB or a number of bytes, got '\(node.string ?? "?")'")
            return nil
        }
        return n
    }

    /// `20MB`, `20 MiB`, `512k`, `1GB` or a bare number of bytes; nil if not a size.
    public static func bytes(_ text: String) -> Int? {
        let s = text.filter { $0 != " " && $0 != "_" }.lowercased()
        let units: [(String, Int)] = [("kib", 1 << 10), ("mib", 1 << 20), ("gib", 1 << 30), ("kb", 1 << 10), ("mb", 1 << 20),
                                      ("gb", 1 << 30), ("k", 1 << 10), ("m", 1 << 20), ("g", 1 << 30), ("b", 1), ("", 1)]
        for (suffix, scale) in units where s.hasSuffix(suffix) {
            guard let value = Double(s.dropLast(suffix.count)), value.isFinite, value > 0, value * Double(scale) < 1e15 else { continue }
            return Int(value * Double(scale))
        }
        return nil
    }
}
