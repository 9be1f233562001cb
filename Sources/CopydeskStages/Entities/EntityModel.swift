import Copydesk
import Foundation

/// A trained linear-chain tagger: weights for hashed features × tags, tag
/// transition weights, Viterbi decoding under the BIO constraints.
/// Loaded once, read-only, shared by every worker.
public final class EntityModel: Sendable {
    public let tags: EntityTags
    /// The feature hash of each row.
    let keys: [UInt64]
    /// Every row's weights, as the decoder reads them (the only copy, in the
    /// file's `Float16`: a model built in memory is rounded as its file would be).
    let table: WeightTable
    /// Row-major, `tags.count` weights per row, read back from `table`.
    var weights: [Float] { table.weights(rows: keys.count) }
    /// `transitions[previous * T + tag]`; row `T` holds start weights.
    let transitions: [Float]
    public let features: EntityFeatures
    /// Free-form notes on how the model was trained.
    public let info: [String: String]
    /// `allowed[previous * T + tag]`, row `T` for the start: the valid moves, precomputed for Viterbi.
    let allowed: [Bool]
    let allowedAtEnd: [Bool]
    /// A valid move between tags, with its transition weight.
    struct Move: Sendable {
        var from: Int32
        var weight: Float
    }
    /// The valid moves into tag 0, then into tag 1, …, each in the order of
    /// the tag they come from; `moveCount[tag]` of them into each tag.
    let moves: [Move]
    let moveCount: [Int32]

    convenience init(tags: EntityTags, rows: [UInt64: Int32], weights: [Float], transitions: [Float], features: EntityFeatures, info: [String: String]) {
        var keys = [UInt64](repeating: 0, count: rows.count)
        for (k, r) in rows { keys[Int(r)] = k }
        self.init(tags: tags, keys: keys, weights: weights, transitions: transitions, features: features, info: info)
    }

    convenience init(tags: EntityTags, keys: [UInt64], weights: [Float], transitions: [Float], features: EntityFeatures, info: [String: String]) {
        self.init(tags: tags, keys: keys, table: WeightTable(keys: keys, weights: weights, width: tags.count),
                  transitions: transitions, features: features, info: info)
    }

    init(tags: EntityTags, keys: [UInt64], table: WeightTable, transitions: [Float], features: EntityFeatures, info: [String: String]) {
        self.tags = tags
        self.keys = keys
        self.table = table
        let T = tags.count
        var allowed = [Bool](repeating: false, count: (T + 1) * T)
        for p in 0...T { for t in 0..<T { allowed[p * T + t] = tags.allowed(from: p == T ? nil : p, to: t) } }
        self.allowed = allowed
        let into = (0..<T).map { t in (0..<T).filter { allowed[$0 * T + t] }.map { Move(from: Int32($0), weight: transitions[$0 * T + t]) } }
        self.moves = into.flatMap { $0 }
        self.moveCount = into.map { Int32($0.count) }
        self.allowedAtEnd = (0..<T).map(tags.allowedAtEnd)
        self.transitions = transitions
        self.features = features
        self.info = info
    }

    public var featureCount: Int { keys.count }

    /// The same model with new training notes.
    public func with(info: [String: String]) -> EntityModel {
        EntityModel(tags: tags, keys: keys, table: table, transitions: transitions, features: features, info: info)
    }

    /// The best valid tag sequence for a sentence on its own.
    public func tag(_ sentence: EntityFeatures.Sentence) -> [Int] {
        var history = EntityHistory()
        return tag(sentence, history: &history)
    }

    /// The best valid tag sequence for the next sentence of a document,
    /// reading and then extending what was predicted before it.
    public func tag(_ sentence: EntityFeatures.Sentence, history: inout EntityHistory) -> [Int] {
        var x = features.extract(sentence)
        if features.history { history.fill(&x.features, perToken: x.perToken, words: x.words, shapes: x.shapes) }
        let tags = decode(scores: emissionScores(x.features, x.perToken, tokens: sentence.ranges.count))
        if features.history { history.record(tags, words: x.words, scheme: self.tags) }
        return tags
    }

