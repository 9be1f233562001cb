/// The BIO tag set over a list of entity labels: tag 0 is `O`, then
/// `B-label`, `I-label` for each label in order.
public struct EntityTags: Sendable, Equatable {
    public let labels: [String]

    public init(labels: [String]) { self.labels = labels }

    public var count: Int { 1 + 2 * labels.count }

    public func begin(_ label: Int) -> Int { 1 + 2 * label }
    public func inside(_ label: Int) -> Int { 2 + 2 * label }
    public func label(of tag: Int) -> Int? { tag == 0 ? nil : (tag - 1) / 2 }
    public func isInside(_ tag: Int) -> Bool { tag > 0 && tag % 2 == 0 }

    /// `I-X` may only follow `B-X` or `I-X`; decoding never leaves this set.
    public func allowed(from previous: Int?, to tag: Int) -> Bool {
        guard isInside(tag) else { return true }
        guard let previous, previous != 0 else { return false }
        return label(of: previous) == label(of: tag)
    }

    public func name(_ tag: Int) -> String {
        guard let l = label(of: tag) else { return "O" }
        return (isInside(tag) ? "I-" : "B-") + labels[l]
    }

    /// Tag index for a CoNLL tag (`B-PER`, `I-LOC`, `O`); IOB1 `I-` at an
    /// entity start is read as `B-`.
    public func tag(for name: Substring, previous: Int) -> Int? {
        if name == "O" { return 0 }
        guard name.count > 2, let l = labels.firstIndex(of: String(name.dropFirst(2))) else { return nil }
        if name.hasPrefix("B-") { return begin(l) }
        if name.hasPrefix("I-") { return label(of: previous) == l ? inside(l) : begin(l) }
        return nil
    }

    /// Spans (token ranges with label index) of a valid tag sequence.
    public func spans(_ tags: [Int]) -> [(Range<Int>, Int)] {
        var out: [(Range<Int>, Int)] = []
        var start: Int? = nil
        var current = -1
        for (i, t) in tags.enumerated() {
            if let s = start, t == 0 || !isInside(t) || label(of: t) != current {
                out.append((s..<i, current))
                start = nil
            }
            if t != 0 && (!isInside(t) || start == nil) {
                start = i
                current = label(of: t)!
            }
        }
        if let s = start { out.append((s..<tags.count, current)) }
        return out
    }
}
