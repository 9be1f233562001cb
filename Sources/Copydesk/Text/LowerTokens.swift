/// `TextAnalysis.lower(_:)` of every token, made when read rather than kept:
/// an array of them took 16 bytes a token (plus the text of every token
/// longer than 15 bytes), 35 MB on a 10 MB document, for strings the number
/// recogniser reads a few of per token. A token's lower-case text of up to
/// 15 bytes is built without any allocation.
public struct LowerTokens: RandomAccessCollection, Sendable {
    let analysis: TextAnalysis

    public var startIndex: Int { 0 }
    public var endIndex: Int { analysis.tokens.count }

    public subscript(position: Int) -> String { analysis.lower(analysis.tokens[position]) }
}

/// `TextAnalysis.lowerHashes(_:)` of every token, computed when read: one
/// FNV pass over a few bytes costs less than keeping 16 bytes a token for the
/// whole life of the analysis (35 MB on a 10 MB document).
public struct LowerHashes: RandomAccessCollection, Sendable {
    let analysis: TextAnalysis

    public var startIndex: Int { 0 }
    public var endIndex: Int { analysis.tokens.count }

    public subscript(position: Int) -> TextAnalysis.LowerHash { analysis.lowerHashes(analysis.tokens[position]) }
}
