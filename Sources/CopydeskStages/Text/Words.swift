import Copydesk

/// Word normalisation shared by the language stages: stop words and a light
/// suffix-stripping stemmer, both over lower-cased ASCII bytes.
public enum Words {
    /// English function words that carry no topic, from the shared language data.
    public static let stopWords = LanguageData.bundledOrEmpty.stopWords

    /// `WordHash` of the stem of a token's bytes, lower-cased, using `scratch`
    /// as the working buffer: no `String` per word.
    public static func stemHash(_ token: Slice<UnsafeBufferPointer<UInt8>>, scratch: inout [UInt8]) -> UInt64 {
        scratch.removeAll(keepingCapacity: true)
        for b in token { scratch.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        stem(&scratch)
        var h = WordHash.offset
        for b in scratch { h = WordHash.stepExact(h, b) }
        return h
    }

    /// A light English stemmer (plural, -ing, -ed, -ly, -ies) over lower-case
    /// bytes, in place: enough to match "rates"/"rate", "rising"/"rise" for
    /// overlap measures.
    static func stem(_ w: inout [UInt8]) {
        guard w.count > 3 else { return }
        func ends(_ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard w.count > n + 1 else { return false }
            for i in 0..<n where w[w.count - n + i] != s.utf8Start[i] { return false }
            return true
        }
        if ends("ies") { w.removeLast(3); w.append(UInt8(ascii: "y")) }
        else if ends("sses") { w.removeLast(2) }
        else if ends("ss") || ends("us") || ends("is") { }
        else if ends("s") { w.removeLast() }
        if ends("ingly") { w.removeLast(5) }
        else if ends("edly") { w.removeLast(4) }
        else if ends("ing") && w.count > 5 { w.removeLast(3) }
        else if ends("ed") && w.count > 4 { w.removeLast(2) }
        else if ends("ly") && w.count > 4 { w.removeLast(2) }
        if ends("e") && w.count > 4 { w.removeLast() }
    }
}
