/// Fractions written in words where the numerator and the denominator are
/// both numbers of several words: "twenty twenty fifths" (20/25), "one
/// hundred thirty-fifths" (100/35), "one one hundred and fifth" (1/105),
/// "two and fifty-four hundredths" (2.54), "twenty and three and three
/// fifths" (23.6). Simple ones ("three fifths", "three and a half") are read
/// by `NumberRecognizer.fraction(after:)`; this reader settles the split
/// between numerator and denominator, which the words alone leave open.
extension NumberRecognizer {
    /// One number word of a written fraction; a hyphenated pair of a ten and
    /// a unit ("thirty-fifths", "fifty-four") is one atom.
    struct FractionAtom {
        enum Kind { case unit, ten, compound, scale, and, article }
        var kind: Kind
        var value: Double
    }

    /// The written fraction starting at token `i`, if the number words there
    /// end in a denominator and can be split into a numerator and it.
    func writtenFraction(at i: Int) -> Value? {
        func numberWord(_ k: Int) -> Bool { temporal.can(k, .numberWord) || temporal.can(k, .hyphenated) }
        guard numberWord(i) || ((lower[i] == "a" || lower[i] == "an") && numberWord(i + 1)) else { return nil }
        var atoms: [FractionAtom] = []
        var k = i
        var denominator: (value: Double, plural: Bool, compound: Bool)?
        scan: while k < tokens.count {
            let w = lower[k]
            if w == "and" || w == "-" {
                // "and" between number words; a spaced hyphen only between a ten and a unit ("ninety - five").
                guard !atoms.isEmpty, k + 1 < tokens.count else { break }
                if w == "-" {
                    guard atoms.last?.kind == .ten, !tokens[k].spaceBefore || tokens[k + 1].spaceBefore,
                          let (u, type) = tables.numberWords[lower[k + 1]], type == .unit, u > 0, u < 10 else { break }
                    atoms[atoms.count - 1] = FractionAtom(kind: .compound, value: atoms[atoms.count - 1].value + u)
                    k += 2
                    continue
                }
                atoms.append(FractionAtom(kind: .and, value: 0))
                k += 1
                continue
            }
            if (w == "a" || w == "an") && (atoms.isEmpty || atoms.last?.kind == .and) {
                atoms.append(FractionAtom(kind: .article, value: 1))
                k += 1
                continue
            }
            // A word outside the number words ends the scan, unless it is a plural denominator
            // after two number words at least ("twenty one fifths"): one look-up rules most out.
            let words = atoms.count(where: { $0.kind != .and })
            guard numberWord(k) || words >= 2 else { return nil }
            // The denominator ends the fraction: "fifths", "thirty-fifths", "hundredths".
            if words >= 1, let (d, plural) = self.denominator(w), w != "half", w != "halves" {
                denominator = (d, plural, w.utf8.contains(UInt8(ascii: "-")))
                k += 1
                break
            }
            let parts = w.utf8.contains(UInt8(ascii: "-")) ? w.split(separator: "-").map(String.init) : [w]
            var pending: [FractionAtom] = []
            for (n, part) in parts.enumerated() {
                // "hundred-fifths": a hyphen after a scale does not bind it to the ordinal.
                if n == parts.count - 1, n > 0, let (d, plural) = self.denominator(part) {
                    atoms += pending
                    denominator = (d, plural, false)
                    k += 1
                    break scan
                }
                guard let (v, type) = tables.numberWords[part] else { return nil }
                switch type {
                case .unit:
                    if n > 0, pending.last?.kind == .ten, v > 0 { pending[pending.count - 1] = FractionAtom(kind: .compound, value: pending[pending.count - 1].value + v) }
                    else { pending.append(FractionAtom(kind: .unit, value: v)) }
                case .ten: pending.append(FractionAtom(kind: .ten, value: v))
                case .scale where v >= 100: pending.append(FractionAtom(kind: .scale, value: v))
                default: return nil
                }
            }
            atoms += pending
            k += 1
        }
        // Worth the work only for what `fraction(after:)` cannot read: two
        // number atoms or more before the denominator.
        guard let denominator, atoms.filter({ $0.kind != .and }).count >= 2, atoms.last?.kind != .and || atoms.count > 1 else { return nil }

        // Denominators from the longest to the shortest: "one hundred and
        // fifth" (105th), "twenty fifths" (25ths), "fifths".
        var candidates: [(value: Double, atoms: Int)] = []
        var d = denominator.value, taken = 0
        if !denominator.compound, d < 10, let last = atoms.last, last.kind == .ten {
            d += last.value
            taken = 1
            candidates.append((d, taken))
        }
        var before = atoms.count - taken - 1
        if before >= 0, atoms[before].kind == .and { before -= 1 }
        if before >= 0, atoms[before].kind == .scale, atoms[before].value > d {
            let scale = atoms[before].value
            if before >= 1, [.unit, .ten, .compound, .article].contains(atoms[before - 1].kind) {
                candidates.append((atoms[before - 1].value * scale + d, atoms.count - before + 1))
            } else {
                candidates.append((scale + d, atoms.count - before))
            }
        }
        candidates.sort { $0.atoms > $1.atoms }
        candidates.append((denominator.value, 0))
        for (value, count) in candidates {
            let numerator = Array(atoms.dropLast(count))
            guard let (whole, parts, scale) = mixedNumber(numerator) else { continue }
            // "twenty and three fifths" is 20 + 3/5; "one hundred and thirty fifths" is 130/5.
            let mixed = whole > 0 && parts < value
            // "one fifth", "three fifths": the plural follows the numerator.
            guard ((mixed ? parts : whole + parts) == 1) != denominator.plural else { continue }
            guard mixed else { return Value(value: (whole + parts) / value, end: k, words: true) }
            // "one billion and three quarters million": the fraction is of the scale after it;
            // "two million and three fifths": of the scale before it.
            if k < tokens.count, let m = tables.multipliers[lower[k]], m >= 1000, m < scale {
                return Value(value: whole + parts / value * m, end: k + 1, words: true)
            }
            return Value(value: whole + parts / value * scale, end: k, words: true)
        }
        return nil
    }

