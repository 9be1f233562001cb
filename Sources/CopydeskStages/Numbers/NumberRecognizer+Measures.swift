import Copydesk
import Foundation

/// Money, quantities, ages and compounds: a number and what it counts.
extension NumberRecognizer {
    /// "convert 10 celsius to fahrenheit": a temperature scale named without an
    /// amount is a quantity with its unit and no value.
    func scaleName(at i: Int) -> (NumberExpression?, Int)? {
        var j = i
        if lower[j] == "degrees" || lower[j] == "degree" { j += 1 }
        guard let w = word(j), w == "celsius" || w == "fahrenheit" || w == "kelvin", let unit = tables.units[[w]] else { return nil }
        // "Kelvin MacKenzie", "Fahrenheit 9/11": a capital alone makes a name.
        if j == i, tokens[j].firstIsUpper { return nil }
        var a = expression(i, j + 1, .quantity)
        a.unit = unit.symbol
        return (a, j + 1)
    }

    /// "last", "penultimate", "next to last", "the one before the last": an
    /// ordinal counted from the end or from the current item.
    func relativeOrdinal(at i: Int) -> (NumberExpression?, Int)? {
        func phrase(_ words: [String], at k: Int) -> Bool {
            k + words.count <= tokens.count && words.indices.allSatisfy { lower[k + $0] == words[$0] }
        }
        func make(_ end: Int, _ relative: String, from start: Int? = nil) -> (NumberExpression?, Int) {
            var a = expression(start ?? i, end, .ordinal)
            a.relative = relative
            return (a, end)
        }
        // One switch on the first word before any phrase is spelled out.
        switch lower[i] {
        case "the", "next", "second", "last", "penultimate", "antepenultimate", "previous", "current": break
        default: return nil
        }
        if phrase(["the", "one", "before", "the", "last"], at: i) {
            return make(phrase(["one"], at: i + 5) ? i + 6 : i + 5, "end-1")
        }
        if phrase(["the", "second", "to", "last"], at: i) { return make(i + 4, "end-1") }
        if phrase(["next", "to", "last"], at: i) || phrase(["second", "to", "last"], at: i) { return make(i + 3, "end-1") }
        if phrase(["last", "but", "one"], at: i) { return make(i + 3, "end-1") }
        switch lower[i] {
        case "penultimate": return make(i + 1, "end-1")
        case "antepenultimate": return make(i + 1, "end-2")
        case "last": return make(i + 1, "end+0")
        case "previous": return make(i + 1, "current-1")
        case "current": return make(i + 1, "current+0")
        case "next": return make(phrase(["one"], at: i + 1) ? i + 2 : i + 1, "current+1")
        default: return nil
        }
    }

    /// "50 cents" or "and 50" after a whole amount of money: the amount in units.
    func subunit(after j: Int, unit: String?) -> (Double, Int)? {
        var k = j
        if k < tokens.count, lower[k] == "and" { k += 1 }
        guard k < tokens.count, let n = value(at: k), !n.ordinal, n.value < 100, n.value == n.value.rounded() else { return nil }
        if let (c, end) = tables.currencyWordIndex.longest(in: text, from: n.end, limit: tables.longestPhrase), c.factor == 0.01, c.code == unit { return (n.value / 100, end) }
        // A bare number right after "dollars" reads as cents only at the end of the phrase.
        let next = n.end < tokens.count ? lower[n.end] : "."
        if tables.currencyWords[[next]] == nil, next == "." || next == "," || !(tokens[n.end].kind == .word) { return (n.value / 100, n.end) }
        return nil
    }

    static let brackets: [String: String] = ["(": ")", "[": "]", "{": "}", "<": ">"]

