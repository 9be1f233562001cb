import Copydesk

/// Counts the words of each document (its word and number tokens, not
/// punctuation) into a field of its own.
public struct WordCountStage: Stage {
    public static let spec = StageSpec(
        name: "word_count",
        summary: "Write the number of words of the text into a field.",
        options: [
            OptionSpec("field", .string, default: .string("word_count"), summary: "The field to write."),
            OptionSpec("minimum", .integer, default: .integer(0), minimum: 0, summary: "Reject documents with fewer words."),
        ],
        requires: [.text, .tokens],
        example: """
        - stage: word_count
          with:
            minimum: 50
        """
    )

    let field: String
    let minimum: Int

    public init(options: StageOptions, context: StageContext) throws {
        field = options.string("field") ?? "word_count"
        minimum = options.int("minimum") ?? 0
    }

    public func process(_ document: inout Document) throws {
        // The engine's shared analysis: tokenized once per document, whichever stage asks first.
        let words = document.analysis.tokens.reduce(0) { $0 + ($1.kind == .punctuation ? 0 : 1) }
        if words < minimum { throw DocumentError("\(words) words, fewer than \(minimum)") }
        document[field: field] = .number(Double(words))
    }
}
