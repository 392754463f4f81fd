import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("update: list, focus, zoom, help, quit")
struct UpdateTests {
    @Test func listMovesAndClamps() {
        var state = Fixtures.state()
        #expect(state.list.selected == 0)
        state.press("j")
        #expect(state.list.selected == 1)
        state.press("Down", "Down", "Down")
        #expect(state.list.selected == 2)
        state.press("k")
        #expect(state.list.selected == 1)
        state.press("G")
        #expect(state.list.selected == 2)
        state.press("g")
        #expect(state.list.selected == 0)
        state.press("End")
        #expect(state.list.selected == 2)
        state.press("Home")
        #expect(state.list.selected == 0)
    }

    @Test func pagesMoveTheListByItsHeight() {
        let many = (0..<100).map { Fixtures.article(id: String(format: "%03d", $0), title: "Article \($0)", paragraphs: [["Texte."]]) }
        var state = Fixtures.state(many, width: 120, height: 40)
        state.press("Space")
        // 40 rows - status - hints - 2 border rows = 36 rows; a page keeps one row of context.
        #expect(state.list.selected == 35)
        state.press("Ctrl-d")
        #expect(state.list.selected == 53)
        state.press("Ctrl-u", "PgUp")
        #expect(state.list.selected == 0)
        state.press("G")
        #expect(state.list.selected == 99)
        #expect(state.list.scroll == 100 - 36)
    }

    @Test func enterOpensTheSelectedArticleAndFocusesTheReader() {
        var state = Fixtures.state()
        #expect(state.openPosition == 0)
        state.press("j", "Enter")
        #expect(state.openPosition == 1)
        #expect(state.focus == .reader)
        // The first shown sentence: paragraph 2 (after the boilerplate and the title).
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 0))
        #expect(state.passage == Passage(article: ArticleID("004_45fef588cce4af94"), sentence: SentenceIndex(paragraph: 2, sentence: 0)))
    }

    @Test func panelsSwitchWithTabAndHL() {
        var state = Fixtures.state()
        state.press("Tab")
        #expect(state.focus == .reader)
        state.press("Tab")
        #expect(state.focus == .side)
        state.press("Tab")
        #expect(state.focus == .list)
        state.press("Shift-Tab")
        #expect(state.focus == .side)
        state.press("l")
        #expect(state.focus == .side)
        state.press("h", "h", "h")
        #expect(state.focus == .list)
        state.press("Right")
        #expect(state.focus == .reader)
    }

    @Test func escapeGoesBackToTheList() {
        var state = Fixtures.state()
        state.press("Enter")
        #expect(state.focus == .reader)
        state.press("Esc")
        #expect(state.focus == .list)
        state.press("Esc")
        #expect(state.focus == .list)
    }

    @Test func zoomShowsTheReaderAlone() {
        var state = Fixtures.state()
        state.press("z")
        #expect(state.zoomed)
        #expect(state.focus == .reader)
        #expect(state.layout.mode == .focusMode)
        #expect(state.layout.panels.keys.sorted { $0.rawValue < $1.rawValue } == [.reader])
        state.press("z")
        #expect(!state.zoomed)
        #expect(state.layout.mode == .threePanels)
        state.press("z", "Esc")
        #expect(!state.zoomed)
        #expect(state.focus == .reader)
        state.press("z", "Tab")
        #expect(!state.zoomed)
        #expect(state.focus == .side)
    }

    @Test func helpOpensAndClosesWithoutQuitting() {
        var state = Fixtures.state()
        state.press("?")
        #expect(state.help != nil)
        #expect(state.press("q") == [])
        #expect(state.help == nil)
        state.press("?", "?")
        #expect(state.help == nil)
        state.press("?", "Esc")
        #expect(state.help == nil)
        // Keys do not reach the panels while help is open.
        state.press("?", "j")
        #expect(state.list.selected == 0)
    }

    @Test func helpScrollsWhenTallerThanTheScreen() throws {
        var state = Fixtures.state(width: 80, height: 15)
        state.press("?")
        let metrics = HelpLayout.metrics(state)
        #expect(metrics.maxScroll > 0)
        state.press("j")
        #expect(state.help?.scroll == 1)
        state.press("G")
        #expect(state.help?.scroll == metrics.maxScroll)
        state.press("j")
        #expect(state.help?.scroll == metrics.maxScroll)
        let overlay = try #require(App.render(state).overlays.first)
        #expect(overlay.grid.text.contains("this help"))
        state.press("g")
        #expect(state.help?.scroll == 0)
    }

    @Test func quitKeys() {
        var state = Fixtures.state()
        #expect(state.press("q") == [.quit])
        #expect(state.press("Ctrl-c") == [.quit])
        #expect(state.press("x") == [])
        #expect(App.update(&state, .perform(.quit)) == [.quit])
    }

    @Test func emptyCorpusIgnoresMovesAndOpen() {
        var state = Fixtures.state([])
        state.press("j", "G", "Enter", "Space")
        #expect(state.list.selected == 0)
        #expect(state.reader.article == nil)
        #expect(state.focus == .list)
    }
}
