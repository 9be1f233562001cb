/// Told of every document as it leaves the pipeline, on the runner's output
/// thread and in input order, so an observer needs no lock of its own.
///
/// The run report's aggregates are made this way while the run streams;
/// an observer must keep bounded state (counters and sketches), never the
/// documents themselves.
public protocol RunObserver: AnyObject {
    /// A document that every writer has accepted.
    func written(_ document: Document)
    /// A document that went to the rejects.
    func rejected(_ reject: Reject)
}
