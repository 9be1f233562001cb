import Foundation

/// A `ByteSource` as a Foundation `InputStream`, for CSV.swift, which reads
/// streams only: compressed CSV streams as plain CSV does.
final class ByteSourceInputStream: InputStream {
    private let source: any ByteSource
    private var pending: [UInt8] = []
    private var status: Stream.Status = .notOpen
    private var ended = false
    /// Why reading stopped early, for the reader to report.
    private(set) var failure: InputDataError?

    init(_ source: any ByteSource) {
        self.source = source
        super.init(data: Data())
    }

    override var streamStatus: Stream.Status { status }
    override var streamError: Error? { failure }
    override var hasBytesAvailable: Bool { !pending.isEmpty || !ended }
    override func open() { status = .open }
    override func close() { status = .closed }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if pending.isEmpty && !ended {
            do {
                if try source.read(into: &pending, maxCount: max(maxLength, 1 << 16)) == 0 { ended = true }
            } catch {
                failure = error as? InputDataError ?? InputDataError(path: "?", offset: 0, reason: "\(error)")
                ended = true
                status = .error
                return -1
            }
        }
        guard !pending.isEmpty else {
            status = .atEnd
            return 0
        }
        let n = min(maxLength, pending.count)
        pending.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: n) }
        pending.removeFirst(n)
        return n
    }
}
