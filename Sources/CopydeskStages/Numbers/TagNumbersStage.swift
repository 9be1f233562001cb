import Copydesk

/// `tag_numbers`: numbers, money, percentages, quantities, ranges and
/// temporal expressions with normalised values (see `NumberRecognizer`).
public struct TagNumbersStage: Stage {
    public static let spec = StageSpec(
        name: "tag_numbers",
        summary: "Find numbers, money, percentages, quantities, ranges, dates, times and durations, with normalised values.",
        options: [
            OptionSpec("kinds", .stringList, default: .list(NumberKind.allCases.map(\.rawValue)),
                       summary: "The kinds to keep: \(NumberKind.allCases.map(\.rawValue).joined(separator: ", "))."),
            OptionSpec("date", .string, summary: "Reference date (YYYY-MM-DD) for documents without one; relative dates stay unresolved otherwise."),
        ],
        requires: [.text, .tokens],
        provides: [.numbers],
        example: """
        - stage: tag_numbers
          with:
            kinds: [money, percent, date]
        """
    )

    let tables: NumberTables
    let kinds: Set<NumberKind>
    let fallbackDate: CivilDate?

    public init(options: StageOptions, context: StageContext) throws {
        _ = try LanguageData.english()  // the shared analysis needs it: fail here, not per document
        var kinds = Set<NumberKind>()
        for name in options.list("kinds") ?? [] {
            guard let kind = NumberKind(rawValue: name) else {
                throw StageConfigurationError(option: "kinds", "unknown kind '\(name)'; kinds: \(NumberKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            kinds.insert(kind)
        }
        self.kinds = kinds
        if let d = options.string("date") {
            guard let date = CivilDate(iso: d) else { throw StageConfigurationError(option: "date", "'date' must be YYYY-MM-DD, got '\(d)'") }
            fallbackDate = date
        } else {
            fallbackDate = nil
        }
        tables = try NumberTables.bundled()
    }

    public init(tables: NumberTables, kinds: Set<NumberKind> = Set(NumberKind.allCases)) {
        self.tables = tables
        self.kinds = kinds
        self.fallbackDate = nil
    }

    public func process(_ document: inout Document) throws {
        let text = document.analysis
        let date = document.date.flatMap(CivilDate.init(iso:)) ?? fallbackDate
        document.numbers = NumberRecognizer(tables: tables, text: text, documentDate: date).recognize(kinds: kinds)
    }
}
