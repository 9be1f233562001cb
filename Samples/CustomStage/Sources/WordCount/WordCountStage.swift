import Copydesk

/// Counts the words of each document into a field of its own.
public struct WordCountStage: Stage {
    public static let spec = StageSpec(
        name: "word_count",
        summary: "Write the number of words of the text into a field.",
        options: [
            OptionSpec("field", .string, default: .string("word_count"), summary: "The field to write."),
            OptionSpec("minimum", .integer, default: .integer(0), minimum: 0, summary: "Reject documents with fewer words."),
        ],
        requires: [.text],
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
        var words = 0
        var inWord = false
        for byte in document.text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        if words < minimum { throw DocumentError("\(words) words, fewer than \(minimum)") }
        document[field: field] = .number(Double(words))
    }
}
