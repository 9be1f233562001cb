/// Where a reader stands: just after the last item it handed out. Recorded
/// in a resume journal at each checkpoint.
public struct InputPosition: Codable, Sendable, Equatable {
    /// The index, in the input's sorted file list, of the file being read.
    public var file: Int
    /// Items already handed out of that file.
    public var records: Int
    /// The byte offset in that file after them, when the reader can seek there.
    public var offset: Int?
    /// Lines read of that file, with `offset`.
    public var line: Int?

    public init(file: Int, records: Int, offset: Int? = nil, line: Int? = nil) {
        self.file = file
        self.records = records
        self.offset = offset
        self.line = line
    }
}

/// A reader that can say where it stands and start again there: a file
/// input by byte offset (or, where it cannot seek, by skipping records), a
/// folder by file. Stdin cannot.
public protocol ResumableReader: DocumentReader {
    /// False when this input cannot be read again (stdin).
    var canResume: Bool { get }
    var position: InputPosition { get }
    /// Moves a reader that has handed out nothing yet to `position`.
    func skip(to position: InputPosition) throws
    /// What identifies the input: its files' paths, sizes and modification
    /// times (hashing a 100 GB input on every resume would cost too much).
    var fingerprint: String { get }
}

/// A sink whose output can be kept in a resume journal.
public protocol ResumableSink: DocumentSink {
    /// The final path, when this output can be journaled; nil for stdout, a
    /// device or compressed output (a compressor's state cannot be restored).
    var journalPath: String? { get }
    /// Whether the part an earlier run left can be brought back to `part.restore`.
    func canRestore(_ part: JournalPart) -> Bool
    /// Opens the output on `part`, restored to `part.restore` if set.
    func makeWriter(part: JournalPart) throws -> any ResumableWriter
}

/// A writer whose output survives a kill at its checkpoints.
public protocol ResumableWriter: DocumentWriter {
    /// Makes what was written durable and returns what a resume restores:
    /// bytes of a file, documents of an SQLite database.
    func prepareCheckpoint() throws -> Int
    /// Called once the manifest records the checkpoint (SQLite commits its
    /// transaction here, so that a kill between the two leaves one of the
    /// manifest's two checkpoints matching the database).
    func finishCheckpoint() throws
    /// The writer wants a checkpoint now (SQLite: a batch is full).
    var checkpointDue: Bool { get }
    /// The output's bytes do not depend on where checkpoints fall (true of
    /// files; SQLite's transactions must fall every `batch_size` documents).
    var checkpointsAnytime: Bool { get }
}

/// A rejects output that a resume journal can keep.
public protocol ResumableRejectWriter: RejectWriter {
    /// The final path, when it can be journaled (not a stream).
    var journalPath: String? { get }
    func canRestore(_ part: JournalPart) -> Bool
    /// From now on writes go to `part`, restored to `part.restore`.
    func useJournal(_ part: JournalPart) throws
    /// Bytes made durable.
    func prepareCheckpoint() throws -> Int
}