    /// "2 in", "2in" or "and 2 inches" after a length in feet.
    func inches(after j: Int) -> (Double, Int)? {
        var k = j
        if k < tokens.count, lower[k] == "and" { k += 1 }
        // "2in" glued.
        if k < tokens.count, lower[k].hasSuffix("in"), let v = Self.digits(lower[k].dropLast(2)), v < 12 { return (v, k + 1) }
        guard k + 1 < tokens.count, tokens[k].kind == .number, let v = Self.digits(lower[k]), v < 12,
              ["in", "inch", "inches"].contains(lower[k + 1]) else { return nil }
        return (v, k + 2)
    }

    /// "29 years old", "ten months old", "6 weeks of age", "87 yo": an age.
    func age(at i: Int, _ n: Value) -> (NumberExpression?, Int)? {
        guard n.end < tokens.count, !n.ordinal else { return nil }
        let units = tables.words.ageUnits
        if lower[n.end] == "yo" {
            var a = expression(i, n.end + 1, .quantity)
            a.value = .number(n.value); a.unit = "Year"
            return (a, n.end + 1)
        }
        guard let unit = units[lower[n.end]] else { return nil }
        let end: Int
        if word(n.end + 1) == "old" { end = n.end + 2 }
        else if word(n.end + 1) == "of", word(n.end + 2) == "age" { end = n.end + 3 }
        else { return nil }
        var a = expression(i, end, .quantity)
        a.value = .number(n.value)
        a.unit = unit
        return (a, end)
    }

