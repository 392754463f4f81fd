import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("O: the articles of one outlet")
struct OutletFilterTests {
    static let articles = [
        Fixtures.article(id: "a", title: "Premier du Monde", source: "Le Monde", paragraphs: [["Texte un."]]),
        Fixtures.article(id: "b", title: "De RFI", source: "RFI", paragraphs: [["Texte deux."]]),
        Fixtures.article(id: "c", title: "Second du Monde", source: "le monde", paragraphs: [["Texte trois."]]),
    ]

    @Test("O keeps the selected row's outlet (case and accents ignored), names it in the header; O again shows all")
    func toggles() {
        var state = Fixtures.state(Self.articles, width: 120, height: 30, order: .corpus)
        state.press("O")
        #expect(state.listedArticles == [0, 2])
        #expect(state.screen.lines[0].contains("Le Monde"))
        state.press("O")
        #expect(state.list.filter == nil)
        #expect(state.listedArticles == [0, 1, 2])
    }

    @Test("from the reader, O takes the open article's outlet and goes back to the list; it combines with a search")
    func fromTheReader() {
        var state = Fixtures.state(Self.articles, width: 120, height: 30, order: .corpus)
        state.press("j", "Enter")
        #expect(state.focus == .reader)
        state.press("O")
        #expect(state.focus == .list)
        #expect(state.listedArticles == [1])
        #expect(state.screen.lines[0].contains("RFI"))
    }

    @Test("an article without source or link: its folder is its outlet")
    func folderOutlet() {
        let bare = Fixtures.article(id: "z", title: "Sans source", paragraphs: [["Texte."]])
        var state = Fixtures.state(Self.articles + [bare], width: 120, height: 30, order: .corpus)
        state.press("G", "O")
        #expect(state.listedArticles == [3])
        #expect(state.screen.lines[0].contains("seeds"))
    }
}