    func emissionScores(_ feats: [UInt64], _ per: Int, tokens n: Int) -> [Float] {
        let T = tags.count
        // Both arrays are written in full below: no zeroing first.
        var scores = [Float](unsafeUninitializedCapacity: n * T) { _, count in count = n * T }
        // Two passes: every look-up of the sentence first, then the sums. The
        // look-ups are independent of each other, so the processor overlaps
        // their cache misses (the weights are megabytes, and a feature's row is
        // rarely cached); interleaving look-up and sum serialises them.
        var found = [UnsafePointer<UInt16>?](unsafeUninitializedCapacity: feats.count) { _, count in count = feats.count }
        table.withReader { table in
            found.withUnsafeMutableBufferPointer { rowOf in
                feats.withUnsafeBufferPointer { f in
                    for k in 0..<f.count { rowOf[k] = table.weights(of: f[k]) }
                }
            }
            // A token's sums stay in registers while its rows are added: 16
            // tags at a time, then the rest one by one. Each tag still adds
            // the rows in the same order from 0, and widening a half is exact,
            // so the scores are the same to the bit as adding the model's
            // weights row after row into memory.
            scores.withUnsafeMutableBufferPointer { s in
                found.withUnsafeBufferPointer { rowOf in
                    for i in 0..<n {
                        let out = s.baseAddress! + i * T
                        let rows = (i * per)..<((i + 1) * per)
                        var t = 0
                        while t + 16 <= T {
                            var sum = SIMD16<Float>()
                            for k in rows {
                                guard let row = rowOf[k] else { continue }
                                sum += WeightTable.widen(UnsafeRawPointer(row + t).loadUnaligned(as: SIMD16<UInt16>.self))
                            }
                            UnsafeMutableRawPointer(out + t).storeBytes(of: sum, as: SIMD16<Float>.self)
                            t += 16
                        }
                        while t < T {
                            var sum: Float = 0
                            for k in rows {
                                guard let row = rowOf[k] else { continue }
                                sum += WeightTable.widen(row[t])
                            }
                            out[t] = sum
                            t += 1
                        }
                    }
                }
            }
        }
        return scores
    }

    /// Viterbi over emission scores with transitions; invalid moves are excluded.
    func decode(scores: [Float]) -> [Int] {
        let T = tags.count
        let n = scores.count / T
        guard n > 0 else { return [] }
        var best = [Float](repeating: -.infinity, count: n * T)
        var back = [Int32](repeating: 0, count: n * T)
        scores.withUnsafeBufferPointer { sc in
            best.withUnsafeMutableBufferPointer { best in
                back.withUnsafeMutableBufferPointer { back in
                    moves.withUnsafeBufferPointer { moves in
                        moveCount.withUnsafeBufferPointer { moveCount in
                            for t in 0..<T where allowed[T * T + t] { best[t] = sc[t] + transitions[T * T + t] }
                            for i in 1..<max(n, 1) {
                                // Pointers along the rows: no index arithmetic to check in the loop.
                                let previous = best.baseAddress! + (i - 1) * T
                                let row = best.baseAddress! + i * T, from = back.baseAddress! + i * T
                                let emission = sc.baseAddress! + i * T
                                var move = moves.baseAddress!
                                for t in 0..<T {
                                    // Only the moves into `t` that are valid (a third of all pairs under BILOU).
                                    var bestScore: Float = -.infinity
                                    var arg: Int32 = 0
                                    let end = move + Int(moveCount[t])
                                    while move < end {
                                        let s = previous[Int(move.pointee.from)] + move.pointee.weight
                                        if s > bestScore { bestScore = s; arg = move.pointee.from }
                                        move += 1
                                    }
                                    row[t] = bestScore + emission[t]
                                    from[t] = arg
                                }
                            }
                        }
                    }
                }
            }
        }
        var last = 0
        for t in 0..<T where allowedAtEnd[t] && best[(n - 1) * T + t] > best[(n - 1) * T + last] { last = t }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = last
        var i = n - 1
        while i > 0 {
            path[i - 1] = Int(back[i * T + path[i]])
            i -= 1
        }
        return path
    }

    // MARK: - File format

    static let magic = Array("COPYDESK-NER-1\n".utf8)

