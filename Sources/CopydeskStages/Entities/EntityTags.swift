/// The tag set over a list of entity labels, in BIO or BILOU encoding.
/// Tag 0 is `O`; each label then has 2 (B, I) or 4 (B, I, L, U) tags.
public struct EntityTags: Sendable, Equatable {
    public enum Scheme: String, Sendable { case bio, bilou }
    public enum Part: Int, Sendable { case begin = 0, inside, last, unit }

    public let labels: [String]
    public let scheme: Scheme

    public init(labels: [String], scheme: Scheme = .bilou) {
        self.labels = labels
        self.scheme = scheme
    }

    var width: Int { scheme == .bio ? 2 : 4 }
    public var count: Int { 1 + width * labels.count }

    public func tag(_ label: Int, _ part: Part) -> Int {
        if scheme == .bio {
            return 1 + 2 * label + (part == .inside || part == .last ? 1 : 0)
        }
        return 1 + 4 * label + part.rawValue
    }

    public func label(of tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / width }

    public func part(of tag: Int) -> Part? {
        guard tag > 0 else { return nil }
        let p = (tag - 1) % width
        return scheme == .bio ? (p == 0 ? .begin : .inside) : Part(rawValue: p)
    }

    /// Whether an entity is open (needs a continuation) after `tag`.
    func continues(_ tag: Int) -> Bool {
        guard let p = part(of: tag) else { return false }
        return scheme == .bilou && (p == .begin || p == .inside)
    }

    /// The transitions a valid sequence may take; decoding never leaves them.
    public func allowed(from previous: Int?, to tag: Int) -> Bool {
        let open = previous.map(continues) ?? false
        switch part(of: tag) {
        case nil, .begin?, .unit?:
            return !open
        case .inside?, .last?:
            guard let previous, previous != 0, label(of: previous) == label(of: tag) else { return false }
            if scheme == .bio { return true }
            return open
        }
    }

    /// Whether a sequence may end on `tag`.
    public func allowedAtEnd(_ tag: Int) -> Bool { !continues(tag) }

    public func name(_ tag: Int) -> String {
        guard let l = label(of: tag), let p = part(of: tag) else { return "O" }
        let prefix: String
        switch p {
        case .begin: prefix = "B-"
        case .inside: prefix = "I-"
        case .last: prefix = "L-"
        case .unit: prefix = scheme == .bio ? "B-" : "U-"
        }
        return prefix + labels[l]
    }

    /// Tags for `count` tokens with the given entity spans (token ranges, label index).
    public func encode(_ spans: [(Range<Int>, Int)], count: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: count)
        for (range, label) in spans where !range.isEmpty {
            if scheme == .bio {
                for i in range { tags[i] = tag(label, i == range.lowerBound ? .begin : .inside) }
            } else if range.count == 1 {
                tags[range.lowerBound] = tag(label, .unit)
            } else {
                for i in range {
                    tags[i] = tag(label, i == range.lowerBound ? .begin : i == range.upperBound - 1 ? .last : .inside)
                }
            }
        }
        return tags
    }

    /// Entity spans (token ranges with label index) of a tag sequence.
    public func spans(_ tags: [Int]) -> [(Range<Int>, Int)] {
        var out: [(Range<Int>, Int)] = []
        var start: Int? = nil
        var current = -1
        for (i, t) in tags.enumerated() {
            let p = part(of: t)
            let continuing = (p == .inside || p == .last) && label(of: t) == current && start != nil
            if let s = start, !continuing {
                out.append((s..<i, current))
                start = nil
            }
            if let p, !continuing {
                start = i
                current = label(of: t)!
                if p == .unit { out.append((i..<(i + 1), current)); start = nil }
            }
            if p == .last, let s = start { out.append((s..<(i + 1), current)); start = nil }
        }
        if let s = start { out.append((s..<tags.count, current)) }
        return out
    }
}
