import Foundation

/// Counters and timings of one run, per stage: printed at the end of a run
/// and written as JSON by `--stats`.
public struct RunReport: Codable, Sendable {
    public struct StageReport: Codable, Sendable {
        public var id: String
        public var stage: String
        public var documentsIn: Int
        public var documentsOut: Int
        public var rejected: Int
        /// Time spent inside the stage, summed over workers.
        public var seconds: Double
    }

    public var pipeline: String
    public var workers: Int
    public var maxInFlight: Int
    public var documentsIn: Int
    public var documentsOut: Int
    public var rejected: Int
    public var seconds: Double
    public var documentsPerSecond: Double
    /// The most documents read but not yet written at any moment; never more
    /// than `maxInFlight`.
    public var peakInFlight: Int
    public var stages: [StageReport]
    /// Input items an interrupted run had committed, when this run resumed it.
    public var resumedAfter: Int? = nil
    /// UTF-8 bytes of the texts of the documents read.
    public var bytesIn: Int = 0
    /// Every input item ended in the output or the rejects:
    /// `documentsIn == documentsOut + rejected`. False would be a bug.
    public var accounted: Bool = true
    /// What the reader has to say of the input, once (`DocumentReader.notes`).
    public var notes: [String] = []

    /// The report as pretty JSON with snake_case keys.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// `10 in = 9 out + 1 rejected`, or what is missing when that fails.
    public var accounting: String {
        let sum = "\(documentsIn) in \(accounted ? "=" : "≠") \(documentsOut) out + \(rejected) rejected"
        return accounted ? sum : sum + " (\(documentsIn - documentsOut - rejected) unaccounted for: a bug, please report it)"
    }

    /// A fixed-width table for humans.
    public var table: String {
        func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, n - s.count))
            return right ? fill + s : s + fill
        }
        let idWidth = max(5, stages.map(\.id.count).max() ?? 5)
        var lines = ["\(pad("stage", idWidth))  \(pad("in", 9, right: true))  \(pad("out", 9, right: true))  \(pad("rejected", 9, right: true))  \(pad("seconds", 9, right: true))  \(pad("docs/s", 10, right: true))"]
        for s in stages {
            let rate = s.seconds > 0 ? String(format: "%.0f", Double(s.documentsIn) / s.seconds) : "-"
            lines.append("\(pad(s.id, idWidth))  \(pad(String(s.documentsIn), 9, right: true))  \(pad(String(s.documentsOut), 9, right: true))  \(pad(String(s.rejected), 9, right: true))  \(pad(String(format: "%.3f", s.seconds), 9, right: true))  \(pad(rate, 10, right: true))")
        }
        lines.append(String(format: "%@: %@ in %.2f s (%.1f docs/s, %d workers, peak %d in flight)",
                            pipeline, accounting, seconds, documentsPerSecond, workers, peakInFlight))
        lines += notes.map { "note: " + $0 }
        return lines.joined(separator: "\n")
    }
}
