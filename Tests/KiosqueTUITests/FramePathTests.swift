import KiosqueCore
import Testing
@testable import KiosqueTUI

/// The short cuts that keep a frame under 2 ms (issue 15) give what the general paths give.
@Suite struct FramePathTests {
    /// Draws `text` one character at a time (each character alone takes the general path when it
    /// is not Latin), to compare with one `put` of the whole string.
    func slowPut(_ text: String, width: Int) -> Grid {
        var grid = Grid(width: width, height: 1)
        var x = 0
        for ch in text { x = grid.put(String(ch) + "\u{200B}", x: x, y: 0, maxX: width) }
        return grid
    }

    @Test func punctuationAndLinesDrawLikeTheGeneralPath() {
        for text in ["L’homme de Moscou « visite » — 12 € …", "•  2024-02-29 ─│┌┐ → ←", "tiret ‐ ‑ ‒ – — ‘ ’ ‚ “ ” „ † ‡ • ‥ … ‰ ′ ″ ‹ ›"] {
            var fast = Grid(width: 60, height: 1)
            let end = fast.put(text, x: 0, y: 0)
            #expect(fast == slowPut(text, width: 60), "\(text)")
            #expect(end == text.unicodeScalars.count)
        }
    }

    @Test func controlsAndBidiInPunctuationStillGoTheSafeWay() {
        var grid = Grid(width: 20, height: 1)
        grid.put("a\u{202E}b’\u{1B}", x: 0, y: 0)
        #expect(!grid.lines[0].contains("\u{202E}"))
        #expect(!grid.lines[0].contains("\u{1B}"))
        #expect(grid.lines[0].hasPrefix("a\u{FFFD}b’␛"))
    }

    @Test func aLatinPutOverAWideCharacterClearsItsOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("日本", x: 0, y: 0)
        grid.put("’", x: 1, y: 0)
        #expect(grid.lines[0] == " ’本  ")
        #expect(grid[2, 0].width == 2)
    }

    @Test func truncationCutsLatinTextAtTheWidth() {
        #expect(Truncation.truncate("Des «gilets jaunes» à l’Élysée", width: 12) == "Des «gilets…")
        #expect(Truncation.truncate("court", width: 12) == "court")
        #expect(Truncation.truncate("abc", width: 1) == "…")
    }

    @Test func formatFillsNamedPlaceholdersOnceAndKeepsOtherBraces() {
        #expect(Strings.fill("{current}/{total}", ["current": "3", "total": "1 280"]) == "3/1 280")
        #expect(Strings.fill("{a} {unknown} {", ["a": "{b}", "b": "x"]) == "{b} {unknown} {")
        #expect(Strings.fill("plain", ["a": "x"]) == "plain")
    }

    @Test func outletNamesAreTrimmedOnlyWhenNeeded() {
        #expect(ArticleOutletName.name(source: "Le Monde", url: nil, path: "a/b.txt") == "Le Monde")
        #expect(ArticleOutletName.name(source: "  Le Monde\n", url: nil, path: "a/b.txt") == "Le Monde")
        #expect(ArticleOutletName.name(source: " ", url: "https://www.lemonde.fr/x", path: "a/b.txt") == "lemonde.fr")
    }

    @Test func hintKeysComeFromTheLiveMapInFileOrder() throws {
        let map = try KeyMap.bundled()
        #expect(map.shownKeys(for: .toggleSector) == map.bindings(for: .toggleSector).compactMap(\.keyNames.first))
        #expect(map.shownKeys(for: .help) == [try #require(map.binding(for: .help)?.keyNames.first)])
    }

    /// Every sentence of a paragraph long enough to wrap on many lines: the rows found with the
    /// skipping search are the rows whose glyphs carry the sentence.
    @Test func sentenceRowsMatchAFullScan() throws {
        let sentences = (0..<40).map { S(stringLiteral: "Phrase \($0) du long paragraphe, avec assez de mots pour passer à la ligne plusieurs fois.") }
        let article = Fixtures.article(title: "Long", paragraphs: [sentences, ["Court."]])
        let layout = ArticleLayout(article: article, width: 37)
        let paragraph = try #require(article.paragraphs.firstIndex { $0.role == .body })
        let block = try #require(layout.block(ofParagraph: paragraph))
        let lines = layout.wrapped(block: block)
        #expect(lines.count > 40)
        for sentence in 0..<40 {
            let tagged = lines.indices.filter { lines[$0].contains(tag: sentence) }
            let rows = try #require(layout.rows(ofSentence: sentence, inParagraph: paragraph))
            #expect(rows.first.line == tagged.first && rows.last.line == tagged.last, "sentence \(sentence)")
            #expect(rows.first.block == block)
        }
        #expect(layout.rows(ofSentence: 40, inParagraph: paragraph) == nil)
    }
}

@Suite struct CellTests {
    @Test func cellsGiveBackTheirGraphemes() {
        for text in [" ", "a", "é", "’", "日", "e\u{301}", "👍🏽", "🇫🇷", ""] {
            let cell = Cell(text)
            #expect(cell.grapheme == text)
            #expect(Cell(text) == cell)
        }
        #expect(Cell("e\u{301}") != Cell("a\u{301}"))
        var cell = Cell("x")
        cell.grapheme = "👍🏽"
        #expect(cell.grapheme == "👍🏽")
        #expect(Cell.continuation(style: .plain).grapheme == "")
    }

    @Test func gridsWithClustersKeepThem() {
        var grid = Grid(width: 8, height: 1)
        grid.put("e\u{301}👍🏽x", x: 0, y: 0)
        #expect(grid.lines[0] == "e\u{301}👍🏽x    ")
    }
}
