import Copydesk
import CopydeskStages
import CopydeskTesting
import Testing

@Suite struct TagNumbersTests {
    let stage: TagNumbersStage

    init() throws { stage = try makeStage(TagNumbersStage.self) }

    func numbers(_ text: String, date: String? = nil) throws -> [NumberAnnotation] {
        var d = Document(id: "t", text: text, date: date)
        try stage.process(&d)
        return d.numbers ?? []
    }

    func find(_ text: String, _ span: String, date: String? = nil) throws -> NumberAnnotation? {
        try numbers(text, date: date).first { $0.text == span }
    }

    @Test func cardinals() throws {
        // "X out of Y" is the ratio, as Recognizers-Text reads it, unless X is the larger.
        #expect(try find("13 out of 13 drones", "13 out of 13")?.value == .number(1))
        #expect(try find("nine out of 10 voters", "nine out of 10")?.value == .number(0.9))
        #expect(try numbers("there are 12 out of 10").map(\.text) == ["12", "10"])
        // Tokens of digit groups hold numbers without being one: addresses, versions, numeric dates.
        #expect(try numbers("ping 192.168.1.2").map(\.text) == ["192", "168", "1", "2"])
        #expect(try numbers("meet on 5/17/2018").map { "\($0.kind):\($0.text)" } == ["date:5/17/2018", "cardinal:5", "cardinal:17", "cardinal:2018"])
        #expect(try find("up 0.7-0.8%", "0.7-0.8%")?.kind == .range)
        #expect(try numbers("playing three-nought-four").map(\.text) == ["three", "nought", "four"])
        // "%25" in a URL is an encoding, not a percentage.
        #expect(try numbers("see https://x.com/a?q=30%25%2020%").allSatisfy { $0.kind != .percent })
        #expect(try find("about 1,400 people", "1,400")?.value == .number(1400))
        #expect(try find("one hundred and twenty-three", "one hundred and twenty-three")?.value == .number(123))
        #expect(try find("a dozen eggs", "a dozen")?.value == .number(12))
        #expect(try find("1.5 million people", "1.5 million")?.value == .number(1_500_000))
        #expect(try find("it fell to -2 overnight", "-2")?.value == .number(-2))
        #expect(try find("3/4 of voters", "3/4")?.value == .number(0.75))
    }