    /// A numerator, possibly mixed: "twenty and three and three" → (23, 3),
    /// "one hundred and thirty" → (100, 30), "twenty one" → (0, 21).
    /// The third figure is the scale a fraction after the whole part counts
    /// in: 1e6 after "two million and", 1 after "twenty and".
    private func mixedNumber(_ atoms: [FractionAtom]) -> (Double, Double, Double)? {
        guard !atoms.isEmpty, atoms.last?.kind != .and, atoms.first?.kind != .and else { return nil }
        guard let split = atoms.lastIndex(where: { $0.kind == .and }) else { return cardinal(atoms[...]).map { (0, $0, 1) } }
        guard let parts = cardinal(atoms[(split + 1)...]) else { return nil }
        var whole = 0.0
        for group in atoms[..<split].split(whereSeparator: { $0.kind == .and }) {
            guard let v = cardinal(group) else { return nil }
            whole += v
        }
        let last = atoms[split - 1]
        return (whole, parts, last.kind == .scale && last.value >= 1000 ? last.value : 1)
    }

    /// A cardinal of number atoms in a legal order ("one hundred one
    /// thousand", "ninety-five hundred"), nil for "twenty twenty" or "one one".
    private func cardinal(_ atoms: ArraySlice<FractionAtom>) -> Double? {
        guard !atoms.isEmpty else { return nil }
        var total = 0.0, current = 0.0
        var previous: FractionAtom.Kind?
        for atom in atoms {
            switch atom.kind {
            case .unit:
                if previous == .unit || previous == .compound || previous == .article { return nil }
                current += atom.value
            case .ten, .compound:
                if previous == .unit || previous == .ten || previous == .compound || previous == .article { return nil }
                current += atom.value
            case .article:
                if previous != nil { return nil }
                current = 1
            case .scale:
                if atom.value == 100 { current = max(current, 1) * 100 } else { total += max(current, 1) * atom.value; current = 0 }
            case .and:
                return nil
            }
            previous = atom.kind
        }
        return total + current
    }
}
