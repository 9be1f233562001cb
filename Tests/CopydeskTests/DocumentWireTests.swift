import Copydesk
import Testing

@Suite struct DocumentWireTests {
    @Test func roundTripKeepsUnknownFieldsInOrder() throws {
        let line = #"{"id":"a","zeta":[1,2.5,{"b":null,"a":true}],"text":"Kyiv \u00e9 \ud83d\ude00","date":"2022-12-14","alpha":"x"}"#
        let d = try Document(json: try JSONParser.parse(line))
        #expect(d.text == "Kyiv é 😀")
        #expect(d.date == "2022-12-14")
        #expect(d.fields.map(\.key) == ["zeta", "alpha"])
        #expect(d.wireJSON == #"{"id":"a","date":"2022-12-14","text":"Kyiv é 😀","zeta":[1,2.5,{"b":null,"a":true}],"alpha":"x"}"#)
        #expect(try Document(json: try JSONParser.parse(d.wireJSON)) == d)
    }

    @Test func annotationsRoundTrip() throws {
        var d = Document(id: "n", text: "£3m on Tuesday", date: "2022-12-14")
        d.entities = [Entity(start: 0, end: 3, text: "£3m", label: "MISC")]
        d.numbers = [
            NumberAnnotation(start: 0, end: 3, text: "£3m", kind: .money, value: .number(3_000_000), unit: "GBP"),
            NumberAnnotation(start: 7, end: 14, text: "Tuesday", kind: .date, value: .string("2022-12-13"), timex: "2022-12-13"),
            NumberAnnotation(start: 0, end: 1, text: "£", kind: .range, min: 5),
        ]
        d.summary = [Span(start: 0, end: 14, text: "£3m on Tuesday")]
        let json = d.wireJSON
        #expect(json.contains(#""value":3000000,"unit":"GBP""#))
        #expect(json.contains(#""kind":"range","min":5,"max":null"#))
        #expect(try Document(json: try JSONParser.parse(json)) == d)
    }

    @Test func invalidDocumentsAreExplained() {
        #expect(throws: Document.WireError.self) { try Document(json: try JSONParser.parse(#"{"id":"a"}"#)) }
        #expect(throws: Document.WireError.self) { try Document(json: try JSONParser.parse(#"{"id":"a","text":"t","date":"2022-13-01"}"#)) }
        #expect(throws: Document.WireError.self) { try Document(json: try JSONParser.parse(#"{"id":"a","text":"t","numbers":[{"start":0,"end":1,"kind":"weird"}]}"#)) }
        #expect(throws: Document.WireError.self) { try Document(json: try JSONParser.parse(#"[1]"#)) }
    }

    @Test func parserRejectsMalformedJSON() {
        for bad in [#"{"a":}"#, #"{"a":1"#, #"{"a":"\x"}"#, "[1,]", #""\ud800""#, "01", "{} x", "\"a\u{1}\""] {
            #expect(throws: JSONParser.Error.self, "\(bad)") { try JSONParser.parse(bad) }
        }
    }

    @Test func numbersPrintAsIntegersWhenIntegral() {
        var w = JSONWriter()
        w.value(.array([.number(13), .number(-2), .number(0.25), .number(1e21)]))
        #expect(String(decoding: w.bytes, as: UTF8.self) == "[13,-2,0.25,1e+21]")
    }

    @Test func passThroughNumbersComeBackByteForByte() throws {
        let numbers = ["0", "-0", "12", "1.50", "2.5", "1e999999", "-1E-999999", "123456789012345678901234567890", "9007199254740993",
                       "0.1", "1e5", "1E+2", "3.141592653589793238462643383279", "-0.0", "100000000000000000000", "5e-324"]
        let line = "{\"id\":\"a\",\"text\":\"t\",\"n\":[" + numbers.joined(separator: ",") + "]}"
        let d = try Document(json: try JSONParser.parse(line))
        #expect(d.wireJSON == line)
        // Generated: random digit strings of every length and exponents round-trip too.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let digits = String((0..<Int.random(in: 1...40, using: &generator)).map { _ in "0123456789".randomElement(using: &generator)! })
            let integer = digits.drop { $0 == "0" }.isEmpty ? "0" : String(digits.drop { $0 == "0" })
            let fraction = Bool.random(using: &generator) ? "." + String(digits.prefix(5)) : ""
            let exponent = Bool.random(using: &generator) ? "e" + String(Int.random(in: -400...400, using: &generator)) : ""
            let text = (Bool.random(using: &generator) ? "-" : "") + integer + fraction + exponent
            var w = JSONWriter()
            w.value(try JSONParser.parse(text))
            #expect(String(decoding: w.bytes, as: UTF8.self) == text)
        }
    }

    @Test func numbersKeptAsTextCompareByValue() throws {
        #expect(try JSONParser.parse("1.50") == .number(1.5))
        #expect(try JSONParser.parse("1.50").numberValue == 1.5)
        #expect(try JSONParser.parse("1e999999").numberValue == .infinity)
        // A numeric id keeps its digits.
        let d = try Document(json: try JSONParser.parse(#"{"id":123456789012345678901234567890,"text":"t"}"#))
        #expect(d.id == "123456789012345678901234567890")
    }
}
