import Copydesk
@testable import CopydeskStages
import Testing

/// `EntityRules.numberedNames`: a name the document writes twice with the
/// same number after it takes the number; scores and single mentions do not.
@Suite struct EntityRulesNumbersTests {
    /// The rule on `text` with `name` tagged `label` wherever it occurs, as `LABEL:text` in order.
    func run(_ text: String, _ name: String, _ label: String = "ORG") -> [String] {
        let scalars = Array(text.unicodeScalars), n = Array(name.unicodeScalars)
        let entities = (0...(scalars.count - n.count)).filter { Array(scalars[$0..<($0 + n.count)]) == n }
            .map { Entity(start: $0, end: $0 + n.count, text: name, label: label) }
        return EntityRules().numberedNames(entities, TextAnalysis(text)).map { "\($0.label):\($0.text)" }
    }

    static let names = [("Band Aid", "ORG"), ("Metal Slug", "MISC"), ("Commodore", "ORG"), ("BBC News", "ORG"), ("Half-Life", "MISC")]
    static let numbers = ["2", "3", "20", "24", "64", "101"]

    @Test(arguments: names) func aNameWrittenTwiceWithItsNumberTakesIt(name: String, label: String) {
        for n in Self.numbers {
            let text = "\(name) \(n) is out this week. Fans say \(name) \(n) was worth the wait."
            #expect(run(text, name, label) == ["\(label):\(name) \(n)", "\(label):\(name) \(n)"], "\(text)")
        }
    }

    @Test(arguments: names) func onceOrWithOtherNumbersTheNameStaysAsTagged(name: String, label: String) {
        for n in Self.numbers {
            #expect(run("\(name) \(n) is out this week, fans say.", name, label) == ["\(label):\(name)"])
            #expect(run("\(name) \(n) is out. \(name) 7 is not.", name, label) == ["\(label):\(name)", "\(label):\(name)"])
        }
    }

    /// Results: a number before the name, or a capitalised word after the number.
    @Test func scoresAndFollowingNamesAreNotPartOfTheName() {
        #expect(run("Pohang 3 Ulsan 2. Later Pohang 1 Ulsan 2.", "Ulsan") == ["ORG:Ulsan", "ORG:Ulsan"])
        #expect(run("Rapper 50 Cent sang. Rapper 50 Cent left.", "Rapper") == ["ORG:Rapper", "ORG:Rapper"])
        #expect(run("Liverpool 2 Everton 1. Liverpool 2 Chelsea 0.", "Liverpool") == ["ORG:Liverpool", "ORG:Liverpool"])
        #expect(run("Smith 20 ran. Smith 20 ran.", "Smith", "PER") == ["PER:Smith", "PER:Smith"])
    }
}
