import Copydesk

/// `TextAnalysis.lowerTokens` with the last few strings kept: the number
/// rules read the lower-case text of the same few tokens around a position
/// many times over (a token, the next, the one before), and making the
/// string costs more than the comparison it is made for.
///
/// Direct-mapped by token index, `size` strings at most, so memory does not
/// grow with the document. One recogniser's, on one thread: not `Sendable`.
final class LowerCache {
    private static let size = 64
    private let analysis: TextAnalysis
    private let keys: UnsafeMutablePointer<Int>
    private let values: UnsafeMutablePointer<String>

    init(_ analysis: TextAnalysis) {
        self.analysis = analysis
        keys = .allocate(capacity: Self.size)
        keys.initialize(repeating: -1, count: Self.size)
        values = .allocate(capacity: Self.size)
        values.initialize(repeating: "", count: Self.size)
    }

    deinit {
        values.deinitialize(count: Self.size)
        values.deallocate()
        keys.deallocate()
    }

    /// The number of tokens.
    var count: Int { analysis.tokens.count }

    /// The lower-cased text of token `i` (`TextAnalysis.lower(_:)`).
    subscript(i: Int) -> String {
        let slot = i & (Self.size - 1)
        if keys[slot] == i { return values[slot] }
        let made = analysis.lower(analysis.tokens[i])
        keys[slot] = i
        values[slot] = made
        return made
    }
}