    /// Generated: a number joined to a percent word by a hyphen, as an
    /// adjective ("a 3-percent rise"), in digits or words, is a percent.
    @Test func hyphenatedPercentsAsAdjectives() throws {
        let words = ["one": 1.0, "two": 2, "five": 5, "ten": 10, "twenty": 20]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let spelling = ["percent", "per-cent", "pct"].randomElement(using: &generator)!
            let (written, value): (String, Double) = Bool.random(using: &generator)
                ? { let v = Double(Int.random(in: 1...99, using: &generator)); return (String(Int(v)), v) }()
                : { let (w, v) = words.randomElement(using: &generator)!; return (w, v) }()
            let phrase = "\(written)-\(spelling)"
            let found = try find("The board approved a \(phrase) rise on Monday.", phrase)
            #expect(found?.kind == .percent && found?.value == .number(value), "\(phrase)")
        }
    }

    @Test func writtenFractions() throws {
        // Where the numerator ends and the denominator begins is settled by which split reads as numbers.
        let cases: [(String, Double)] = [
            ("twenty twenty fifths", 20.0 / 25), ("one hundred thirty-fifths", 100.0 / 35),
            ("one hundred and thirty fifths", 26), ("one one hundred and fifth", 1.0 / 105),
            ("one hundred one thousand fifths", 100.0 / 1005), ("two and fifty-four hundredths", 2.54),
            ("twenty and three and three fifths", 23.6), ("twenty one fifths", 4.2), ("a hundred trillionths", 1e-10),
            ("ninety - five hundred-fifths", 1900), ("two million and three fifths", 2_600_000),
            ("one billion and three quarters million", 1_000_750_000), ("one billion and a half million", 1_000_500_000),
            ("two thirds of a million", 2_000_000.0 / 3),
        ]
        for (text, value) in cases {
            let n = try numbers(text)
            #expect(n.count == 1 && n[0].text == text, "\(text): \(n.map(\.text))")
            if case .number(let v)? = n.first?.value { #expect(abs(v - value) < 1e-9 * max(1, abs(value)), "\(text): \(v)") }
        }
        // A singular denominator needs a numerator of one: "one hundred fourth" is an ordinal.
        #expect(try find("the one hundred fourth congress", "one hundred fourth")?.kind == .ordinal)
    }

    @Test func fractionOrOrdinal() throws {
        // "a third" before a noun is an ordinal; before "of", "more", a stop, or after "nearly", a fraction.
        #expect(try find("oil rose for a sixth straight session", "sixth")?.kind == .ordinal)
        #expect(try find("in a third quarter when", "third")?.kind == .ordinal)
        #expect(try find("bought a third of Seagram", "a third")?.value == .number(0.333333333333333))
        #expect(try find("a third more than last year", "a third")?.kind == .cardinal)
        #expect(try find("with nearly a fifth saying so", "a fifth")?.value == .number(0.2))
        // Values are written to 15 significant digits: 1.07 × 1e9 is not 1070000000.0000001.
        #expect(try find("its $1.07bn debut", "$1.07bn")?.value == .number(1_070_000_000))
        #expect(try find("closed at 151.5 pence", "151.5 pence")?.value == .number(1.515))
    }

    @Test func metresAndMillions() throws {
        // "6.63m" measures metres and holds the number 6.63; "10M" and "648m" after money are millions.
        #expect(try numbers("took the long jump at 6.63m, while").map { "\($0.kind):\($0.text)" } == ["quantity:6.63m", "cardinal:6.63"])
        #expect(try find("I can give you 10M.", "10M")?.value == .number(10_000_000))
        #expect(try find("the former Olympic 100m champion", "100m")?.unit == "m")
        #expect(try find("serving 5m people", "5m")?.value == .number(5_000_000))
        #expect(try find("a record Australian dollars 648m ($492m) profit", "648m")?.kind == .cardinal)
    }

    @Test func halves() throws {
        #expect(try find("close to half a trillion dollars", "half a trillion dollars")?.value == .number(500_000_000_000))
        #expect(try find("more than half a million people", "half a million")?.value == .number(500_000))
        #expect(try numbers("at half-time, his half-brother played Half-Life").isEmpty)
        #expect(try find("instead of half an hour", "half an hour", date: "2022-12-14")?.timex == "PT0.5H")
    }

    @Test func scaleWords() throws {
        #expect(try find("three hundred and two dozens", "three hundred and two dozens")?.value == .number(324))
        #expect(try find("3 dozens", "3 dozens")?.value == .number(36))
        // A scale word alone is a number only when singular and of a hundred or more.
        #expect(try numbers("dozens of firms and hundreds of people").isEmpty)
        #expect(try numbers("His score is high").isEmpty)
        #expect(try find("the first thousand customers", "thousand")?.value == .number(1000))
        // Capitalised inside a sentence, it is part of a name.
        #expect(try numbers("Eastwood's Million Dollar Baby won").isEmpty)
        #expect(try numbers("Seaman told the Daily Mail and China Daily").isEmpty)
        #expect(try numbers("Mr Howard told the Sunday Times", date: "2022-12-14").isEmpty)
        #expect(try find("On Thursday Mr Blair said", "Thursday", date: "2022-12-14")?.kind == .date)
        #expect(try numbers("he told the Today programme", date: "2022-12-14").isEmpty)
    }

    @Test func ordinalsPercentsMoney() throws {
        // An amount and its unit leading a longer compound; bits against bytes; an abbreviation's stop.
        #expect(try find("a 12-cent-a-share dividend", "12-cent").map { [$0.kind == .money, $0.unit == "USD"] } == [true, true])
        #expect(try find("a five-mile-long queue", "five-mile")?.unit == "mi")
        #expect(try find("a file of 100 mb", "100 mb")?.unit == "Mb")
        #expect(try find("a file of 100 MB", "100 MB")?.unit == "MB")
        #expect(try find("set it at 50 deg. now", "50 deg.")?.unit == "°")
        // A currency code led by its multiplier; a percentage named before its number; a decimal comma after dotted thousands.
        #expect(try find("revenues of about MAUD 60", "MAUD 60").map { [$0.value == .number(60_000_000), $0.unit == "AUD"] } == [true, true])
        #expect(try find("per cent of twenty-two", "per cent of twenty-two")?.value == .number(22))
        #expect(try find("10 percent of 20", "10 percent")?.kind == .percent)
        #expect(try find("1.111,11 and more", "1.111,11")?.value == .number(1111.11))
        #expect(try find("twenty-one trillion and three hundred twenty second", "twenty-one trillion and three hundred twenty second")?.kind == .ordinal)
        #expect(try find("a twenty second delay", "twenty second")?.kind == .duration)
        #expect(try find("her 21st birthday", "21st").map { [$0.kind == .ordinal, $0.value == .number(21)] } == [true, true])
        #expect(try find("its first major attack", "first")?.kind == .ordinal)
        #expect(try find("up 12.5% today", "12.5%")?.value == .number(12.5))
        #expect(try find("five percent more", "five percent")?.kind == .percent)
        let m = try find("a $3m deal", "$3m")
        #expect(m?.kind == .money && m?.value == .number(3_000_000) && m?.unit == "USD")
        #expect(try find("cost £1,400 each", "£1,400")?.unit == "GBP")
        #expect(try find("€2.5bn in aid", "€2.5bn")?.value == .number(2_500_000_000))
        let cents = try find("only 20 cents", "20 cents")
        #expect(cents?.kind == .money && cents?.unit == "USD" && cents?.value == .number(0.2))
    }

    @Test func quantitiesAndRanges() throws {
        let km = try find("a 5 km run", "5 km")
        #expect(km?.kind == .quantity && km?.unit == "km" && km?.value == .number(5))
        let c = try find("it was -3 °C at dawn", "-3 °C")
        #expect(c?.unit == "°C" && c?.value == .number(-3))
        let r = try find("between 5 and 10 people", "between 5 and 10")
        #expect(r?.kind == .range && r?.min == 5 && r?.max == 10)
        let pr = try find("a 5-10% rise", "5-10%")
        #expect(pr?.kind == .range && pr?.min == 5 && pr?.max == 10)
        let up = try find("up to 20 staff", "up to 20")
        #expect(up?.kind == .range && up?.min == nil && up?.max == 20)
    }

    @Test func datesResolveAgainstTheDocumentDate() throws {
        // Wednesday 14 December 2022.
        let text = "On Tuesday officials met. On Wednesday drones fell. Next Tuesday they meet. This began in late February and will end this Christmas."
        let n = try numbers(text, date: "2022-12-14")
        func timex(_ s: String) -> String? { n.first { $0.text == s }?.timex }
        func value(_ s: String) -> NumberAnnotation.Value? { n.first { $0.text == s }?.value }
        // The timex keeps the year open where the text does; the value resolves it.
        #expect(timex("Tuesday") == "XXXX-WXX-2" && value("Tuesday") == .string("2022-12-13"))
        #expect(timex("Wednesday") == "XXXX-WXX-3" && value("Wednesday") == .string("2022-12-14"))
        #expect(timex("Next Tuesday") == "2022-12-20")
        #expect(timex("late February") == "XXXX-02" && value("late February") == .string("2022-02"))
        #expect(n.first { $0.text == "late February" }?.mod == "END")
        #expect(timex("this Christmas") == "2022-12-25")
        #expect(n.first { $0.text == "Tuesday" }?.value == .string("2022-12-13"))
    }

    @Test func yearBoundaries() throws {
        #expect(try find("Prices rose last December.", "last December", date: "2023-01-10")?.timex == "2022-12")
        #expect(try find("It fell on Friday.", "Friday", date: "2023-01-02")?.value == .string("2022-12-30"))
        #expect(try find("It ended on 30 December.", "30 December", date: "2023-01-02")?.value == .string("2022-12-30"))
        #expect(try find("They meet next January.", "next January", date: "2022-12-14")?.timex == "2023-01")
        // "last Monday" is the Monday of last week, "next Friday" the Friday of next week.
        #expect(try find("He left last Monday.", "last Monday", date: "2018-11-14")?.timex == "2018-11-05")
        #expect(try find("She arrives next Friday.", "next Friday", date: "2019-01-30")?.timex == "2019-02-08")
        #expect(try find("at 7:56:30 pm", "7:56:30 pm")?.timex == "T19:56:30")
    }

    @Test func unresolvedWithoutADocumentDate() throws {
        let x = try find("a truce this Christmas", "this Christmas")
        #expect(x?.timex == "XXXX-12-25" && x?.value == nil)
        #expect(try find("on Tuesday", "Tuesday")?.timex == "XXXX-WXX-2")
    }

    @Test func durationsTimesSets() throws {
        #expect(try find("for three weeks", "three weeks")?.timex == "P3W")
        #expect(try find("it took nine months", "nine months")?.timex == "P9M")
        #expect(try find("the first attack in weeks", "weeks")?.timex == "PXW")
        // The zone is not part of the clock's span, as Recognizers-Text spans it ("1830 GMT" keeps it: TemporalGrammarTests).
        #expect(try find("at 15:00 GMT", "15:00")?.timex == "T15:00")
        #expect(try find("at 15:00 GMT", "15:00 GMT") == nil)
        #expect(try find("at 3pm", "3pm")?.timex == "T15")
        #expect(try find("every Monday", "every Monday").map { [$0.kind == .set, $0.timex == "XXXX-WXX-1"] } == [true, true])
    }

    @Test func scaleNamesAndHalvesOfMultipliers() throws {
        let f = try find("convert 10 celsius to fahrenheit", "fahrenheit")
        #expect(f.map { [$0.kind == .quantity, $0.unit == "°F", $0.value == nil] } == [true, true, true])
        #expect(try find("Kelvin MacKenzie said", "Kelvin") == nil)
        #expect(try find("The population is 3 million and a half", "3 million and a half")?.value == .number(3_500_000))
        #expect(try find("winds of 61km/h", "61km/h")?.unit == "km/h")
        #expect(try find("output of 2.4 million barrels per day", "2.4 million barrels per day")?.unit == "bbl/d")
        #expect(try find("the baby is over two pounds", "two pounds")?.unit == "lb")
        #expect(try find("a fine of two pounds", "two pounds")?.unit == "GBP")
    }

    @Test func morePhrasingsOfRanges() throws {
        let more = try find("aged 65 or over", "65 or over")
        #expect(more.map { [$0.kind == .range, $0.min == 65, $0.max == nil] } == [true, true, true])
        #expect(try find("no less than 34 votes", "no less than 34")?.min == 34)
        #expect(try find("less than or equal to 30", "less than or equal to 30")?.max == 30)
        #expect(try find("The number range is 1000–5000", "1000–5000").map { [$0.min, $0.max] } == [1000, 5000])
        #expect(try find("Is it still the case when >= 30", ">= 30")?.min == 30)
        // A year "and greater" stays a date.
        #expect(try find("year 2016 and greater", "2016 and greater")?.kind != .range)
        #expect(try find("bigger or equal than 3965", "bigger or equal than 3965")?.min == 3965)
        #expect(try find("equal to or less than 30", "equal to or less than 30")?.max == 30)
        // A score is no range.
        #expect(try numbers("the champion won 5-7 6-0 6-2, then lost 1-3").filter { $0.kind == .range }.isEmpty)
        #expect(try find("aged 18-24", "18-24")?.kind == .range)
        // A fall "from 7.3% to 6.9%" is two percentages, not a range; "by 12.6%" after a date word is no date.
        #expect(try numbers("the rate fell from 7.3% to 6.9%").filter { $0.kind == .percent }.map(\.text) == ["7.3%", "6.9%"])
        #expect(try numbers("capacity rose by 12.6%, or 440,700").map(\.kind).contains(.date) == false)
        #expect(try find("Between 1.1 and 1.5 million people", "Between 1.1 and 1.5 million").map { [$0.min, $0.max] } == [1_100_000, 1_500_000])
        #expect(try find("sales fell from 1.27 million a year earlier", "1.27 million")?.value == .number(1_270_000))
        // Two open ranges, one on each side, close each other; not when they cross.
        #expect(try find("larger than 10 and smaller than 20", "larger than 10 and smaller than 20").map { [$0.min, $0.max] } == [10, 20])
        #expect(try find("at most 100 and at least 20 apples", "at most 100 and at least 20").map { [$0.min, $0.max] } == [20, 100])
        #expect(try numbers("more than 40 and less than 10").filter { $0.kind == .range }.map(\.text) == ["more than 40", "less than 10"])
        // An age after a comparison: the range ends at its number, the age is read as such.
        #expect(try numbers("it is more than 500 years old").map(\.text) == ["more than 500", "500 years old", "500"])
        #expect(try find("At 6 weeks of age, one can", "6 weeks of age").map { [$0.kind == .quantity, $0.unit == "Week"] } == [true, true])
    }

    @Test func agesFractionsAndGluedUnits() throws {
        let age = try find("a man, 29 years old, said", "29 years old")
        #expect(age?.kind == .quantity && age?.value == .number(29) && age?.unit == "Year")
        #expect(try find("a 90-year-old bridge", "90-year-old")?.value == .number(90))
        #expect(try find("three fifths of voters", "three fifths")?.value == .number(0.6))
        #expect(try find("three and a half of them", "three and a half")?.value == .number(3.5))
        #expect(try find("for three and a half days", "three and a half days")?.timex == "P3.5D")
        #expect(try find("a fifth of it", "a fifth")?.value == .number(0.2))
        #expect(try find("it is minus five", "minus five")?.value == .number(-5))
        #expect(try find("a six-mile trip", "six-mile")?.unit == "mi")
        #expect(try find("a 75ml bottle", "75ml")?.unit == "ml")
        #expect(try find("costs 115USD now", "115USD")?.unit == "USD")
        #expect(try find("only 3 dollars 50 cents", "3 dollars 50 cents")?.value == .number(3.5))
        #expect(try find("it was 20 degrees c", "20 degrees c")?.unit == "°C")
        #expect(try find("he is 5 ft 2 in", "5 ft 2 in")?.value == .number(5.16666666666667))
        #expect(try find("The weight is 20 (kg)", "20 (kg)")?.unit == "kg")
    }

    @Test func designatorsAreNotNumbers() throws {
        // A mobile generation is no weight, a rapper no money.
        #expect(try numbers("3G phones").isEmpty)
        #expect(try find("3g of sugar", "3g")?.unit == "g")
        #expect(try numbers("US rapper 50 Cent topped the list").allSatisfy { $0.kind != .money })
        #expect(try find("earning 885,000 Euros (£611,000)", "885,000 Euros")?.unit == "EUR")
        // A sentence opened by "Nearly" or "Roughly" is no name.
        #expect(try find("Shares fell. Nearly 20% more firms", "20%")?.value == .number(20))
        // A capitalised number word after a name is part of it.
        #expect(try numbers("shown on BBC One and Radio Five Live before the RBS Six Nations at Credit Suisse First Boston").isEmpty)
        #expect(try find("The two sides met", "two")?.value == .number(2))
        for text in ["13 out of 13 Shahed 136/131 drones", "F-16 jets", "the G-7 countries", "COVID-19 cases", "Windows 11 users"] {
            let n = try numbers(text)
            #expect(!n.contains { ["136/131", "16", "7", "19", "11", "F-16", "G-7", "COVID-19"].contains($0.text) }, "\(text): \(n.map(\.text))")
        }
    }

    @Test func kindsOptionFilters() throws {
        let only = try makeStage(TagNumbersStage.self, ["kinds": .list(["money"])])
        var d = Document(id: "1", text: "$5 on Tuesday, 3 times")
        try only.process(&d)
        #expect(d.numbers?.map(\.kind) == [.money])
        #expect(throws: ConfigurationError.self) { try makeStage(TagNumbersStage.self, ["kinds": .list(["monies"])]) }
    }
}

