/// Passes on only the items of one shard, by document id; a rejected input
/// record counts by the id it is reported under, so it too lands in exactly
/// one shard.
public final class ShardedReader: DocumentReader {
    private let base: any DocumentReader
    private let shard: Shard
    /// Unknown: the share of ids that hash here is not known before reading.
    public let expectedCount: Int? = nil
    public var notes: [String] { base.notes }

    public init(_ base: any DocumentReader, shard: Shard) {
        self.base = base
        self.shard = shard
    }

    public func next() throws -> ReadResult? {
        while let item = try base.next() {
            if shard.contains(id: item.id) { return item }
        }
        return nil
    }
}

extension ReadResult {
    /// The document's id, or the id a rejected record is reported under.
    public var id: String {
        switch self {
        case .document(let d): return d.id
        case .rejected(let id, _, _): return id
        }
    }
}

/// A shard resumes where the reader under it stood.
extension ShardedReader: ResumableReader {
    public var canResume: Bool { (base as? any ResumableReader)?.canResume ?? false }
    public var position: InputPosition { (base as! any ResumableReader).position }
    public func skip(to position: InputPosition) throws { try (base as! any ResumableReader).skip(to: position) }
    public var fingerprint: String { "\((base as? any ResumableReader)?.fingerprint ?? "")/\(shard)" }
}
