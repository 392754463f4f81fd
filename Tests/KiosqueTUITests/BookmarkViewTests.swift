import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("views: bookmark marks, selection, the note editor line, the bookmark view, unread articles")
struct BookmarkViewTests {
    func withBookmarks(_ state: AppState, _ bookmarks: [Bookmark] = BookmarkFixtures.four) -> AppState {
        var state = state
        state.send(.bookmarksLoaded(bookmarks))
        return state
    }

    /// The reader's body rectangle for the state.
    func body(_ state: AppState) throws -> Rect { try #require(ReaderContext(state)).geometry.body }

    /// Screen rows of a sentence of the open article (it must be on screen).
    func rows(of sentence: SentenceIndex, _ state: AppState) throws -> ClosedRange<Int> {
        let context = try #require(ReaderContext(state))
        let rows = try #require(context.layout.rows(ofSentence: sentence.sentence, inParagraph: sentence.paragraph))
        let top = context.top(state.reader.topOffset)
        let y = context.geometry.body.y
        return (y + context.layout.distance(from: top, to: rows.first))...(y + context.layout.distance(from: top, to: rows.last))
    }

    /// Where `text` is drawn inside the reader's body (the side panel may show the same words).
    func readerCell(of text: String, _ state: AppState) throws -> (x: Int, y: Int) {
        let grid = state.screen
        let body = try body(state)
        for y in body.y..<body.maxY {
            if let x = grid.column(of: text, row: y), x >= body.x, x < body.maxX { return (x, y) }
        }
        Issue.record("\(text) is not in the reader")
        throw CancellationError()
    }

    @Test(arguments: [ColorSupport.system16, .monochrome])
    func bookmarkedPassagesAreMarkedInTheRightMargin(colors: ColorSupport) throws {
        var state = withBookmarks(Fixtures.state(colors: colors))
        state.press("Enter")
        let grid = state.screen
        let body = try body(state)
        let markX = body.maxX - 1
        // The Lavrov sentence (2, 1): `◆` on its first row, `◇` on the others; nothing around it.
        let lavrov = try rows(of: SentenceIndex(paragraph: 2, sentence: 1), state)
        #expect(lavrov.count >= 2)
        #expect(grid[markX, lavrov.lowerBound].grapheme == ReaderView.bookmarkStart)
        for y in lavrov.dropFirst() { #expect(grid[markX, y].grapheme == ReaderView.bookmarkMore) }
        #expect(grid[markX, lavrov.lowerBound - 1].grapheme == " ")
        #expect(grid[markX, lavrov.upperBound + 1].grapheme == " ")
        #expect(grid[markX, lavrov.upperBound].style.attributes.contains(.bold), "visible without colour")
        if colors == .system16 { #expect(grid[markX, lavrov.upperBound].style.foreground == .system(5)) }
        // Rows without the cursor sentence: no reverse; the cursor sentence's rows: reverse (its
        // first row is shared with the cursor sentence (2, 0), which ends there).
        #expect(!grid[markX, lavrov.upperBound].style.attributes.contains(.reverse))
        #expect(grid[markX, lavrov.lowerBound].style.attributes.contains(.reverse))
        state.press("j")
        let moved = state.screen
        for y in lavrov { #expect(moved[markX, y].style.attributes.contains(.reverse), "the cursor inside a bookmark shows") }
        #expect(moved[body.x, lavrov.upperBound].grapheme == ReaderView.cursorMark, "the cursor mark keeps its column")
        // With a sector filter, the sector mark keeps its column too.
        let energy = SectorFixtures.energy
        var sectors = withBookmarks(SectorFixtures.state(colors: colors),
                                    [BookmarkFixtures.bookmark("Les ménages paient plus cher.", in: energy, minute: 0)])
        sectors.press("j", "j", "j", "Enter", "2")
        #expect(sectors.openArticle?.id == energy.id)
        let marked = sectors.screen
        let first = try rows(of: SentenceIndex(paragraph: 2, sentence: 0), sectors)
        #expect(marked[body.x, first.lowerBound].grapheme == ReaderView.cursorMark)
        #expect(marked[body.x + 1, first.lowerBound].grapheme == ReaderView.passageMark)
        let second = try rows(of: SentenceIndex(paragraph: 2, sentence: 1), sectors)
        #expect(marked[markX, second.lowerBound].grapheme == ReaderView.bookmarkStart)
        let next = try rows(of: SentenceIndex(paragraph: 3, sentence: 0), sectors)
        #expect(marked[markX, next.lowerBound].grapheme == " ")
    }

    @Test("the status line names the note of the bookmark under the cursor")
    func statusShowsTheNote() {
        var state = withBookmarks(Fixtures.state())
        state.press("Enter", "j")
        #expect(state.screen.lines[38].hasPrefix(" Bookmark: Lavrov reçoit"))
        state.press("j")
        #expect(!state.screen.lines[38].contains("Bookmark:"))
    }

    @Test(arguments: [ColorSupport.system16, .monochrome])
    func selectionIsDrawnInReverse(colors: ColorSupport) throws {
        var state = Fixtures.state(colors: colors)
        state.press("Enter", "v", "j")
        let grid = state.screen
        let first = try readerCell(of: "Les ministres", state)
        #expect(grid[first.x, first.y].style.attributes.contains(.reverse))
        let second = try readerCell(of: "entretenus", state)
        #expect(grid[second.x, second.y].style.attributes.contains(.reverse))
        // The space between the two selected sentences too; not the third sentence nor the space before it.
        let ils = try readerCell(of: "Ils se sont", state)
        #expect(grid[ils.x - 1, ils.y].grapheme == " " && grid[ils.x - 1, ils.y].style.attributes.contains(.reverse))
        let third = try readerCell(of: "L’objectif", state)
        #expect(!grid[third.x, third.y].style.attributes.contains(.reverse))
        #expect(!grid[third.x - 1, third.y].style.attributes.contains(.reverse))
        state.press("Esc")
        #expect(!state.screen[first.x, first.y].style.attributes.contains(.reverse))
        // V: the whole paragraph.
        state.press("V")
        let paragraph = state.screen
        let pays = try readerCell(of: "pays.", state)
        #expect(paragraph[pays.x, pays.y].style.attributes.contains(.reverse))
        let figures = try readerCell(of: "Figures de la junte", state)
        #expect(!paragraph[figures.x, figures.y].style.attributes.contains(.reverse))
    }

    @Test("the editor replaces the hint bar; the cursor sits after wide characters; the status line says what keys do")
    func editorLine() throws {
        var state = Fixtures.state()
        state.press("Enter", "b")
        for ch in "漢字é" { _ = App.update(&state, .key(.character(ch))) }
        let frame = App.render(state)
        let grid = frame.composed
        #expect(grid.lines[39].hasPrefix("Note: 漢字é "))
        #expect(frame.cursor == Position(x: 6 + 5, y: 39))
        #expect(grid.lines[38].hasPrefix(" New bookmark: type a note (optional; #word: a tag), Enter saves, Esc cancels"))
        state.press("Left", "Left")
        #expect(App.render(state).cursor == Position(x: 6 + 2, y: 39))
        // A long note scrolls: it never spills past the screen and the cursor stays on it.
        for _ in 0..<40 { for ch in "漢字 " { _ = App.update(&state, .key(.character(ch))) } }
        let long = App.render(state)
        #expect(long.composed.lines[39].hasPrefix("Note: …"))
        #expect(DisplayWidth.of(long.composed.lines[39]) == 120)
        let cursor = try #require(long.cursor)
        #expect(cursor.x < 120 && cursor.x >= 6)
        // French.
        var french = Fixtures.state(language: .french)
        french.press("Enter", "b")
        #expect(french.screen.lines[39].hasPrefix("Note : "))
        #expect(french.screen.lines[38].hasPrefix(" Nouveau signet : note facultative"))
        // Closed: the hint bar is back and no terminal cursor is shown.
        state.press("Esc")
        #expect(App.render(state).cursor == nil)
        #expect(state.screen.lines[39].hasPrefix("? help  q quit"))
    }

    @Test("the bookmark view in French: quote, article, note, sectors, détaché, not in the corpus")
    func bookmarkViewInFrench() throws {
        var state = withBookmarks(Fixtures.state(width: 140, language: .french))
        state.press("B")
        let text = state.screen.text
        #expect(text.contains("─ Signets (4) "))
        #expect(text.contains("▸ « Cette phrase a disparu"))
        #expect(text.contains("✎ ancien texte"))
        #expect(text.contains("détaché"))
        #expect(text.contains("énergie · article absent de"))
        #expect(text.contains("« La diplomatie malienne"))
        #expect(text.contains("2024-03 · Le Mali et la Russ"))
        #expect(text.contains("✎ reprise de Kidal"))
        #expect(text.contains("défense, diplomatie"))
        let row = try #require(state.screen.row(containing: "▸ « Cette phrase"))
        let x = try #require(state.screen.column(of: "▸", row: row))
        #expect(state.screen[x, row].style.attributes.contains(.reverse), "the selected bookmark")
        #expect(state.screen.lines[39].contains("Enter aller  e note  T étiquettes  d supprimer  u annuler  x exporter"))
    }

    @Test("long quotes take two rows and end with …”")
    func longQuotesAreCut() {
        var state = withBookmarks(Fixtures.state())
        state.press("B")
        let rows = BookmarkPanelLayout.rows(state, width: 30)
        let quote = rows.filter { $0.entry == 2 && $0.role == .text && !$0.text.isEmpty }
        #expect(quote.count == 2)
        #expect(quote[0].text.hasPrefix("“La diplomatie"))
        #expect(quote[1].text.hasSuffix("…”"))
        #expect(quote.allSatisfy { DisplayWidth.of($0.text) <= 30 })
    }

    @Test("below 100 columns the view is the side panel's tab")
    func onePanelLayout() {
        var state = withBookmarks(Fixtures.state(width: 80, height: 24))
        state.press("B")
        let text = state.screen.text
        #expect(text.contains("[Bookmarks (4)]"))
        #expect(text.contains("“Cette phrase a disparu"))
        #expect(!text.contains("─ Articles (3)"), "the list is not on screen")
        state.press("j", "j", "Enter")
        #expect(state.screen.text.contains("[Reader]"))
    }

    @Test("no bookmarks yet: the view says how to make one; a filter that hides them all says so")
    func emptyView() {
        var state = Fixtures.state()
        state.press("B")
        #expect(state.screen.text.contains("No bookmarks yet: b in the"))
        var filtered = withBookmarks(SectorFixtures.state())
        filtered.press("B", "3")
        #expect(filtered.screen.text.contains("No bookmark matches the"))
        #expect(filtered.screen.text.contains("Bookmarks (0/4)"))
    }

    @Test(arguments: [ColorSupport.system16, .monochrome])
    func unreadArticlesAreMarked(colors: ColorSupport) throws {
        var state = Fixtures.state(colors: colors)
        #expect(!state.screen.text.contains("* 2024"), "nothing is known before the reading state")
        _ = App.update(&state, .readingLoaded(ReadingSnapshot(
            states: [ArticleKey(Fixtures.anadolu): ReadingState(read: true, updated: Date())])))
        let grid = state.screen
        #expect(grid.lines[1].hasPrefix("│• 2024-02-29 Lutte"), "open wins over unread")
        #expect(grid.lines[2].hasPrefix("│  2024-03    Le Mali"), "read")
        #expect(grid.lines[3].hasPrefix("│*            Sans date"), "unread")
        let x = try #require(grid.column(of: "Sans date", row: 3))
        #expect(grid[x, 3].style.attributes.contains(.bold))
        let y = try #require(grid.column(of: "Le Mali", row: 2))
        #expect(!grid[y, 2].style.attributes.contains(.bold))
    }

    @Test("hints follow the focus: the reader names selection and bookmarks, the view its own keys")
    func hints() {
        var state = Fixtures.state()
        state.press("Enter")
        #expect(HintBarView.text(state).contains("v V select  b bookmark  B bookmarks"))
        state.press("B")
        #expect(HintBarView.text(state).hasPrefix("? help  q quit  Enter go to  e note  T tags  d delete  u undo  x export"))
    }
}
