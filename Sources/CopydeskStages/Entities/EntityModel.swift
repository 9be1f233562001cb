import Copydesk
import Foundation

/// A trained linear-chain tagger: weights for hashed features × tags, tag
/// transition weights, Viterbi decoding under the BIO constraints.
/// Loaded once, read-only, shared by every worker.
public final class EntityModel: Sendable {
    public let tags: EntityTags
    /// Feature hash → row in `weights`.
    let rows: FeatureTable
    /// Row-major, `tags.count` weights per row.
    let weights: [Float]
    /// `transitions[previous * T + tag]`; row `T` holds start weights.
    let transitions: [Float]
    public let features: EntityFeatures
    /// Free-form notes on how the model was trained.
    public let info: [String: String]
    /// `allowed[previous * T + tag]`, row `T` for the start: the valid moves, precomputed for Viterbi.
    let allowed: [Bool]
    let allowedAtEnd: [Bool]

    init(tags: EntityTags, rows: [UInt64: Int32], weights: [Float], transitions: [Float], features: EntityFeatures, info: [String: String]) {
        self.tags = tags
        var table = FeatureTable(capacity: rows.count)
        for (k, v) in rows { table.set(k, v) }
        self.rows = table
        let T = tags.count
        var allowed = [Bool](repeating: false, count: (T + 1) * T)
        for p in 0...T { for t in 0..<T { allowed[p * T + t] = tags.allowed(from: p == T ? nil : p, to: t) } }
        self.allowed = allowed
        self.allowedAtEnd = (0..<T).map(tags.allowedAtEnd)
        self.weights = weights
        self.transitions = transitions
        self.features = features
        self.info = info
    }

    public var featureCount: Int { rows.count }

    /// The same model with new training notes.
    public func with(info: [String: String]) -> EntityModel {
        EntityModel(tags: tags, rows: Dictionary(uniqueKeysWithValues: rows.pairs), weights: weights, transitions: transitions,
                    features: features, info: info)
    }

    /// The best valid tag sequence for a sentence.
    public func tag(_ sentence: EntityFeatures.Sentence) -> [Int] {
        let (feats, per) = features.extract(sentence)
        return decode(scores: emissionScores(feats, per, tokens: sentence.ranges.count))
    }

    func emissionScores(_ feats: [UInt64], _ per: Int, tokens n: Int) -> [Float] {
        let T = tags.count
        var scores = [Float](repeating: 0, count: n * T)
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { s in
                for i in 0..<n {
                    for f in feats[(i * per)..<((i + 1) * per)] {
                        guard let row = rows.value(for: f) else { continue }
                        let base = Int(row) * T
                        for t in 0..<T { s[i * T + t] += w[base + t] }
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
        allowed.withUnsafeBufferPointer { ok in
            transitions.withUnsafeBufferPointer { tr in
                for t in 0..<T where ok[T * T + t] { best[t] = scores[t] + tr[T * T + t] }
                for i in 1..<max(n, 1) {
                    for t in 0..<T {
                        var bestScore: Float = -.infinity
                        var arg = 0
                        for p in 0..<T where ok[p * T + t] {
                            let s = best[(i - 1) * T + p] + tr[p * T + t]
                            if s > bestScore { bestScore = s; arg = p }
                        }
                        best[i * T + t] = bestScore + scores[i * T + t]
                        back[i * T + t] = Int32(arg)
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
        let ordered = rows.pairs.sorted { $0.1 < $1.1 }
        data.appendInteger(UInt32(ordered.count))
        for (key, _) in ordered { data.appendInteger(key) }
        let T = tags.count
        for (_, row) in ordered {
            for t in 0..<T { data.appendInteger(Float16(weights[Int(row) * T + t]).bitPattern) }
        }
        for v in transitions { data.appendInteger(v.bitPattern) }
        try data.write(to: url, options: .atomic)
    }

    public static func load(contentsOf url: URL, gazetteer: Gazetteer?) throws -> EntityModel {
        let data = try Data(contentsOf: url)
        var reader = ByteReader(data: data)
        guard reader.take(magic.count).elementsEqual(magic) else { throw StageConfigurationError(option: "model", "\(url.path) is not a Copydesk entity model") }
        let headerLength = Int(try reader.integer(UInt32.self))
        let header = try JSONSerialization.jsonObject(with: Data(reader.take(headerLength))) as? [String: Any] ?? [:]
        guard let labels = header["labels"] as? [String] else { throw StageConfigurationError(option: "model", "\(url.path): header has no labels") }
        let scheme = (header["scheme"] as? String).flatMap(EntityTags.Scheme.init(rawValue:)) ?? .bio
        let tags = EntityTags(labels: labels, scheme: scheme)
        let T = tags.count
        let count = Int(try reader.integer(UInt32.self))
        var rows: [UInt64: Int32] = [:]
        rows.reserveCapacity(count)
        for r in 0..<count { rows[try reader.integer(UInt64.self)] = Int32(r) }
        var weights = [Float](repeating: 0, count: count * T)
        for k in 0..<(count * T) { weights[k] = Float(Float16(bitPattern: try reader.integer(UInt16.self))) }
        var transitions = [Float](repeating: 0, count: (T + 1) * T)
        for k in transitions.indices { transitions[k] = Float(bitPattern: try reader.integer(UInt32.self)) }
        return EntityModel(tags: tags, rows: rows, weights: weights, transitions: transitions,
                           features: EntityFeatures(gazetteer: gazetteer), info: header["info"] as? [String: String] ?? [:])
    }
}

struct ByteReader {
    let data: Data
    var offset = 0

    mutating func take(_ n: Int) -> Data {
        let end = min(data.count, offset + n)
        defer { offset = end }
        return data.subdata(in: (data.startIndex + offset)..<(data.startIndex + end))
    }

    mutating func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= data.count else { throw StageConfigurationError(option: "model", "the model file is truncated") }
        var v: T = 0
        withUnsafeMutableBytes(of: &v) { dst in
            data.copyBytes(to: dst.bindMemory(to: UInt8.self), from: (data.startIndex + offset)..<(data.startIndex + offset + size))
        }
        offset += size
        return T(littleEndian: v)
    }
}

extension Data {
    mutating func appendInteger<T: FixedWidthInteger>(_ v: T) {
        var le = v.littleEndian
        Swift.withUnsafeBytes(of: &le) { append(contentsOf: $0) }
    }
}
