import Foundation

/// A document that did not make it through: which stage, why, and the
/// document as it entered that stage (or the raw input record).
public struct Reject: Sendable {
    public enum Payload: Sendable {
        case document(Document)
        case record(JSONValue)
    }

    public var id: String
    public var stage: String
    public var error: String
    public var payload: Payload

    public init(id: String, stage: String, error: String, payload: Payload) {
        self.id = id
        self.stage = stage
        self.error = error
        self.payload = payload
    }

    /// `{"id", "stage", "error", "document"}` as one JSON line (no newline).
    public func wireJSON(into w: inout JSONWriter) {
        w.raw("{\"id\":"); w.string(id)
        w.raw(",\"stage\":"); w.string(stage)
        w.raw(",\"error\":"); w.string(error)
        w.raw(",\"document\":")
        switch payload {
        case .document(let d): d.wireJSON(into: &w)
        case .record(let v): w.value(v)
        }
        w.byte(UInt8(ascii: "}"))
    }
}

/// Where rejected documents go.
public protocol RejectWriter: AnyObject {
    func write(_ reject: Reject) throws
    func commit() throws
    func discard()
}

/// Rejects as JSON Lines, written atomically like every output. The file is
/// opened on the first reject, so a clean run leaves no empty file behind; a
/// clean run over an older rejects file empties it, so stale rejects never
/// sit beside fresh output.
public final class JSONLinesRejectWriter: RejectWriter {
    let path: String
    var file: JSONLinesFile?
    /// Set by a resume journal: rejects then go to this fixed name.
    var part: JournalPart?

    public init(path: String) throws { self.path = path }

    public func write(_ reject: Reject) throws {
        if file == nil { file = try part.map { try JSONLinesFile(path: path, part: $0) } ?? JSONLinesFile(path: path) }
        try file?.writeLine { reject.wireJSON(into: &$0) }
    }

    public func commit() throws {
        if file == nil, path != "-", FileManager.default.fileExists(atPath: path) { file = try JSONLinesFile(path: path) }
        try file?.commit()
    }

    public func discard() { file?.discard() }
}
