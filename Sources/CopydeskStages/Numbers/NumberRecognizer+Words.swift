import Copydesk
import Foundation

/// Numbers written in words, and numbers that name rather than count.
extension NumberRecognizer {
    /// "one hundred and twenty-three", "a dozen", "twenty-first", "half".
    func wordNumber(at i: Int, afterScale: Bool = false) -> Value? {
        var total = 0.0, current = 0.0
        /// `current` at its last "hundred": "dozens" in "three hundred and two dozens" counts only the two.
        var hundreds = 0.0
        var lastScale = 1.0
        var j = i
        var last: NumberTables.WordType? = nil
        var consumed = false
        var ordinal = false
        if lower[i] == "a" || lower[i] == "an" {
            // "a dozen", "a third": a number word must follow (one array read rules most out).
            guard i + 1 < tokens.count, temporal.can(i + 1, .numberWord) || temporal.can(i + 1, .hyphenated)
                    || lower[i + 1] == "quarter" else { return nil }
            if let (d, plural) = denominator(lower[i + 1]), !plural {
                // "a third of the shares", "by a fifth in", "a third more", "nearly a fifth" are fractions;
                // before a noun ("a third quarter", "a sixth straight session") it is an ordinal.
                let next = word(i + 2) ?? ""
                guard lower[i + 1] == "half" || lower[i + 1] == "quarter" || ["more", "less", "fewer"].contains(next)
                        || tables.words.approximators.contains(word(i - 1) ?? "") || !temporal.endsInNoun(i + 2) else { return nil }
                return Value(value: 1 / d, end: i + 2, words: true)
            }
            guard let next = tables.numberWords[lower[i + 1]], next.type == .scale || (next.type == .fraction && next.value == 0.5) else { return nil }
            current = 1
            j = i + 1
        }
        // Fast exit: a word that is no number word (nor starts with one) cannot begin a number.
        if j == i, !temporal.can(i, .numberWord),
           !temporal.can(i, .hyphenated) || tables.numberWords[String(lower[i].prefix { $0 != "-" })] == nil {
            return nil
        }
        wordLoop: while j < tokens.count {
            let word = lower[j]
            let parts = word.utf8.contains(UInt8(ascii: "-")) ? word.split(separator: "-").map(String.init) : [word]
            var k = 0
            for part in parts {
                guard let (v, type) = tables.numberWords[part] else {
                    if consumed { break wordLoop }
                    return nil
                }
                switch type {
                case .unit:
                    if last == .unit { break wordLoop }
                    current += v
                case .ten:
                    if last == .unit || last == .ten { break wordLoop }
                    current += v
                case .scale:
                    // A scale word alone is a number only when singular and of a hundred or more:
                    // "thousand" is, "dozens of firms", "scores" and "Million Dollar Baby" are not.
                    if j == i, v < 100 || part.hasSuffix("s") || temporal.capitalisedInsideSentence(i) { return nil }
                    if v < 100 { current = hundreds + max(current - hundreds, 1) * v }
                    else if v == 100 { current = max(current, 1) * 100; hundreds = current }
                    else if last == .scale && current == 0 && v > lastScale && total > 0 { total *= v }  // "three lakh crore"
                    else { total += max(current, 1) * v; current = 0; hundreds = 0 }
                    lastScale = v >= 1000 ? v : lastScale
                case .ordinal:
                    // "second" after a number is a unit of time, not an ordinal, but for the last word
                    // of a larger one ("three hundred twenty second", "six hundred and second").
                    if part == "second", consumed ? !(last == .ten && total + current >= 100 || last == .scale && lower[j - 1] == "and") : j > 0 && ["a", "per", "split"].contains(lower[j - 1]) { break wordLoop }
                    // "one eighth" is a fraction, left to `fraction(after:)`; "twenty-first" is an ordinal.
                    // "three hundred and thirteen thousandth" is one ordinal; "two millionth" is "two" and
                    // "millionth", as Recognizers-Text reads it: a scale ordinal composes after a scale only.
                    let scaled = afterScale || total > 0 || hundreds > 0
                    if last == .unit && k == 0 && v >= 3 && (v < 100 || !scaled) { break wordLoop }
                    if v >= 100 { current = max(current, 1) * v } else { current += v }
                    ordinal = true
                case .fraction:
                    // "half-time", "half-brother": a fraction leading a longer word is no number.
                    if k < parts.count - 1 { return nil }
                    if consumed && last != .fraction {
                        // "three quarters"
                        current *= v == 0.5 ? 0.5 : v
                    } else if !consumed {
                        // "half" alone; "quarters" alone is not a number.
                        guard part == "half" || current == 1 else { return nil }
                        current = v
                    }
                    ordinal = false
                    last = type
                    k += 1
                    consumed = true
                    j += 1
                    break wordLoop
                }
                last = type
                k += 1
            }
            consumed = true
            j += 1
            if ordinal { break }
            // "four thousand, two hundred": a comma between the groups of one number, when what
            // follows is below the scale before it ("a thousand, two thousand" is a list).
            if last == .scale, current == 0, lastScale >= 1000, j + 1 < tokens.count, lower[j] == ",",
               temporal.can(j + 1, .numberWord) || temporal.can(j + 1, .hyphenated),
               let rest = wordNumber(at: j + 1, afterScale: true), rest.value < lastScale, rest.lastScale < lastScale {
                return Value(value: total + rest.value, end: rest.end, ordinal: rest.ordinal, words: true, lastScale: lastScale)
            }
            // "and" inside "one hundred and five".
            if j + 1 < tokens.count, lower[j] == "and", last == .scale, let next = tables.numberWords[lower[j + 1].split(separator: "-").first.map(String.init) ?? ""],
               next.type == .unit || next.type == .ten || next.type == .ordinal,
               !(j + 2 < tokens.count && denominator(lower[j + 2]).map { $0.0 < 100 || $0.plural } == true) {
                j += 1
            }
        }
        guard consumed else { return nil }
        return Value(value: total + current, end: j, ordinal: ordinal, words: true, lastScale: lastScale)
    }

    /// "Shahed 136/131", "Windows 11", "Flight 370": a number that names a
    /// thing rather than counts it, right after a capitalised word that is
    /// not the first of its sentence.
    func isDesignator(at i: Int, _ n: Value) -> Bool {
        guard i > 0 else { return false }
        // "BBC One", "Radio Five Live", "RBS Six Nations", "League One": a capitalised number word after a name.
        if n.words { return tokens[i - 1].isCapitalized && temporal.capitalisedInsideSentence(i) }
        let prev = tokens[i - 1]
        guard prev.kind == .word, prev.firstIsUpper, tokens[i].newlinesBefore == 0 else { return false }
        let w = lower[i - 1]
        if TemporalRecognizer.months[w] != nil || TemporalRecognizer.weekdays[w] != nil { return false }
        if let c = tables.currencySymbols[w], !c.capitals || prev.isAllCaps { return false }
        // A capitalised function word opening a sentence ("In 2004", "About 300") is no name.
        let opensSentence = i - 1 == 0 || tokens[i - 1].newlinesBefore > 0 || [".", "!", "?", "\"", "“"].contains(lower[i - 2])
        return !(opensSentence && (Words.stopWords.contains(w) || SentenceSplitter.english.sentenceStarters.contains(w) || tables.numberWords[w] != nil
                                   || tables.words.approximators.contains(w) || tables.words.trailingRanges[w] != nil))
    }
}
