/// Word normalisation shared by the language stages: stop words and a light
/// suffix-stripping stemmer, both over lower-cased ASCII bytes.
public enum Words {
    /// English function words that carry no topic.
    public static let stopWords: Set<String> = Set("""
    a about above after again against all almost also although always am among an and another any are around as at
    back be became because become been before being below between both but by can could did do does doing done down
    during each either else even ever every few for from further get gets got had has have having he her here hers
    herself him himself his how however i if in into is it its itself just last least less like made make many may me
    might more most much must my myself neither never new no nor not now of off often on once one only or other our
    ours ourselves out over own per put rather said same say says she should since so some still such than that the
    their theirs them themselves then there these they this those though through thus to too under until up upon us
    very was we were what when where whether which while who whom whose why will with within without would yet you
    your yours yourself mr mrs ms told also year years people time
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// A light English stemmer (plural, -ing, -ed, -ly, -ies): enough to match
    /// "rates"/"rate", "rising"/"rise" for overlap measures.
    public static func stem(_ word: String) -> String {
        var w = Array(word.utf8)
        guard w.count > 3 else { return word }
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
        return String(decoding: w, as: UTF8.self)
    }
}
