import Foundation

/// One of `count` deterministic parts of a batch (`--shard K/N`, K from 1).
///
/// A document belongs to the shard its id hashes to: FNV-1a 64 over the id's
/// UTF-8 bytes, mixed by MurmurHash3's `fmix64` finaliser, modulo N. Unlike
/// `hashValue`, that is the same on every machine, run and Swift version, so
/// N jobs that each keep their own shard together see every document once.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// From 1 to `count`.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1 else { throw ShardError("the shard count must be at least 1, got \(count)") }
        guard (1...count).contains(index) else { throw ShardError("shard \(index) is outside 1...\(count)") }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`.
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else {
            throw ShardError("expected K/N (for example 2/8) or auto, got '\(text)'")
        }
        try self.init(index: k, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// `index` zero-padded to the width of `count` (`03` of 16), so that
    /// `part-*.jsonl` lists the shards in order.
    public var label: String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, String(count).count - digits.count)) + digits
    }

    /// Whether the document with this id belongs to this shard.
    public func contains(id: String) -> Bool { Self.bucket(of: id, count: count) == index - 1 }

    /// The 0-based bucket of `id` among `count`.
    public static func bucket(of id: String, count: Int) -> Int {
        Int(truncatingIfNeeded: stableHash(id) % UInt64(count))
    }

    /// FNV-1a 64 of the UTF-8 bytes as they are (`WordHash.exactHash`), then
    /// `fmix64`: FNV's low bits depend only on the low bits of each byte,
    /// which a plain modulo would expose. `ShardTests` pins the values.
    public static func stableHash(_ id: String) -> UInt64 {
        var h = WordHash.exactHash(id)
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }

    /// The placeholder that output (and input) paths may hold.
    public static let placeholder = "{shard}"

    /// `path` with every `{shard}` replaced by `label`.
    public func substitute(in path: String) -> String {
        path.replacingOccurrences(of: Self.placeholder, with: label)
    }
}

/// A `--shard` value or environment that names no valid shard.
public struct ShardError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
