/// The shared text analysis a document carries.
extension Document {
    /// Tokens, sentences and word forms of `text`, made on first use by
    /// whichever stage asks first and shared by every later one; a change of
    /// `text` drops it. Never written to the wire, never part of equality.
    public var analysis: TextAnalysis { analysisCache.analysis(of: text) }

    /// Lets go of the analysis (a later read makes it again). The runner
    /// calls it after the last stage: writers read the wire layers only, and
    /// on a 10 MB document the tokens alone are 30 MB.
    mutating func dropAnalysis() { analysisCache = AnalysisCache() }
}

/// Holds a document's analysis once made. Copies of a document share it
/// (they have the same text); setting `text` gives the document a new one.
final class AnalysisCache: Sendable {
    private let value = LazyValue<TextAnalysis>()

    init() {}

    func analysis(of text: String) -> TextAnalysis { value.get { TextAnalysis(text) } }
}
