import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("update: the passage cursor and scrolling")
struct ReaderUpdateTests {
    /// The reader panel's body rows as text, from a render.
    func readerRows(_ state: AppState) -> [String] {
        let grid = state.screen
        let context = ReaderContext(state)
        guard let body = context?.geometry.body else { return [] }
        return (body.y..<body.maxY).map { y in
            String(grid.lines[y].dropFirst(body.x).prefix(body.width))
        }
    }

    /// True when the cursor mark is on some row of the reader.
    func cursorVisible(_ state: AppState) -> Bool { readerRows(state).contains { $0.hasPrefix("▌") } }

    @Test func cursorMovesSentenceBySentenceAcrossParagraphs() {
        var state = Fixtures.state()
        state.press("Enter")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 0))
        state.press("j", "j")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 2))
        state.press("j")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 3, sentence: 0))
        state.press("k")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 2))
        state.press("G")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 6, sentence: 1))
        state.press("j")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 6, sentence: 1))
        state.press("g")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 0))
        state.press("k")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 0))
    }

    @Test func cursorSkipsParagraphsThatAreNotShown() {
        // Boilerplate between two body paragraphs.
        var article = Fixtures.mali
        article.paragraphs[3].role = .boilerplate
        var state = Fixtures.state([article])
        state.press("Enter", "j", "j", "j")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 4, sentence: 0))
        state.press("k")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 2))
    }

    @Test func viewFollowsTheCursorDownAndUp() {
        var state = Fixtures.state([Fixtures.long(times: 10)], width: 120, height: 24)
        state.press("Enter")
        let start = state.reader.topOffset
        for _ in 0..<40 {
            state.press("j")
            #expect(cursorVisible(state), "cursor \(String(describing: state.reader.cursor))")
        }
        #expect(state.reader.topOffset > start)
        for _ in 0..<40 {
            state.press("k")
            #expect(cursorVisible(state))
        }
        #expect(state.reader.topOffset == start)
    }

    @Test func cursorSentenceKeepsContextBelow() throws {
        var state = Fixtures.state([Fixtures.long(times: 10)], width: 120, height: 24)
        state.press("Enter")
        for _ in 0..<30 { state.press("j") }
        let rows = readerRows(state)
        let last = try #require(rows.lastIndex { $0.hasPrefix("▌") })
        #expect(last <= rows.count - 3, "two rows of context under the cursor")
    }

    @Test func pageDownPutsTheCursorOnTheFirstSentenceVisible() throws {
        var state = Fixtures.state([Fixtures.long(times: 10)], width: 120, height: 24)
        state.press("Enter")
        let before = state.reader.topOffset
        state.press("Space")
        #expect(state.reader.topOffset > before)
        let article = try #require(state.openArticle)
        let cursor = try #require(state.reader.cursor)
        let sentence = try #require(article.sentence(at: cursor))
        #expect(sentence.range.start >= state.reader.topOffset)
        #expect(cursorVisible(state))
        // No sentence starts between the top of the view and the cursor sentence.
        let context = try #require(ReaderContext(state))
        #expect(context.firstVisibleSentence(top: context.top(state.reader.topOffset)) == cursor)
        state.press("PgUp")
        #expect(state.reader.topOffset == before)
        #expect(cursorVisible(state))
    }

    @Test func halfPagesMoveHalfAsFar() throws {
        var full = Fixtures.state([Fixtures.long(times: 10)], width: 120, height: 30)
        full.press("Enter", "Ctrl-f")
        var half = Fixtures.state([Fixtures.long(times: 10)], width: 120, height: 30)
        half.press("Enter", "Ctrl-d")
        let layout = try #require(ReaderContext(full)).layout
        let fullRows = layout.distance(from: layout.first, to: layout.position(ofOffset: full.reader.topOffset))
        let halfRows = layout.distance(from: layout.first, to: layout.position(ofOffset: half.reader.topOffset))
        #expect(halfRows > 0 && halfRows < fullRows)
        half.press("Ctrl-u")
        #expect(layout.position(ofOffset: half.reader.topOffset) == layout.first)
    }

    @Test func pagingStopsAtTheEndWithTheCursorOnTheLastSentence() {
        var state = Fixtures.state([Fixtures.long(times: 3)], width: 120, height: 24)
        state.press("Enter")
        for _ in 0..<50 { state.press("Space") }
        let article = Fixtures.long(times: 3)
        #expect(state.reader.cursor == article.lastShownSentence)
        #expect(cursorVisible(state))
        // The last text row is at the bottom of the view, no blank space beyond it.
        #expect(readerRows(state).last?.trimmingCharacters(in: .whitespaces).isEmpty == false)
    }

    @Test func bottomAndTopKeys() {
        var state = Fixtures.state([Fixtures.long(times: 5)], width: 120, height: 24)
        state.press("Enter", "G")
        #expect(state.reader.cursor == Fixtures.long(times: 5).lastShownSentence)
        #expect(cursorVisible(state))
        state.press("Home")
        #expect(state.reader.cursor == Fixtures.long(times: 5).firstShownSentence)
        #expect(state.reader.topOffset == Fixtures.long(times: 5).paragraphs[2].sentences[0].range.start)
    }

    @Test func resizeKeepsTheTopPassageAtTheTop() throws {
        var state = Fixtures.state([Fixtures.long(times: 10)], width: 120, height: 40)
        state.press("Enter", "Space", "Space")
        let topOffset = state.reader.topOffset
        let cursor = state.reader.cursor
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60), Size(width: 61, height: 15)] {
            _ = App.update(&state, .resize(size))
            #expect(state.reader.cursor == cursor)
            #expect(cursorVisible(state), "\(size)")
            // The row showing the old top character is still at the top, or at most two rows
            // lower when the view makes room above the cursor sentence.
            let context = try #require(ReaderContext(state))
            let oldTopRow = context.layout.position(ofOffset: topOffset)
            let distance = context.layout.distance(from: context.top(state.reader.topOffset), to: oldTopRow)
            #expect((0...2).contains(distance), "\(size): \(distance)")
        }
    }

    @Test func resizeKeepsTheCursorSentenceInView() throws {
        var state = Fixtures.state([Fixtures.long(times: 10)], width: 120, height: 40)
        state.press("Enter")
        for _ in 0..<25 { state.press("j") }
        let cursorIndex = try #require(state.reader.cursor)
        let cursorText = try #require(state.openArticle?.sentence(at: cursorIndex)).text
        for size in [Size(width: 80, height: 24), Size(width: 60, height: 15), Size(width: 200, height: 60)] {
            _ = App.update(&state, .resize(size))
            #expect(state.reader.cursor == cursorIndex)
            #expect(cursorVisible(state), "\(size)")
            let rows = readerRows(state).joined(separator: " ")
            #expect(rows.contains(String(cursorText.prefix(12))), "\(size)")
        }
    }

    @Test func resizeSnapsTheAnchorToTheStartOfARow() throws {
        var state = Fixtures.state([Fixtures.long(times: 10)], width: 120, height: 40)
        state.press("Enter", "Space", "Space")
        _ = App.update(&state, .resize(Size(width: 101, height: 40)))
        let context = try #require(ReaderContext(state))
        let top = context.top(state.reader.topOffset)
        #expect(context.layout.anchorOffset(of: top) == state.reader.topOffset)
    }

    @Test func resizeKeepsTheListSelectionVisible() throws {
        let many = (0..<60).map { Fixtures.article(id: String(format: "%03d", $0), title: "Article numéro \($0)", paragraphs: [["Texte."]]) }
        var state = Fixtures.state(many, width: 120, height: 40)
        state.press("G", "k", "k")
        _ = App.update(&state, .resize(Size(width: 80, height: 16)))
        let grid = state.screen
        let row = try #require(grid.row(containing: "Article numéro 57"))
        let x = try #require(grid.column(of: "Article numéro 57", row: row))
        #expect(grid[x, row].style.attributes.contains(.reverse))
    }

    @Test func articleWithoutBodyHasNoCursor() {
        let bare = Article(id: ArticleID("bare"), title: "Vide", date: nil, location: "bare.txt", text: "Vide",
                           paragraphs: [Paragraph(range: TextRange(0, 4), role: .title, sentences: [])])
        var state = Fixtures.state([bare])
        state.press("Enter", "j", "Space", "G")
        #expect(state.reader.cursor == nil)
        #expect(state.screen.text.contains("This article has no text to show"))
    }
}
