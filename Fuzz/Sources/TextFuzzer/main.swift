import Copydesk
import FuzzSupport

// The shared text analysis: tokenizer, sentence splitter, word forms, on
// the input as UTF-8 (invalid bytes repaired as any reader does). Offsets
// must stay inside the text and in order: stages slice the text with them.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: FuzzDriver.bytes(data, size), as: UTF8.self)
    let analysis = TextAnalysis(text)
    let scalars = text.unicodeScalars.count
    var lastByte = 0, lastScalar = 0
    for token in analysis.tokens {
        precondition(lastByte <= token.byteStart && token.byteStart < token.byteEnd && token.byteEnd <= analysis.bytes.count,
                     "token bytes \(token.byteStart)..<\(token.byteEnd) out of order or outside \(analysis.bytes.count)")
        precondition(lastScalar <= token.start && token.start < token.end && token.end <= scalars,
                     "token scalars \(token.start)..<\(token.end) out of order or outside \(scalars)")
        lastByte = token.byteEnd
        lastScalar = token.end
        _ = analysis.string(token)
        _ = analysis.lower(token)
    }
    var lastToken = 0
    for sentence in analysis.sentences {
        precondition(lastToken <= sentence.tokens.lowerBound && sentence.tokens.upperBound <= analysis.tokens.count,
                     "sentence tokens \(sentence.tokens) out of order or outside \(analysis.tokens.count)")
        precondition(sentence.start <= sentence.end && sentence.end <= scalars, "sentence \(sentence.start)..<\(sentence.end) outside \(scalars)")
        lastToken = sentence.tokens.upperBound
        _ = analysis.string(of: sentence)
    }
    _ = analysis.lowerTokens
    _ = analysis.lowerHashes
    return 0
}

FuzzDriver.run(fuzz)
