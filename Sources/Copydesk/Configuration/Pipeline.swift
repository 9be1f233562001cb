import Foundation

/// A validated pipeline with its stages built, ready to run.
public struct Pipeline: Sendable {
    /// One stage entry of the pipeline, built.
    public struct Step<Instance: Sendable>: Sendable {
        public var id: String
        public var stageName: String
        public var instance: Instance
        public var onError: ErrorPolicy
        /// `isolate:`: run in supervised worker processes (a transform only).
        public var isolate = false
        /// `timeout:`: seconds one document may spend in this stage.
        public var timeout: Double? = nil
    }

    public var name: String
    public var file: String
    public var workers: Int
    public var maxInFlight: Int
    public var source: Step<any DocumentSource>
    public var transforms: [Step<any Stage>]
    public var sinks: [Step<any DocumentSink>]
    /// The `path` of the last write (after overrides), from which the default
    /// rejects path derives; `-` for stdout.
    public var outputPath: String?
    /// The part of the input this run reads (`--shard K/N`); nil for all of it.
    public var shard: Shard?
    /// `resume: true`: continue an interrupted run's journal when there is one.
    public var resume = false
    /// `checkpoint_every:` documents between the resume journal's checkpoints.
    public var checkpointEvery: Int? = nil
    /// The `path` of the load stage (after overrides), for the run report.
    public var inputPath: String?
    /// The pipeline file's `report:`, its path made absolute.
    public var report: ReportSettings?
    /// `max_document_bytes:`: a document whose text is longer (in UTF-8) goes
    /// to the rejects instead of into the stages; nil for no limit.
    public var maxDocumentBytes: Int? = PipelineFile.defaultMaxDocumentBytes

    /// Builds a pipeline from stages directly, for embedding and tests.
    public init(name: String, workers: Int = 1, maxInFlight: Int? = nil, onError: ErrorPolicy = .skip,
                source: any DocumentSource, transforms: [any Stage], sinks: [any DocumentSink], outputPath: String? = nil,
                shard: Shard? = nil) {
        self.name = name
        self.file = "<code>"
        self.workers = max(1, workers)
        self.maxInFlight = maxInFlight ?? self.workers * 4
        self.source = Step(id: "load", stageName: type(of: source).spec.name, instance: source, onError: onError)
        self.transforms = transforms.map { Step(id: type(of: $0).spec.name, stageName: type(of: $0).spec.name, instance: $0, onError: onError) }
        self.sinks = sinks.map { Step(id: type(of: $0).spec.name, stageName: type(of: $0).spec.name, instance: $0, onError: onError) }
        self.outputPath = outputPath
        self.shard = shard
    }

    init(name: String, file: String, workers: Int, maxInFlight: Int, source: Step<any DocumentSource>,
         transforms: [Step<any Stage>], sinks: [Step<any DocumentSink>], outputPath: String?, shard: Shard?) {
        self.name = name
        self.file = file
        self.workers = workers
        self.maxInFlight = maxInFlight
        self.source = source
        self.transforms = transforms
        self.sinks = sinks
        self.outputPath = outputPath
        self.shard = shard
    }
}

/// Command-line values that replace parts of the pipeline file.
public struct PipelineOverrides: Sendable {
    /// Replaces the `path` of the load stage; `-` is stdin.
    public var inputPath: String?
    /// Replaces the `path` of the last write stage; `-` is stdout.
    public var outputPath: String?
    public var workers: Int?
    public var maxInFlight: Int?
    /// Reads one shard of the input; `{shard}` in any path option becomes its label.
    public var shard: Shard?

    public init(inputPath: String? = nil, outputPath: String? = nil, workers: Int? = nil, maxInFlight: Int? = nil,
                shard: Shard? = nil) {
        self.inputPath = inputPath
        self.outputPath = outputPath
        self.workers = workers
        self.maxInFlight = maxInFlight
        self.shard = shard
    }
}