@Suite struct NumberFormsTests {
    let stage: TagNumbersStage
    init() throws { stage = try makeStage(TagNumbersStage.self) }

    func find(_ text: String, _ span: String, kind: NumberKind? = nil) throws -> NumberAnnotation? {
        var d = Document(id: "t", text: text)
        try stage.process(&d)
        return d.numbers?.first { $0.text == span && (kind == nil || $0.kind == kind) }
    }

    @Test func writtenForms() throws {
        #expect(try find("two hundred point zero three", "two hundred point zero three")?.value == .number(200.03))
        #expect(try find("1 over 3", "1 over 3")?.value == .number(0.333333333333333))
        #expect(try find("earn $2000 over 3 years", "3") != nil)
        #expect(try find("China has 1 414 021 100 people", "1 414 021 100")?.value == .number(1_414_021_100))
        #expect(try find("1.3e6", "1.3e6")?.value == .number(1_300_000))
        #expect(try find("2.5^-1", "2.5^-1")?.value == .number(0.4))
        #expect(try find("the result is ¾", "¾")?.value == .number(0.75))
        #expect(try find("They have two million and a half", "two million and a half")?.value == .number(2_500_000))
        #expect(try find("I can give you 13 lakh", "13 lakh")?.value == .number(1_300_000))
        #expect(try find("one fifth of them", "one fifth")?.value == .number(0.2))
        #expect(try find("one twenty-fifth", "one twenty-fifth")?.value == .number(0.04))
        #expect(try find("the total is three lakh crore", "three lakh crore")?.value == .number(3e12))
        #expect(try find("They have two million and one half", "two million and one half")?.value == .number(2_500_000))
    }

