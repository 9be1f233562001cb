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
}
