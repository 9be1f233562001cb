import Copydesk

/// One row per document (and, optionally, one per annotation), RFC 4180
/// quoting, in a single schema so any CSV tool reads it:
/// `row,id,date,start,end,label,value,unit,timex,text`, and with source
/// offsets `source_start,source_end` after them (empty on document rows).
final class CSVDocumentWriter: DocumentWriter {
    static let header = ["row", "id", "date", "start", "end", "label", "value", "unit", "timex", "text"]

    let file: AtomicFile
    private let annotations: Bool
    private let sourceOffsets: Bool
    private var line: [UInt8] = []
    /// The document being written, whose spans' source ranges are added.
    private var current: Document?

    convenience init(path: String, annotations: Bool, sourceOffsets: Bool = false, encoder: (any OutputEncoder)? = nil) throws {
        try self.init(file: AtomicFile(path: path, encoder: encoder), annotations: annotations, sourceOffsets: sourceOffsets)
    }

    /// On a resume journal's part; a restored part has its header already.
    convenience init(path: String, annotations: Bool, sourceOffsets: Bool = false, part: JournalPart) throws {
        try self.init(file: AtomicFile(path: path, part: part), annotations: annotations, sourceOffsets: sourceOffsets)
    }

    private init(file: AtomicFile, annotations: Bool, sourceOffsets: Bool) throws {
        self.file = file
        self.annotations = annotations
        self.sourceOffsets = sourceOffsets
        if file.size == 0 {
            row(Self.header + (sourceOffsets ? ["source_start", "source_end"] : []))
            try file.write(line)
        }
    }

    func write(_ d: Document) throws {
        line.removeAll(keepingCapacity: true)
        current = nil
        row(["document", d.id, d.date ?? "", "", "", "", "", "", "", d.text])
        if annotations {
            current = sourceOffsets ? d : nil
            for e in d.entities ?? [] {
                row(["entity", d.id, d.date ?? "", String(e.start), String(e.end), e.label, "", "", "", e.text], span: (e.start, e.end))
            }
            for n in d.numbers ?? [] {
                let value: String
                switch n.value {
                case .number(let v)?: value = Self.format(v)
                case .string(let s)?: value = s
                case nil: value = n.kind == .range ? "\(n.min.map(Self.format) ?? "")..\(n.max.map(Self.format) ?? "")" : ""
                }
                row(["number", d.id, d.date ?? "", String(n.start), String(n.end), n.kind.rawValue, value, n.unit ?? "", n.timex ?? "", n.text], span: (n.start, n.end))
            }
            for s in d.summary ?? [] {
                row(["summary", d.id, d.date ?? "", String(s.start), String(s.end), "", "", "", "", s.text], span: (s.start, s.end))
            }
        }
        try file.write(line)
    }

    static func format(_ v: Double) -> String {
        var w = JSONWriter()
        w.number(v)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// One row; with source offsets, `span`'s range in the input follows
    /// (empty where it is not known).
    private func row(_ fields: [String], span: (Int, Int)? = nil) {
        var fields = fields
        if sourceOffsets && fields.count == Self.header.count {
            let range = span.flatMap { current?.sourceRange($0.0, $0.1) }
            fields += [range.map { String($0.lowerBound) } ?? "", range.map { String($0.upperBound) } ?? ""]
        }
        for (i, field) in fields.enumerated() {
            if i > 0 { line.append(UInt8(ascii: ",")) }
            let needsQuotes = field.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes {
                line.append(UInt8(ascii: "\""))
                for b in field.utf8 {
                    if b == UInt8(ascii: "\"") { line.append(b) }
                    line.append(b)
                }
                line.append(UInt8(ascii: "\""))
            } else {
                line.append(contentsOf: field.utf8)
            }
        }
        line.append(0x0D)
        line.append(0x0A)
    }

    func commit() throws { try file.commit() }
    func discard() { file.discard() }
}
