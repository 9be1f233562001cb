/// RFC 4180 records read from bytes, with the recovery a batch over
/// millions of rows needs: a malformed record is handed out as such, with
/// its lines and the reason, and reading goes on at the line after the one
/// it started on, so one stray quote costs one row, not the rest of the file.
///
/// Fields are bytes; the caller validates UTF-8 per field, so an invalid
/// byte rejects its row instead of cutting it. A quote inside an unquoted
/// field is kept as data (`5" screen`), as most CSV writers expect.
final class CSVRecordReader {
    enum Item {
        /// Field bytes, and the lines the record spans (1-based).
        case record(fields: [ArraySlice<UInt8>], lines: ClosedRange<Int>)
        /// The record's first line as it came, and why it could not be read.
        case malformed(raw: ArraySlice<UInt8>, lines: ClosedRange<Int>, reason: String)
    }

    private var chunks: ChunkBuffer
    private let maxRecordBytes: Int
    private var position = 0
    /// Lines before `position`.
    private(set) var lineNumber = 0
    /// Where the next record starts, in the input: a resume position.
    var offset: Int { chunks.offset(at: position) }

    init(source: any ByteSource, maxRecordBytes: Int = 256 << 20) {
        chunks = ChunkBuffer(source)
        self.maxRecordBytes = maxRecordBytes
    }

    /// The next record, a malformed one, or nil at the end. Blank lines are
    /// skipped. Throws `InputDataError` when the input breaks off.
    func next() throws -> Item? {
        while true {
            guard let item = try parse() else { return nil }
            if case .record(let fields, _) = item, fields.count == 1, fields[0].isEmpty { continue }
            return item
        }
    }

    private enum State { case fieldStart, unquoted, quoted, afterQuote }

    /// One record from `position`. The bytes from the record's start stay in
    /// the buffer until it is complete, so a malformed one can be re-read.
    private func parse() throws -> Item? {
        var start = position
        var state = State.fieldStart
        var fields: [ArraySlice<UInt8>] = []
        // A quoted field's bytes, its `""` made one quote; unquoted fields
        // are slices of the buffer, taken when they end.
        var field: [UInt8] = []
        var fieldStart = position
        var i = position
        let firstLine = lineNumber + 1
        var line = firstLine
        while true {
            if i == chunks.bytes.count {
                if chunks.eof { break }
                let shift = try chunks.fill(keepingFrom: start)
                i -= shift; fieldStart -= shift; start = 0; position -= shift
                continue
            }
            if i - start > maxRecordBytes {
                return malformed(start, firstLine, line, "the record is longer than \(maxRecordBytes >> 20) MiB (an unterminated quote?)")
            }
            let b = chunks.bytes[i]
            switch state {
            case .fieldStart:
                if b == UInt8(ascii: "\"") { state = .quoted; field = []; i += 1; continue }
                fieldStart = i
                state = .unquoted
                continue
            case .unquoted:
                if b == UInt8(ascii: ",") {
                    fields.append(chunks.bytes[fieldStart..<i]); state = .fieldStart
                } else if b == 0x0A {
                    var end = i
                    if end > fieldStart, chunks.bytes[end - 1] == 0x0D { end -= 1 }
                    fields.append(chunks.bytes[fieldStart..<end])
                    return finish(fields, firstLine, line, next: i + 1)
                }
            case .quoted:
                if b == UInt8(ascii: "\"") { state = .afterQuote } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
            case .afterQuote:
                if b == UInt8(ascii: "\"") {
                    field.append(b); state = .quoted
                } else if b == UInt8(ascii: ",") {
                    fields.append(field[...]); state = .fieldStart
                } else if b == 0x0A {
                    fields.append(field[...])
                    return finish(fields, firstLine, line, next: i + 1)
                } else if b != 0x0D {
                    let shown = b < 0x80 && b >= 0x20 ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16))"
                    return malformed(start, firstLine, line, "a closing quote is followed by \(shown) on line \(line), not by a comma or the end of the line (a stray quote?)")
                }
            }
            i += 1
        }
        // The end of the input.
        switch state {
        case .quoted:
            return malformed(start, firstLine, line, "a quoted field opened on line \(firstLine) is never closed")
        case .fieldStart:
            if fields.isEmpty { position = i; return nil }
            fields.append([])
        case .unquoted:
            fields.append(chunks.bytes[fieldStart..<i])
        case .afterQuote:
            fields.append(field[...])
        }
        return finish(fields, firstLine, line, next: i)
    }

    private func finish(_ fields: [ArraySlice<UInt8>], _ first: Int, _ last: Int, next: Int) -> Item {
        position = next
        lineNumber = last
        return .record(fields: fields, lines: first...last)
    }

    /// Rejects the record's first line and goes on at the line after it.
    private func malformed(_ start: Int, _ first: Int, _ last: Int, _ reason: String) -> Item {
        let newline = chunks.bytes[start...].firstIndex(of: 0x0A)
        var raw = chunks.bytes[start..<(newline ?? chunks.bytes.count)]
        if raw.last == 0x0D { raw = raw.dropLast() }
        position = newline.map { $0 + 1 } ?? chunks.bytes.count
        lineNumber = first
        return .malformed(raw: raw, lines: first...last, reason: reason)
    }

    /// Continues at byte `offset`, counting lines from `line` (a resume);
    /// false when the source cannot seek (stdin, compressed).
    func seek(to offset: Int, line: Int) -> Bool {
        guard chunks.seek(to: offset) else { return false }
        position = 0
        lineNumber = line
        return true
    }
}
