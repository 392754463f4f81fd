import Testing
@testable import KiosqueTUI

@Suite("Wrapper: French typography and widths")
struct WrapperTests {
    @Test func breaksAtSpacesWithinWidth() {
        #expect(Wrapper.wrap("le chef de la diplomatie russe", width: 10) == ["le chef de", "la", "diplomatie", "russe"])
    }

    @Test func neverBreaksAtNoBreakSpace() {
        // "1\u{A0}500" must stay together even where a break would fit better.
        let lines = Wrapper.wrap("quelque 1\u{A0}500 mercenaires", width: 11)
        #expect(lines == ["quelque", "1\u{A0}500", "mercenaires"])
        #expect(Wrapper.wrap("aa 1\u{A0}500", width: 6) == ["aa", "1\u{A0}500"])
    }

    @Test func narrowNoBreakSpaceKeepsColonWithWord() {
        // "visite\u{202F}:" is one unit: the colon never starts the next line.
        let lines = Wrapper.wrap("cette visite\u{202F}: la diversification", width: 13)
        #expect(lines == ["cette", "visite\u{202F}: la", "diversificati", "on"])
        #expect(lines.allSatisfy { !$0.hasPrefix(":") })
    }

    @Test func punctuationAfterOrdinarySpaceNeverStartsLine() {
        for text in ["Au menu de cette visite : la suite", "Vraiment ? Oui", "Attention ! Non", "un ; deux"] {
            // From the width of the longest unbreakable unit ("Attention !"): narrower, words are cut.
            for width in 11...20 {
                for line in Wrapper.wrap(text, width: width) {
                    #expect(![":", "?", "!", ";"].contains(line.first), "width \(width): \(line)")
                }
            }
        }
    }

    @Test func openingGuillemetNeverEndsLineAndClosingNeverStartsOne() {
        let text = "considéré comme « l’homme de Moscou » à Bamako"
        for width in 8...40 {
            let lines = Wrapper.wrap(text, width: width)
            for line in lines {
                #expect(!line.hasSuffix("«"), "width \(width): \(lines)")
                #expect(!line.hasPrefix("»"), "width \(width): \(lines)")
            }
        }
        #expect(Wrapper.wrap(text, width: 18) == ["considéré comme", "« l’homme de", "Moscou » à Bamako"])
    }

    @Test func guillemetsWithNarrowNoBreakSpaces() {
        let lines = Wrapper.wrap("une «\u{202F}visite\u{202F}» amicale", width: 10)
        #expect(lines == ["une", "«\u{202F}visite\u{202F}»", "amicale"])
    }

    @Test func wideCharactersCountTwoColumns() {
        let lines = Wrapper.wrap("東京都 大阪", width: 6)
        #expect(lines == ["東京都", "大阪"])
        // A run of CJK without spaces is cut by width, never splitting a character.
        #expect(Wrapper.wrap("東京都大阪府", width: 5) == ["東京", "都大", "阪府"])
    }

    @Test func emojiCountTwoColumns() {
        #expect(Wrapper.wrap("ok 👍 bien", width: 5) == ["ok 👍", "bien"])
        #expect(Wrapper.wrap("👍👍👍", width: 4) == ["👍👍", "👍"])
    }

    @Test func longWordsAreCut() {
        #expect(Wrapper.wrap("https://example.org/a/very/long/path", width: 10)
            == ["https://ex", "ample.org/", "a/very/lon", "g/path"])
        #expect(Wrapper.wrap("ab anticonstitutionnellement", width: 8) == ["ab", "anticons", "titution", "nellemen", "t"])
    }

    @Test func hardBreaksAndEmptyLines() {
        #expect(Wrapper.wrap("un\ndeux\n\ntrois", width: 20) == ["un", "deux", "", "trois"])
        #expect(Wrapper.wrap("", width: 20) == [])
    }

    @Test func linesKeepSourceOffsets() {
        // "é" decomposed takes two code points: offsets count code points.
        let text = "Cafe\u{301} noir et sucre"
        let lines = Wrapper.wrap(Glyph.glyphs(of: text, startingAt: 100), width: 9)
        #expect(lines.map(\.text) == ["Cafe\u{301} noir", "et sucre"])
        #expect(lines[0].start == 100)
        #expect(lines[0].end == 110)
        #expect(lines[1].start == 111)
    }

    @Test func controlCharactersBecomeVisibleBeforeWrapping() {
        let lines = Wrapper.wrap("a\u{1B}[31mb", width: 20)
        #expect(lines == ["a\u{241B}[31mb"])
        #expect(!lines[0].unicodeScalars.contains { $0.value == 0x1B })
    }

    @Test func truncationAddsEllipsisByWidth() {
        #expect(Truncation.truncate("Lutte contre les terroristes", width: 10) == "Lutte con…")
        #expect(Truncation.truncate("東京都大阪", width: 6) == "東京…")
        #expect(Truncation.pad("abc", width: 5) == "abc  ")
    }

    @Test("widths and cuts of Latin text (counted by scalar) agree with the grapheme count, and others still go by grapheme")
    func latinFastPathAgreesWithGraphemes() {
        for text in ["Électricité : la défense à l’Élysée", "naïve « œuvre » ÿ", "", "tab\there"] {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text)")
        }
        #expect(DisplayWidth.latinWidth("e\u{301}te\u{301}") == nil, "a combining accent is not Latin-fast")
        #expect(DisplayWidth.of("e\u{301}te\u{301}") == 3)
        #expect(Truncation.truncate("Électricité de France", width: 8) == "Électri…")
        #expect(Truncation.truncate("E\u{301}lectricite\u{301} de France", width: 8) == "E\u{301}lectri…", "cut by grapheme, accent kept")
        #expect(Truncation.truncate("a\u{1B}[31mb", width: 20) == "a\u{241B}[31mb", "controls still made visible")
        #expect(Truncation.truncate("a\u{202E}b", width: 20) == "a\u{FFFD}b", "bidi override replaced")
    }
}
