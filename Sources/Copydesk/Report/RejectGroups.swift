/// Rejects grouped by stage and reason, in bounded memory: a reason's digits
/// are masked (`line 12: …` and `line 40: …` are one group), at most
/// `maxGroups` groups are kept (later reasons are counted per stage only),
/// and each group keeps the ids of its first `idsPerGroup` documents.
public struct RejectGroups: Sendable {
    public struct Group: Sendable {
        public var stage: String
        /// The first reason of the group as it was given (cut to 300 characters).
        public var reason: String
        public var count: Int
        public var firstIDs: [String]
    }

    public let maxGroups: Int
    public let idsPerGroup: Int
    public private(set) var groups: [Group] = []
    /// Rejects of reasons that found no room, per stage.
    public private(set) var ungrouped: [String: Int] = [:]
    public private(set) var total = 0
    private var index: [String: Int] = [:]

    public init(maxGroups: Int = 60, idsPerGroup: Int = 5) {
        self.maxGroups = maxGroups
        self.idsPerGroup = idsPerGroup
    }

    mutating func add(_ r: Reject) {
        total += 1
        let key = r.stage + "\u{0}" + Self.mask(r.error)
        if let i = index[key] {
            groups[i].count += 1
            if groups[i].firstIDs.count < idsPerGroup { groups[i].firstIDs.append(String(r.id.prefix(200))) }
        } else if groups.count < maxGroups {
            index[key] = groups.count
            groups.append(Group(stage: r.stage, reason: String(r.error.prefix(300)), count: 1, firstIDs: [String(r.id.prefix(200))]))
        } else {
            ungrouped[r.stage, default: 0] += 1
        }
    }

    /// The reason with every run of digits as one `#`, cut to 300 characters.
    static func mask(_ reason: String) -> String {
        var out = String.UnicodeScalarView()
        var inDigits = false
        for s in reason.unicodeScalars.prefix(300) {
            let digit = s.value >= 0x30 && s.value <= 0x39
            if digit && inDigits { continue }
            out.append(digit ? "#" : s)
            inDigits = digit
        }
        return String(out)
    }
}
