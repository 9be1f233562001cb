import Copydesk

/// Removes HTML markup and decodes character references.
enum HTMLText {
    /// Tags removed; `script` and `style` bodies dropped; block elements
    /// (`p`, `br`, `div`, headings, list items) become line breaks so that
    /// paragraphs survive; entities decoded. `map` records where each output
    /// scalar came from.
    ///
    /// Works on the UTF-8 bytes, counting scalars for the map as it goes: an
    /// array of the scalars would take 4 bytes for each, 40 MB on a 10 MB
    /// document. `<`, `>`, `&` and `;` are ASCII, so they are never part of
    /// a longer scalar.
    static func strip(_ html: String, map: inout SourceMap.Builder) -> String {
        var html = html
        return html.withUTF8 { bytes in
            // No rewrite lengthens the text: a tag is longer than its break, an entity than its scalar.
            UTF8Sink.string(capacity: bytes.count) { out in strip(bytes, into: &out, map: &map) }
        }
    }

    private static func strip(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout UTF8Sink, map: inout SourceMap.Builder) {
        // `b` is the byte position, `i` the scalar position of the same place.
        var b = 0, i = 0
        var skipUntil: String? = nil
        // No ">" after some position: a search for one is never made again, so
        // that text with many "<" and no ">" is not scanned quadratically.
        var noClose = false
        func close(after b: Int) -> Int? {
            guard !noClose else { return nil }
            var k = b + 1
            while k < bytes.count, bytes[k] != UInt8(ascii: ">") { k += 1 }
            if k == bytes.count { noClose = true; return nil }
            return k
        }
        while b < bytes.count {
            let c = bytes[b]
            let length = scalarLength(c)
            if c == UInt8(ascii: "<"), b + 1 < bytes.count, opensTag(bytes, at: b + 1), let close = close(after: b) {
                let inner = String(decoding: UnsafeBufferPointer(rebasing: bytes[(b + 1)..<close]), as: UTF8.self).lowercased()
                let name = String(inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                let closeScalar = i + scalars(bytes, b..<close)
                if let end = skipUntil {
                    if inner.hasPrefix("/") && name == end { skipUntil = nil }
                } else if !inner.hasPrefix("/") && (name == "script" || name == "style") {
                    skipUntil = name
                } else if ["p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article"].contains(name) {
                    out.append(name == "br" ? "\n" : "\n\n")
                    map.replace(i..<(closeScalar + 1), outputCount: name == "br" ? 1 : 2)
                }
                b = close + 1
                i = closeScalar + 1
                continue
            }
            if skipUntil != nil { b += length; i += 1; continue }
            if c == UInt8(ascii: "&"), let (decoded, byteLength, scalarLength) = entity(bytes, at: b) {
                out.append(decoded)
                map.replace(i..<(i + scalarLength), outputCount: decoded.unicodeScalars.count)
                b += byteLength
                i += scalarLength
                continue
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[b..<min(b + length, bytes.count)]))
            map.copy(i)
            b += length
            i += 1
        }
    }

    /// The byte length of the scalar a UTF-8 lead byte starts.
    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    /// Scalars in a range of UTF-8 bytes: the bytes that are no continuation byte.
    static func scalars(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for k in range where bytes[k] & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Whether the scalar at byte `b` may follow a tag's "<": a letter, "/" or "!".
    static func opensTag(_ bytes: UnsafeBufferPointer<UInt8>, at b: Int) -> Bool {
        let c = bytes[b]
        if c == UInt8(ascii: "/") || c == UInt8(ascii: "!") { return true }
        if c < 0x80 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
        let end = min(b + scalarLength(c), bytes.count)
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[b..<end]), as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic
    }

    /// The character reference at byte `b`: its text and its length in bytes and in scalars.
    /// The ";" is looked for among the 12 scalars from the "&" on.
    static func entity(_ bytes: UnsafeBufferPointer<UInt8>, at b: Int) -> (String, Int, Int)? {
        var k = b, seen = 0
        while k < bytes.count, seen < 12, bytes[k] != UInt8(ascii: ";") {
            k += scalarLength(bytes[k])
            seen += 1
        }
        guard k < bytes.count, seen < 12, bytes[k] == UInt8(ascii: ";") else { return nil }
        let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[(b + 1)..<k]), as: UTF8.self)
        let length = (k + 1 - b, seen + 1)
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (String(scalar), length.0, length.1)
        }
        guard let named = named[body] else { return nil }
        return (named, length.0, length.1)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–", "mdash": "—",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "hellip": "…", "pound": "£", "euro": "€", "yen": "¥",
        "cent": "¢", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "eacute": "é", "egrave": "è", "agrave": "à",
        "aacute": "á", "uuml": "ü", "ouml": "ö", "auml": "ä", "ccedil": "ç", "ntilde": "ñ", "szlig": "ß", "times": "×",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "middot": "·", "bull": "•", "laquo": "«", "raquo": "»", "shy": "",
    ]
}
