import Copydesk

/// Removes HTML markup and decodes character references.
enum HTMLText {
    /// Tags removed; `script` and `style` bodies dropped; block elements
    /// (`p`, `br`, `div`, headings, list items) become line breaks so that
    /// paragraphs survive; entities decoded. `map` records where each output
    /// scalar came from.
    static func strip(_ html: String, map: inout SourceMap.Builder) -> String {
        var out = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var i = 0
        var skipUntil: String? = nil
        // The next ">" at or after a position, found once and reused until
        // passed: searching afresh at every "<" is quadratic on text with
        // many "<" and no ">".
        var nextClose = -1
        func close(after i: Int) -> Int? {
            if nextClose != scalars.count && nextClose <= i {
                nextClose = scalars[(i + 1)...].firstIndex(of: ">") ?? scalars.count
            }
            return nextClose < scalars.count ? nextClose : nil
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "<", i + 1 < scalars.count,
               scalars[i + 1].properties.isAlphabetic || scalars[i + 1] == "/" || scalars[i + 1] == "!",
               let close = close(after: i) {
                let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<close])).lowercased()
                let name = String(inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                if let end = skipUntil {
                    if inner.hasPrefix("/") && name == end { skipUntil = nil }
                } else if !inner.hasPrefix("/") && (name == "script" || name == "style") {
                    skipUntil = name
                } else if ["p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article"].contains(name) {
                    out.append(contentsOf: (name == "br" ? "\n" : "\n\n").unicodeScalars)
                    map.replace(i..<(close + 1), outputCount: name == "br" ? 1 : 2)
                }
                i = close + 1
                continue
            }
            if skipUntil != nil { i += 1; continue }
            if c == "&", let (decoded, length) = entity(scalars, at: i) {
                out.append(contentsOf: decoded.unicodeScalars)
                map.replace(i..<(i + length), outputCount: decoded.unicodeScalars.count)
                i += length
                continue
            }
            out.append(c)
            map.copy(i)
            i += 1
        }
        return String(out)
    }

    /// The character reference at `i`: its text and length in scalars.
    static func entity(_ s: [Unicode.Scalar], at i: Int) -> (String, Int)? {
        guard let semi = s[i..<min(s.count, i + 12)].firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(s[(i + 1)..<semi]))
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(scalar), semi - i + 1)
        }
        guard let named = named[body] else { return nil }
        return (named, semi - i + 1)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "pound": "£", "euro": "€", "yen": "¥",
        "cent": "¢", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "eacute": "é", "egrave": "è", "agrave": "à",
        "aacute": "á", "uuml": "ü", "ouml": "ö", "auml": "ä", "ccedil": "ç", "ntilde": "ñ", "szlig": "ß", "times": "×",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "middot": "·", "bull": "•", "laquo": "«", "raquo": "»", "shy": "",
    ]
}
