import Foundation

/// English word lists that the text analysis and the language stages share:
/// one copy of each, in data files under `Resources/english/` beside the
/// algorithms that read them (spaCy keeps its language data the same way).
public struct LanguageData: Sendable {
    /// Abbreviations whose stop rarely ends a sentence, months and weekdays
    /// included (lower case, no final stop).
    public var abbreviations: Set<String>
    /// Abbreviated titles before a name ("gen", "mr").
    public var titles: Set<String>
    /// Capitalised words that open a sentence even after an abbreviation.
    public var sentenceStarters: Set<String>
    /// Month names and abbreviations → month number (1–12).
    public var months: [String: Int]
    /// Weekday names and abbreviations → ISO weekday (Monday 1).
    public var weekdays: [String: Int]
    /// Function words that carry no topic (lower case).
    public var stopWords: Set<String>

    public init(abbreviations: Set<String>, titles: Set<String>, sentenceStarters: Set<String>,
                months: [String: Int], weekdays: [String: Int], stopWords: Set<String>) {
        self.abbreviations = abbreviations
        self.titles = titles
        self.sentenceStarters = sentenceStarters
        self.months = months
        self.weekdays = weekdays
        self.stopWords = stopWords
    }

    /// The bundled English data, read once per process.
    public static func english() throws(StageConfigurationError) -> LanguageData { try bundled.get() }

    /// The bundled English data, or empty lists when it cannot be read: for
    /// tables built once per process; stages call `english()` when they are
    /// built, so a broken installation fails before any document is read.
    public static let bundledOrEmpty = (try? english()) ?? LanguageData(abbreviations: [], titles: [], sentenceStarters: [], months: [:], weekdays: [:], stopWords: [])

    private static let bundled: Result<LanguageData, StageConfigurationError> = Result { try LanguageData(directory: resourceDirectory()) }
        .mapError { StageConfigurationError("\($0)") }

    static func resourceDirectory() throws -> URL {
        guard let url = Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("english") else {
            throw LanguageDataError(message: "the English language data (Resources/english) is missing from the Copydesk bundle")
        }
        return url
    }

    /// Reads the lists of a folder laid out as `Resources/english/`.
    public init(directory: URL) throws {
        func lines(_ name: String) throws -> [(Int, [Substring])] {
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw LanguageDataError(message: "cannot read the language data file \(url.path)")
            }
            return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { n, line in
                line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) ? nil : (n + 1, line.split(separator: "\t"))
            }
        }
        func words(_ name: String) throws -> Set<String> { Set(try lines(name).map { String($0.1[0]) }) }
        func numbered(_ name: String) throws -> (names: [String: Int], abbreviations: Set<String>) {
            var names: [String: Int] = [:], abbreviations = Set<String>()
            for (n, fields) in try lines(name) {
                guard fields.count >= 2, let value = Int(fields[1]) else {
                    throw LanguageDataError(message: "\(directory.appendingPathComponent(name).path):\(n): expected NAME<tab>NUMBER[<tab>abbr]")
                }
                names[String(fields[0])] = value
                if fields.count > 2, fields[2] == "abbr" { abbreviations.insert(String(fields[0])) }
            }
            return (names, abbreviations)
        }
        let months = try numbered("months.tsv"), weekdays = try numbered("weekdays.tsv")
        self.months = months.names
        self.weekdays = weekdays.names
        self.abbreviations = try words("abbreviations.txt").union(months.abbreviations).union(weekdays.abbreviations)
        self.titles = try words("titles.txt")
        self.sentenceStarters = try words("sentence-starters.txt")
        self.stopWords = try words("stop-words.txt")
    }
}

/// The bundled language data could not be read: a broken installation.
public struct LanguageDataError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