    @Test func relativeOrdinalsAndPronouns() throws {
        #expect(try find("Show me the penultimate.", "penultimate")?.relative == "end-1")
        #expect(try find("Show me the next one.", "next one")?.relative == "current+1")
        #expect(try find("The one you mentioned", "one") == nil)
        #expect(try find("that one mile", "one mile")?.kind == .quantity)
    }

    @Test func numbersInsideLargerExpressions() throws {
        #expect(try find("a $2,000 fee", "2,000", kind: .cardinal)?.value == .number(2000))
        #expect(try find("more than $247 million", "$247 million", kind: .money)?.value == .number(247_000_000))
        #expect(try find("a 5-10% rise", "10", kind: .cardinal)?.value == .number(10))
    }
}

@Suite struct MixedNumberTests {
    @Test func digitsWithScaleWordsAndBareDecimals() throws {
        let stage = try makeStage(TagNumbersStage.self)
        var d = Document(id: "t", text: "4 thousand 3 hundred and 21 is valid, so is .08, and they lost 75 USD million.")
        try stage.process(&d)
        let values = Dictionary((d.numbers ?? []).map { ($0.text, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(values["4 thousand 3 hundred and 21"] == .number(4321))
        #expect(values[".08"] == .number(0.08))
        #expect(values["75 USD million"] == .number(75_000_000))
    }
}

@Suite struct TemporalCompositionTests {
    func numbers(_ text: String, date: String?) throws -> [NumberAnnotation] {
        var d = Document(id: "t", text: text, date: date)
        try makeStage(TagNumbersStage.self).process(&d)
        return d.numbers ?? []
    }

    @Test func datesAndTimesCombine() throws {
        let n = try numbers("We meet tomorrow at 8am, then from 5 to 6pm, and this evening.", date: "2016-11-07")
        let byText = Dictionary(n.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["tomorrow at 8am"]?.kind == .datetime)
        #expect(byText["tomorrow at 8am"]?.timex == "2016-11-08T08")
        #expect(byText["from 5 to 6pm"]?.timex == "(T17,T18,PT1H)")
        #expect(byText["this evening"]?.timex == "2016-11-07TEV")
        // A time of a day with a bound: one datetime, the bound as `mod`.
        let bounded = try numbers("I'll be back tomorrow before 5pm", date: "2016-11-07").first { $0.text == "tomorrow before 5pm" }
        #expect(bounded.map { [$0.timex, $0.mod] } == ["2016-11-08T17", "BEFORE"])
        #expect(try numbers("go on Feb 1st no later than 6:00", date: nil).first { $0.kind == .datetime }?.timex == "XXXX-02-01T06:00")
        var d = Document(id: "x", text: "We meet tomorrow at 8am, then from 5 to 6pm, and this evening.", date: "2016-11-07")
        try makeStage(TagNumbersStage.self).process(&d)
        #expect(StageVerifier.spanProblem(d) == nil)
    }
}
