import Copydesk

/// The rows of a word-list file (`list<TAB>word[<TAB>value…]`, read by
/// `NumberTables`), checked against the lists it must hold (`lists`: each
/// name and its number of value columns), and their typed readings. A row of
/// an unknown list, with the wrong number of fields or repeating a word, and
/// a list left out, are errors naming the file (and line).
struct WordListRows {
    var byList: [String: [(line: Int, word: String, values: [String])]] = [:]
    let file: String

    init(_ rows: [(line: Int, fields: [String])], lists: [String: Int], file: String) throws {
        self.file = file
        for (line, f) in rows {
            guard let columns = lists[f[0]] else {
                throw StageConfigurationError("\(file):\(line): unknown list '\(f[0])' (known: \(lists.keys.sorted().joined(separator: ", ")))")
            }
            guard f.count == 2 + columns, !f[1].isEmpty else {
                throw StageConfigurationError("\(file):\(line): the list '\(f[0])' takes a word and \(columns) value\(columns == 1 ? "" : "s") (\(f.count - 1) fields given)")
            }
            // A word given twice would leave one of its values unread.
            if byList[f[0], default: []].contains(where: { $0.word == f[1] }) {
                throw StageConfigurationError("\(file):\(line): '\(f[1])' is already in the list '\(f[0])'")
            }
            byList[f[0], default: []].append((line, f[1], Array(f[2...])))
        }
        // An empty list would silently switch a rule off: a list left out is an error.
        if let missing = lists.keys.sorted().first(where: { byList[$0] == nil }) {
            throw StageConfigurationError("\(file): the list '\(missing)' is missing")
        }
    }

    func set(_ list: String) -> Set<String> { Set(byList[list, default: []].map(\.word)) }

    /// The phrases of `list` in file order (they are tried in it), split at their spaces.
    func phrases(_ list: String) -> [[String]] {
        byList[list, default: []].map { $0.word.split(separator: " ").map(String.init) }
    }

    /// The phrases of `list` in file order, with their value.
    func phraseTable(_ list: String) -> [([String], String)] {
        zip(phrases(list), byList[list, default: []]).map { ($0, $1.values[0]) }
    }

    /// The rows of `list` read by `read`, which returns nil for a bad value (and says what it expected).
    func table<T>(_ list: String, _ expected: String, _ read: ([String]) -> T?) throws -> [String: T] {
        var out: [String: T] = [:]
        for row in byList[list, default: []] {
            guard let v = read(row.values) else {
                throw StageConfigurationError("\(file):\(row.line): '\(row.values.joined(separator: "\t"))' for '\(row.word)' in '\(list)' is not \(expected)")
            }
            out[row.word] = v
        }
        return out
    }

    func strings(_ list: String) throws -> [String: String] { try table(list, "a value") { $0[0] } }
    func integers(_ list: String) throws -> [String: Int] { try table(list, "an integer") { Int($0[0]) } }
    func numbers(_ list: String) throws -> [String: Double] { try table(list, "a number") { Double($0[0]) } }
}
