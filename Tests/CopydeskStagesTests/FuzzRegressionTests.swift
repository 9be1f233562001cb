import Copydesk
import CopydeskStages
import Foundation
import Testing

/// Inputs the libFuzzer targets of `Fuzz/` crashed on, replayed in the
/// ordinary suite so `swift test` guards them without the sanitizer build.
@Suite struct FuzzRegressionTests {
    /// `Fuzz/`'s `numbers` target: the first 3 bytes pick the date, the rest is the text.
    func tagNumbers(fuzzInput base64: String) throws -> Document {
        let bytes = [UInt8](try #require(Data(base64Encoded: base64)))
        var document = Document(id: "fuzz", text: String(decoding: bytes.dropFirst(3), as: UTF8.self), date: "1745-08-26")
        try makeStage(TagNumbersStage.self).process(&document)
        return document
    }

    /// "99999999999999999999999999h" trapped in `Int(_:)` writing its
    /// period (crash-a1169124f4c653ba5f054cce2d4676f580dc124e).
    @Test func hugeGluedDuration() throws {
        let document = try tagNumbers(fuzzInput: "Ld+LkN/DcG0tIFEzIDIwMjQsIENocmlzdG1hcyBFswAsOmV3byBhbofPz9SLl5CHc2EseiB0AAAAYSBodW5kcmV3byBhbnllYW5kciBkIHR3ZW50eS1+aHKYmt+Ll5CKjGFuZCAgLCw0LzPCvSwgMWUxMCwgMHgxRiwgMDA3LCA5OQEAAAAAAAAeOTk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OWggOTk5OTk4OSB0b2QgYWpkIG5uZXN0")
        #expect(document.numbers != nil)
    }

    /// Amounts past `Int`, and shifts past the year 9999, in every duration form.
    @Test func hugeDurations() throws {
        let stage = try makeStage(TagNumbersStage.self)
        for text in ["99999999999999999999h", "for 99999999999999999999 hours", "99999999999999999999 weeks ago",
                     "in 99999999999999999999 years", "4000000 months ago", "in 3000000 days", "1e400 days later",
                     String(repeating: "9", count: 400) + " years ago"] {
            var document = Document(id: "t", text: text, date: "2023-05-11")
            try stage.process(&document)
            #expect(document.numbers?.isEmpty == false, "\(text)")
        }
    }
}