    /// One token joining a number and a unit: "six-year-old", "3-inch",
    /// "2.5-mile", "12-cent", "75ml", "115USD", "USD115", "1.8m".
    func compound(at i: Int) -> (NumberExpression?, Int)? {
        // "-21C", "−3.5km": a sign before the compound;
        // "minus 20C": the sign in a word.
        if tokens[i].kind == .punctuation ? (lower[i] == "-" || lower[i] == "−") && signStands(at: i) && adjacent(i + 1)
            : lower[i] == "minus" || lower[i] == "negative", i + 1 < tokens.count, tokens[i + 1].hasDigit, let (inner, end) = compound(at: i + 1), let found = inner, found.kind == .quantity,
           case .number(let v)? = found.value {
            var a = expression(i, end, .quantity)
            a.value = NumberAnnotation.Value.number(-v)
            a.unit = found.unit
            return (a, end)
        }
        let t = tokens[i]
        guard t.kind == .word, t.hasDigit || temporal.can(i, .hyphenated) else { return nil }
        let w = lower[i]
        let parts = w.split(separator: "-").map(String.init)
        func number(_ s: String) -> Double? {
            Self.digits(s) ?? tables.numberWords[s].flatMap { $0.type == .unit || $0.type == .ten ? $0.value : nil }
        }
        func make(_ kind: NumberKind, _ value: Double, _ unit: String) -> (NumberExpression?, Int) {
            // "10m²": a power mark on a length glued to it.
            if kind == .quantity, let power = word(i + 1).flatMap({ tables.words.powerMarks.contains($0) ? $0 : nil }), adjacent(i + 1), tables.units[[unit]]?.dimension == "length" {
                var a = expression(i, i + 2, kind)
                a.value = .number(value)
                a.unit = unit + power
                return (a, i + 2)
            }
            // "10km/hr": a rate written against the unit.
            let per = kind == .quantity && word(i + 1) == "/" && adjacent(i + 1) && adjacent(i + 2) ? word(i + 2).flatMap { tables.words.perUnits[$0] } : nil
            let end = per == nil ? i + 1 : i + 3
            var a = expression(i, end, kind)
            a.value = .number(value)
            a.unit = per.map { unit + "/" + $0 } ?? unit
            return (a, end)
        }
        if parts.count == 3, parts[2] == "old", let v = number(parts[0]) {
            if let unit = tables.words.ageUnits[parts[1]] { return make(.quantity, v, unit) }
        }
        // "a 12-cent-a-share dividend", "a 5-mile-long queue": an amount and its unit lead a longer compound.
        if parts.count > 2, let v = number(parts[0]) {
            let found: (NumberKind, Double, String)?
            if let c = tables.currencyWords[[parts[1]]], !c.capitals { found = (.money, v * c.factor, c.code) }
            else if let u = tables.units[[parts[1]]], parts[1].utf8.count > 1 { found = (.quantity, v, u.symbol) }
            else { found = nil }
            if let (kind, value, unit) = found {
                let length = parts[0].unicodeScalars.count + 1 + parts[1].unicodeScalars.count
                let head = String(String.UnicodeScalarView(text.string(t).unicodeScalars.prefix(length)))
                var a = NumberExpression(inside: i, of: tokens, start: t.start, end: t.start + length, text: head, kind: kind, value: .number(value))
                a.unit = unit
                return (a, i + 1)
            }
        }
        // "a 3-percent rise", "a 5-per-cent cut": the percent word joined by a hyphen.
        if let v = number(parts[0]), parts.count == 2 && tables.words.percent.contains(parts[1]) || parts.count == 3 && parts[1] == "per" && parts[2] == "cent" {
            var a = expression(i, i + 1, .percent)
            a.value = .number(v)
            return (a, i + 1)
        }
        if parts.count == 2, let v = number(parts[0]) {
            if let (d, plural) = denominator(parts[1]), plural == (v != 1) {
                var a = expression(i, i + 1, .cardinal)
                a.value = .number(v / d)
                return (a, i + 1)
            }
            if let c = tables.currencyWords[[parts[1]]], !c.capitals { return make(.money, v * c.factor, c.code) }
            if let u = tables.units[[parts[1]]], parts[1].utf8.count > 1 { return make(.quantity, v, u.symbol) }
        }
        guard parts.count == 1, t.hasDigit else { return nil }
        // Digits glued to letters, either side.
        let head = w.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        if !head.isEmpty, let v = Self.digits(head) {
            let rest = String(w.dropFirst(head.count))
            if let c = tables.currencyWords[[rest]], !c.capitals { return make(.money, v * c.factor, c.code) }
            if let c = tables.currencySymbols[rest], rest.utf8.count == 3, !c.capitals || Self.isUpper(text.string(t).suffix(3)) { return make(.money, v, c.code) }
            if rest == "m" {
                // "1.8m tall" is a length; "5m people" is five million.
                let next = i + 1 < tokens.count ? tokens[i + 1] : nil
                let measured = next.map { $0.kind != .word || tables.words.afterLengths.contains(lower[i + 1]) } ?? true
                // A capital "M" is a million: "I can give you 10M."
                return measured && !countsMillions(before: i) && !text.string(t).hasSuffix("M") ? make(.quantity, v, "m") : nil
            }
            // "11c" and "13F" are cents and filings more often than temperatures; "3G" is a mobile network, not grams.
            if rest == "g", text.string(t).hasSuffix("G") { return nil }
            // A capital "C" is Celsius ("-21C", "15.4C"); a small one is cents.
            if rest == "c", text.string(t).hasSuffix("C"), let u = tables.units[["°c"]] { return make(.quantity, v, u.symbol) }
            // "35C (95F)", "95F (35C)", "35C/95F": a capital "F" beside a Celsius temperature is its conversion.
            if rest == "f", text.string(t).hasSuffix("F"), besideCelsius(i), let u = tables.units[["°f"]] { return make(.quantity, v, u.symbol) }
            if tables.multipliers[rest] == nil, rest != "c", rest != "f", let u = tables.units[[rest]] { return make(.quantity, v, u.symbol) }
            // "52pc", "3.5pct": a percent word glued to the number.
            if tables.words.percent.contains(rest) {
                var a = expression(i, i + 1, .percent)
                a.value = .number(v)
                return (a, i + 1)
            }
            // "42in", "15st"; "21st" is an ordinal.
            if let surface = tables.words.gluedUnits[rest], rest != Self.ordinalSuffix(head), let u = tables.units[[surface]] { return make(.quantity, v, u.symbol) }
            return nil
        }
        let letters = w.prefix { !$0.isNumber }
        if let c = tables.currencySymbols[String(letters)], letters.utf8.count == 3, !c.capitals || Self.isUpper(text.string(t).prefix(3)) {
            // "EUR66.9 billion", "EUR8.9m": the decimals (a token of their own after the stop), a glued
            // scale letter and a scale word.
            var amount = String(w.dropFirst(letters.count)), end = i + 1
            if end + 1 < tokens.count, lower[end] == ".", adjacent(end), adjacent(end + 1), tokens[end + 1].hasDigit,
               lower[end + 1].first?.isNumber == true {
                amount += "." + lower[end + 1]
                end += 2
            }
            guard var v = Self.digits(amount) ?? gluedNumber(amount).flatMap({ $0.1 ? nil : $0.0 }) else { return nil }
            if end < tokens.count, let m = tables.multipliers[lower[end]], m >= 1000, lower[end].utf8.count > 1 {
                v *= m
                end += 1
            }
            if end == i + 1 { return make(.money, v, c.code) }
            var a = expression(i, end, .money)
            a.value = .number(v)
            a.unit = c.code
            return (a, end)
        }
        return nil
    }

