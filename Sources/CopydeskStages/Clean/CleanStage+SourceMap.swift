import Copydesk
import Foundation

extension CleanStage {
    /// The map of a normalisation that changed the text. Composition never
    /// reaches across a grapheme cluster (a combining mark or jamo always
    /// extends the cluster it composes with), so each cluster's normal form
    /// stands for the cluster; should the clusters' forms not add up to the
    /// whole text's, the map falls back to one piece for the whole text.
    static func normalizationMap(from text: String, to normalized: String, nfkc: Bool) -> SourceMap {
        var builder = SourceMap.Builder()
        var joined = String.UnicodeScalarView()
        var at = 0
        for cluster in text {
            let scalars = cluster.unicodeScalars
            let single = String(cluster)
            let form = (nfkc ? single.precomposedStringWithCompatibilityMapping : single.precomposedStringWithCanonicalMapping).unicodeScalars
            if form.elementsEqual(scalars) { builder.copy(at, count: scalars.count) }
            else { builder.replace(at..<(at + scalars.count), outputCount: form.count) }
            joined.append(contentsOf: form)
            at += scalars.count
        }
        guard joined.elementsEqual(normalized.unicodeScalars) else {
            var whole = SourceMap.Builder()
            whole.replace(0..<at, outputCount: normalized.unicodeScalars.count)
            return whole.build(sourceLength: at)
        }
        return builder.build(sourceLength: at)
    }
}
