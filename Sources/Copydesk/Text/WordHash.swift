/// The one word hash of Copydesk: 64-bit FNV-1a over UTF-8 bytes, ASCII
/// letters folded to lower case. Token look-ups in tables (number words,
/// units, gazetteers, features) hash the token's bytes in place with it, so
/// no `String` is built per token; tables hash their entries the same way.
public enum WordHash {
    public static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    /// One more byte, folded to lower case.
    @inline(__always) public static func step(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        let b = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return (h ^ UInt64(b)) &* prime
    }

    /// One more byte, exactly as it is.
    @inline(__always) public static func stepExact(_ h: UInt64, _ byte: UInt8) -> UInt64 {
        (h ^ UInt64(byte)) &* prime
    }

    /// The hash of `bytes[range]`, folded to lower case unless `exact`.
    @inline(__always) public static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, exact: Bool = false) -> UInt64 {
        var h = offset
        if exact {
            for i in range { h = stepExact(h, bytes[i]) }
        } else {
            for i in range { h = step(h, bytes[i]) }
        }
        return h
    }

    /// The hash of a word, folded to lower case: equal to the hash of a
    /// token with the same letters in any ASCII case.
    public static func hash(_ word: some StringProtocol) -> UInt64 {
        var h = offset
        for b in word.utf8 { h = step(h, b) }
        return h
    }

    /// The hash of a string's bytes exactly as they are.
    public static func exactHash(_ word: some StringProtocol) -> UInt64 {
        var h = offset
        for b in word.utf8 { h = stepExact(h, b) }
        return h
    }
}