    /// Whether every letter of `s` is a capital: an ISO code glued to digits ("115USD").
    static func isUpper(_ s: Substring) -> Bool { s.allSatisfy { !$0.isLetter || $0.isUppercase } }

    /// What follows a number: `%`, a currency word or a unit.
    func suffix(after j: Int) -> (NumberKind, String?, Int, Double)? {
        if j < tokens.count {
            // "%25" glued to what follows is URL encoding, not a percent sign.
            if lower[j] == "%", j + 1 < tokens.count, adjacent(j + 1), tokens[j + 1].kind != .punctuation { return nil }
            if tables.words.percent.contains(lower[j]) { return (.percent, nil, j + 1, 1) }
            // "10 $", "100₾": a symbol after the amount.
            if tokens[j].kind == .punctuation, let c = tables.currencySymbols[lower[j]] { return (.money, c.code, j + 1, c.factor) }
            if lower[j] == "per", word(j + 1) == "cent" { return (.percent, nil, j + 2, 1) }
            // "half a percent", "a quarter of a percentage point": a fraction of one per cent.
            let a = lower[j] == "a" ? j + 1 : lower[j] == "of" && word(j + 1) == "a" ? j + 2 : nil
            if let a, a < tokens.count {
                if tables.words.percent.contains(lower[a]), lower[a] != "%" { return (.percent, nil, a + 1, 1) }
                if lower[a] == "per", word(a + 1) == "cent" { return (.percent, nil, a + 2, 1) }
                if lower[a] == "percentage", word(a + 1) == "point" { return (.percent, nil, a + 2, 1) }
            }
            if lower[j] == "percentage", word(j + 1) == "points" || word(j + 1) == "point" { return (.percent, nil, j + 2, 1) }
        }
        if let (c, end) = tables.currencyWordIndex.longest(in: text, from: j, limit: tables.longestPhrase), !c.capitals || tokens[j].isAllCaps {
            // "p" for pence only when written against the number ("20p"); pounds of weight where the sentence weighs.
            if (lower[j] == "pound" || lower[j] == "pounds") && end == j + 1 && weighs(around: j) { return (.quantity, "lb", end, 1) }
            // "50 Cent's album", "the 12 Euro zone countries": a capitalised currency word in the singular
            // after a number above one names something ("885,000 Euros" is money).
            if end == j + 1, tokens[j].isCapitalized, !tokens[j].isAllCaps, !lower[j].hasSuffix("s"), temporal.capitalisedInsideSentence(j),
               tokens[j - 1].kind == .number, lower[j - 1] != "1" { return nil }
            if !(lower[j] == "p" && tokens[j].spaceBefore) { return (.money, c.code, end, c.factor) }
        }
        // "20 (kg)": a unit in brackets.
        if j + 2 < tokens.count, let closer = Self.brackets[lower[j]], let (u, end) = tables.unitIndex.longest(in: text, from: j + 1, limit: tables.longestPhrase),
           end < tokens.count, lower[end] == closer {
            return (.quantity, u.symbol, end + 1, 1)
        }
        if let (u, end) = tables.unitIndex.longest(in: text, from: j, limit: tables.longestPhrase) {
            let single = end == j + 1 && lower[j].utf8.count == 1
            // One-letter units ("m", "c", "g") only when written against the number: "5m" is ambiguous enough.
            if u.symbol == "°" && word(end) == "angle" { return nil }
            if !single || (adjacent(j) && lower[j] != "m") {
                // "100 mb" is megabits, "100 MB" megabytes: a lower-case b is a bit.
                if u.dimension == "information", end == j + 1, text.string(tokens[j]).hasSuffix("b"), lower[j].utf8.count == 2 {
                    return (.quantity, (u.symbol == "KB" ? "k" : String(u.symbol.prefix(1))) + "b", end, 1)
                }
                // "50 deg.": the stop of an abbreviation belongs to it.
                if end == j + 1, tables.words.abbreviatedUnits.contains(lower[j]), end < tokens.count, lower[end] == ".", adjacent(end),
                   end + 1 == tokens.count || tokens[end + 1].spaceBefore {
                    return (.quantity, u.symbol, end + 1, 1)
                }
                return (.quantity, u.symbol, end, 1)
            }
        }
        return nil
    }

