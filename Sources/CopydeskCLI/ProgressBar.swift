import Copydesk
import Dispatch
import Foundation

/// A one-line progress display on stderr, redrawn at most ten times a
/// second: documents done, documents per second and, when the total is
/// known, a bar and the time left.
final class ProgressBar: ProgressObserver {
    private let started = DispatchTime.now().uptimeNanoseconds
    private var lastDraw: UInt64 = 0
    private var drawn = false

    func update(done: Int, total: Int?) {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw > 100_000_000 || done == total else { return }
        lastDraw = now
        let seconds = Double(now - started) / 1e9
        let rate = seconds > 0 ? Double(done) / seconds : 0
        var line = "\r\u{1B}[2K"
        if let total, total > 0 {
            let width = 30
            let filled = min(width, done * width / total)
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += "\(done)/\(total)"
            if rate > 0 && done < total { line += String(format: "  ETA %.0fs", Double(total - done) / rate) }
        } else {
            line += "\(done) documents"
        }
        line += String(format: "  %.1f docs/s", rate)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }
}
