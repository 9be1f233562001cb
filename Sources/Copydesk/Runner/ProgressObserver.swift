/// Told of progress by the runner, from its output thread.
public protocol ProgressObserver: AnyObject {
    /// Called after every document is written or rejected.
    func update(done: Int, total: Int?)
    /// Called once when the run ends, successfully or not.
    func finish()
}