    /// Binary layout: magic, UInt32 header length, JSON header {labels, info},
    /// UInt32 row count, row keys (UInt64), weights (Float16), transitions (Float32).
    public func write(to url: URL) throws {
        var data = Data(Self.magic)
        let header = try JSONSerialization.data(withJSONObject: ["labels": tags.labels, "scheme": tags.scheme.rawValue, "info": info],
                                                options: [.sortedKeys])
        data.appendInteger(UInt32(header.count))
        data.append(header)
        data.appendInteger(UInt32(keys.count))
        for key in keys { data.appendInteger(key) }
        for w in weights { data.appendInteger(Float16(w).bitPattern) }
        for v in transitions { data.appendInteger(v.bitPattern) }
        try data.write(to: url, options: .atomic)
    }

    /// Reads a model file in one pass over its bytes (a few milliseconds for
    /// the bundled model: the arrays are copied out, nothing is parsed).
    public static func load(contentsOf url: URL, gazetteer: Gazetteer?, clusters: WordClusters? = nil) throws -> EntityModel {
        let data = try Data(contentsOf: url)
        return try data.withUnsafeBytes { raw in
            var reader = ByteReader(raw, path: url.path)
            guard reader.bytes(magic.count).elementsEqual(magic) else { throw StageConfigurationError(option: "model", "\(url.path) is not a Copydesk entity model") }
            let headerLength = Int(try reader.integer(UInt32.self))
            let header = try JSONSerialization.jsonObject(with: Data(try reader.take(headerLength))) as? [String: Any] ?? [:]
            guard let labels = header["labels"] as? [String] else { throw StageConfigurationError(option: "model", "\(url.path): header has no labels") }
            let scheme = (header["scheme"] as? String).flatMap(EntityTags.Scheme.init(rawValue:)) ?? .bio
            let tags = EntityTags(labels: labels, scheme: scheme)
            let T = tags.count
            let count = Int(try reader.integer(UInt32.self))
            let keys = try reader.array(UInt64.self, count: count)
            let halves = try reader.array(UInt16.self, count: count * T)
            let transitions = try reader.array(UInt32.self, count: (T + 1) * T).map { Float(bitPattern: $0) }
            let info = header["info"] as? [String: String] ?? [:]
            // A model trained without clusters would only look up features it lacks.
            return EntityModel(tags: tags, keys: keys, table: WeightTable(keys: keys, halves: halves, width: T), transitions: transitions,
                               features: EntityFeatures(gazetteer: gazetteer, clusters: info["clusters"] == nil ? nil : clusters,
                                                         history: info["history"] != nil),
                               info: info)
        }
    }
}

/// Reads little-endian values from a model file's bytes.
struct ByteReader {
    let raw: UnsafeRawBufferPointer
    let path: String
    var offset = 0

    init(_ raw: UnsafeRawBufferPointer, path: String) {
        self.raw = raw
        self.path = path
    }

    /// Up to `n` bytes (fewer at the end).
    mutating func bytes(_ n: Int) -> UnsafeRawBufferPointer.SubSequence {
        let end = min(raw.count, offset + n)
        defer { offset = end }
        return raw[offset..<end]
    }

    mutating func take(_ n: Int) throws -> UnsafeRawBufferPointer.SubSequence {
        guard offset + n <= raw.count else { throw truncated }
        return bytes(n)
    }

    var truncated: StageConfigurationError { StageConfigurationError(option: "model", "\(path): the model file is truncated") }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        try array(T.self, count: 1)[0]
    }

    /// `count` values, copied out in one go.
    mutating func array<T: FixedWidthInteger>(_ type: T.Type, count: Int) throws -> [T] {
        let size = MemoryLayout<T>.size * count
        guard count >= 0, offset + size <= raw.count else { throw truncated }
        let base = raw.baseAddress! + offset
        offset += size
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            for k in 0..<count { buffer[k] = T(littleEndian: base.loadUnaligned(fromByteOffset: k * MemoryLayout<T>.size, as: T.self)) }
            initialized = count
        }
    }
}

extension Data {
    mutating func appendInteger<T: FixedWidthInteger>(_ v: T) {
        var le = v.littleEndian
        Swift.withUnsafeBytes(of: &le) { append(contentsOf: $0) }
    }
}
