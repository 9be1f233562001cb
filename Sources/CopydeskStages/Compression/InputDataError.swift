import Copydesk

/// Input that cannot be read to its end: a truncated or corrupt compressed
/// stream, or a read error. `offset` is the byte of the file (compressed)
/// where reading stopped.
struct InputDataError: Error, CustomStringConvertible, Sendable {
    var path: String
    var offset: Int
    var reason: String

    var description: String { "'\(path)' at byte \(offset): \(reason)" }

    /// The reject that ends a broken file, naming the file and the byte; the
    /// documents read before it are kept.
    func reject(afterLine count: Int, unit: String) -> ReadResult {
        .rejected(id: "\(path):byte \(offset)", reason: "\(description); \(count) \(unit)(s) before it were read",
                  record: .object([("path", .string(path)), ("offset", .number(Double(offset))),
                                   ("\(unit)s_read", .number(Double(count)))]))
    }
}
