import Foundation

/// Whole-text questions clean asks of a string, answered on its UTF-8
/// storage in one tight loop (`memchr`, `memcmp`, a byte mask) instead of
/// through the generic `utf8` and `unicodeScalars` views, which step one
/// code unit at a time through an iterator.
enum UTF8Scan {
    /// Whether `byte` occurs in the text.
    static func contains(_ text: String, _ byte: UInt8) -> Bool {
        var text = text
        return text.withUTF8 { b in b.count > 0 && memchr(b.baseAddress!, Int32(byte), b.count) != nil }
    }

    /// Whether every byte is ASCII.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var any: UInt8 = 0
            for x in b { any |= x }
            return any < 0x80
        }
    }

    /// The same bytes: what `a.utf8.elementsEqual(b.utf8)` says.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    /// `text.unicodeScalars.count`: the bytes that start a scalar (a
    /// String's UTF-8 is always valid, so every other byte continues one).
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { b in
            var n = 0
            for x in b where x & 0xC0 != 0x80 { n += 1 }
            return n
        }
    }
}
