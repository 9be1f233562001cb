/// A processing stage: the protocol at the centre of Copydesk.
///
/// One instance serves every worker thread, so `process` must not mutate the
/// stage: models and tables are loaded in `init` and shared read-only. A stage
/// that cannot process a document throws; the runner then rejects the
/// document (or stops the run) according to the pipeline's `on_error` policy.
/// `process` deliberately has no default implementation.
public protocol Stage: StageDeclaring {
    func process(_ document: inout Document) throws
}

/// What every stage, reader and writer has: a spec and a constructor from its
/// validated `with:` options.
public protocol StageDeclaring: Sendable {
    /// Name, summary, typed options, data dependencies and an example.
    static var spec: StageSpec { get }
    /// Builds the stage from options already validated against `spec`.
    /// Throw `StageConfigurationError` for problems the spec cannot express
    /// (a file that does not exist, two options that contradict each other).
    init(options: StageOptions, context: StageContext) throws
}

/// A stage that produces documents: the head of every pipeline (`load`).
public protocol DocumentSource: StageDeclaring {
    /// Opens the input. Called once per run, after validation.
    func makeReader() throws -> any DocumentReader
}

/// Reads documents one at a time; used from a single thread.
public protocol DocumentReader: AnyObject {
    /// The next document, a rejected input record, or `nil` at the end.
    /// Throwing means the input as a whole failed (for example an I/O error).
    func next() throws -> ReadResult?
    /// The number of documents, when it is known up front (for progress).
    var expectedCount: Int? { get }
    /// What a user should know about the input read, said once at the end
    /// of the run (for example fields kept under another name).
    var notes: [String] { get }
}

extension DocumentReader {
    public var notes: [String] { [] }
}

/// One item read by a `DocumentReader`.
public enum ReadResult: Sendable {
    case document(Document)
    /// An input record that is not a valid document; it goes to the rejects.
    case rejected(id: String, reason: String, record: JSONValue)
}

/// A stage that consumes documents: the tail of a pipeline (`write`).
public protocol DocumentSink: StageDeclaring {
    /// Opens the output. Nothing may appear at the final path before
    /// `DocumentWriter.commit()`.
    func makeWriter() throws -> any DocumentWriter
}

/// Writes documents in input order; used from a single thread.
public protocol DocumentWriter: AnyObject {
    func write(_ document: Document) throws
    /// Makes the output visible at its final path (atomically).
    func commit() throws
    /// Removes everything written so far; the final path is left untouched.
    func discard()
}

/// What a stage is built with besides its options.
public struct StageContext: Sendable {
    /// The pipeline's name (`name:` in the file).
    public var pipelineName: String
    /// The directory of the pipeline file; relative paths resolve against it.
    public var baseDirectory: String
    /// The id of this stage entry.
    public var stageID: String

    public init(pipelineName: String, baseDirectory: String, stageID: String) {
        self.pipelineName = pipelineName
        self.baseDirectory = baseDirectory
        self.stageID = stageID
    }
}

/// A configuration problem found while building a stage, reported at the
/// option's position in the pipeline file (or the entry's, when `option` is nil).
public struct StageConfigurationError: Error, CustomStringConvertible, Sendable {
    public var option: String?
    public var message: String

    public init(option: String? = nil, _ message: String) {
        self.option = option
        self.message = message
    }

    public var description: String { message }
}

/// A failure processing one document, with a reason fit for the rejects file.
public struct DocumentError: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// A failure that no document can be blamed for and that must stop the run
/// whatever its `on_error` policy (for example a `command` program that
/// keeps crashing): the runner fails the run with this message.
public struct StageFailure: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
