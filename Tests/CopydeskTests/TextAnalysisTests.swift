import Copydesk
import Testing

@Suite struct TokenizerTests {
    func words(_ s: String) -> [String] {
        let t = TextAnalysis(s)
        return t.tokens.map { t.string($0) }
    }

    @Test func conventions() {
        #expect(words("Ukraine's defence") == ["Ukraine", "'s", "defence"])
        #expect(words("the U.S. arsenal") == ["the", "U.S.", "arsenal"])
        #expect(words("£1,400 and 3.5% of 1.5 million") == ["£", "1,400", "and", "3.5", "%", "of", "1.5", "million"])
        #expect(words("surface-to-air F-16 G-7 COVID-19") == ["surface-to-air", "F-16", "G-7", "COVID-19"])
        #expect(words("Shahed 136/131 at 15:00.") == ["Shahed", "136/131", "at", "15:00", "."])
        #expect(words("O'Brien don't… wait...") == ["O'Brien", "don't", "…", "wait", "..."])
        #expect(words("“Quote,” he said") == ["“", "Quote", ",", "”", "he", "said"])
    }

    @Test func dottedAcronyms() {
        #expect(words("U.S.A. team, e.g. this, a.b.c.d.e and U.S.") == ["U.S.A.", "team", ",", "e.g.", "this", ",", "a.b.c.d.", "e", "and", "U.S", "."])
        #expect(words("Mr.Smith U.S.Army 3.5.6") == ["Mr", ".", "Smith", "U.S.", "Army", "3.5.6"])
    }

    /// A "U.S."-shaped word of 400,000 scalars: one token and the final dot.
    /// The acronym test once rescanned the word at every dot: minutes here.
    /// A dotted run ("a.a.a…", once quadratic) and a run of two-byte letters,
    /// each far past the 64 KB a token can hold: cut into tokens of at most
    /// `Token.maxBytes` that follow each other with no gap, in bytes and in scalars.
    @Test(arguments: ["a.", "é"])
    func longRunsAreCutIntoTokensThatFitTheirLengths(unit: String) {
        let text = String(repeating: unit, count: 200_000)
        let t = TextAnalysis(text)
        #expect(t.tokens.count > 3)
        #expect(t.tokens.allSatisfy { $0.byteEnd - $0.byteStart <= Token.maxBytes && $0.end > $0.start })
        #expect(t.tokens.first?.byteStart == 0 && t.tokens.first?.start == 0)
        #expect(t.tokens.last?.byteEnd == text.utf8.count && t.tokens.last?.end == text.unicodeScalars.count)
        #expect(zip(t.tokens, t.tokens.dropFirst()).allSatisfy { $0.byteEnd == $1.byteStart && $0.end == $1.start })
        #expect(t.tokens.allSatisfy { t.string($0).unicodeScalars.count == $0.end - $0.start })
    }

    /// Sixteen bytes a token: a 10 MB document has over a million of them.
    @Test func aTokenIsSixteenBytes() {
        #expect(MemoryLayout<Token>.stride == 16)
    }

    @Test func offsetsCountUnicodeScalars() {
        let t = TextAnalysis("Zelenskyy’s Київ 😀 x")
        let spans = t.tokens.map { [$0.start, $0.end] }
        #expect(spans == [[0, 9], [9, 11], [12, 16], [17, 18], [19, 20]])
    }
}

@Suite struct SentenceSplitterTests {
    func sentences(_ s: String) -> [String] {
        let t = TextAnalysis(s)
        return t.sentences.map { t.string(of: $0) }
    }

    @Test func abbreviationsTitlesAndInitials() {
        #expect(sentences("Air Force Brig. Gen. Patrick Ryder spoke. Mr. Peskov said no.") ==
                ["Air Force Brig. Gen. Patrick Ryder spoke.", "Mr. Peskov said no."])
        #expect(sentences("It is in the U.S. arsenal. The U.S. Army agreed.") == ["It is in the U.S. arsenal.", "The U.S. Army agreed."])
        #expect(sentences("J. K. Rowling wrote it. She was paid.") == ["J. K. Rowling wrote it.", "She was paid."])
        #expect(sentences("Talks ended in the U.S. The next round is in May.") == ["Talks ended in the U.S.", "The next round is in May."])
    }

    @Test func decimalsAndPrices() {
        #expect(sentences("Shares rose 3.5% to £102.80. Traders cheered.") == ["Shares rose 3.5% to £102.80.", "Traders cheered."])
    }

    @Test func quotesEllipsesAndQuestions() {
        #expect(sentences("“No such offers have been received.” He left.") == ["“No such offers have been received.”", "He left."])
        #expect(sentences("\"Why now?\" he asked. Nobody knew.") == ["\"Why now?\" he asked.", "Nobody knew."])
        #expect(sentences("He paused... and went on. Then... The end.") == ["He paused... and went on.", "Then...", "The end."])
    }

    @Test func headlinesAndParagraphs() {
        #expect(sentences("Dollar gains on Greenspan speech\n\nThe dollar rose.\nA new line starts here") ==
                ["Dollar gains on Greenspan speech", "The dollar rose.", "A new line starts here"])
    }
}

@Suite struct DocumentAnalysisTests {
    @Test func madeOnceAndSharedByCopies() {
        var d = Document(id: "a", text: "Kyiv is calm. Sirens sounded at 3am.")
        let first = d.analysis
        #expect(d.analysis === first)
        let copy = d
        #expect(copy.analysis === first)
        d.entities = []
        #expect(d.analysis === first, "annotations leave the text and its analysis alone")
        #expect(first.sentences.count == 2)
        #expect(first.lowerTokens.first == "kyiv")
        #expect(first.lowerHashes.first?.whole == WordHash.hash("KYIV"))
    }

    @Test func droppedWhenTheTextChanges() {
        var d = Document(id: "a", text: "One two")
        let before = d.analysis
        d.text = "One two three"
        #expect(d.analysis !== before)
        #expect(d.analysis.tokens.count == 3)
        d.text.append(" four")
        #expect(d.analysis.tokens.count == 4, "an in-place change drops it too")
    }

    @Test func neitherOnTheWireNorInEquality() throws {
        let a = Document(id: "a", text: "Kyiv is calm.")
        let b = Document(id: "a", text: "Kyiv is calm.")
        _ = a.analysis.sentences
        #expect(a == b)
        #expect(a.wireJSON == b.wireJSON)
        #expect(try Document(json: try JSONParser.parse(a.wireJSON)) == a)
    }

    @Test func hyphenatedWordsHashTheirFirstPart() {
        let t = TextAnalysis("mid-November")
        #expect(t.lowerHashes[0].beforeHyphen == WordHash.hash("mid"))
        #expect(t.lowerHashes[0].whole == WordHash.hash("mid-november"))
    }

    @Test func languageDataComesFromTheBundledFiles() throws {
        let data = try LanguageData.english()
        #expect(data.months["sept"] == 9 && data.weekdays["thurs"] == 4)
        #expect(data.abbreviations.contains("jan") && !data.abbreviations.contains("may"), "full month names are no abbreviations")
        #expect(data.titles.contains("gen") && data.sentenceStarters.contains("however"))
    }
}