    /// Whether a word of weight stands within eight tokens of `j` in its sentence: "the baby is over two pounds".
    func weighs(around j: Int) -> Bool {
        for k in max(0, j - 8)..<min(tokens.count, j + 8) where tables.words.weightWords.contains(lower[k]) { return true }
        return false
    }

    func money(at i: Int) -> (NumberExpression, Int)? {
        var j = i
        var currency: NumberTables.Currency? = nil
        // "US$", "HK$", "A$": a word glued to a symbol.
        // Every two-token symbol ends in "$" ("US$", "us $", "hk $").
        // Symbols are punctuation and codes three letters: most tokens are neither and skip the look-ups.
        guard tokens[i].kind == .punctuation || (tokens[i].kind == .word && !tokens[i].hasDigit) else { return nil }
        if i + 1 < tokens.count, lower[i + 1] == "$", tokens[i].kind == .word,
           let c = tables.currencySymbols[lower[i] + (adjacent(i + 1) ? "$" : " $")] ?? tables.currencySymbols[lower[i] + " $"] {
            // "US$", "HK$" glued, or spaced as "us $" in the Penn Treebank style.
            currency = c; j = i + 2
        } else if let c = tables.currencySymbols[lower[i]], !c.capitals || tokens[i].isAllCaps {
            currency = c; j = i + 1
        }
        guard let currency, j < tokens.count, let n = value(at: j), !n.ordinal else { return nil }
        var a = expression(i, n.end, .money)
        a.value = .number(n.value * currency.factor)
        a.unit = currency.code
        return (a, n.end)
    }
}

extension NumberRecognizer {
    /// Whether token `i` has a glued Celsius temperature ("35C") beside it, across a bracket or a slash.
    func besideCelsius(_ i: Int) -> Bool {
        func celsius(_ k: Int) -> Bool {
            guard k >= 0, k < tokens.count, tokens[k].kind == .word, tokens[k].hasDigit else { return false }
            let w = text.string(tokens[k])
            return w.hasSuffix("C") && w.dropLast().allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") } && w.count > 1
        }
        func mark(_ k: Int) -> Bool { k >= 0 && k < tokens.count && ["(", ")", "/"].contains(lower[k]) }
        func sign(_ k: Int) -> Bool { k >= 0 && k < tokens.count && (lower[k] == "-" || lower[k] == "−") }
        // A minus sign may stand between: "-21C (-6F)", "-6F (-21C)".
        let before = sign(i - 1) ? i - 2 : i - 1
        return (mark(before) && celsius(before - 1)) || (mark(i + 1) && (celsius(i + 2) || (sign(i + 2) && celsius(i + 3))))
    }
}
