import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

/// `p` (the period), `U` after clearing the filters, `S`/`W` (saved views) and the filters kept in
/// view.json. Articles (`SearchFixtures`): 0 mali 2024-02-29 (défense, énergie mentioned),
/// 1 anadolu 2024-03 (a month), 2 undated, 3 energy 2024-02-29 (énergie central), 4 school
/// 2024-02-29 (énergie mentioned), 5 transition 2024-02-29; `nucléaire` is in 3 and 5.
@Suite("period filter, undo of a clear, saved views")
struct PeriodAndViewsTests {
    /// 2024-03-02: the last 7 days hold 2024-02-29 but not the whole of March.
    static let today = DatePeriod.span(of: ArticleDate(year: 2024, month: 3, day: 2)!).first

    static func state() -> AppState {
        var state = SearchFixtures.state(width: 240)
        state.list.today = today
        return state
    }

    static func saved(_ effects: [Effect]) -> [[SavedView]] {
        effects.compactMap { if case .saveViews(let views) = $0 { return views } else { return nil } }
    }

    @Test("p 7: the last 7 days, undated and month-dated articles out; combined with énergie and a search; the header says it")
    func periodCombines() {
        var state = Self.state()
        state.keys("p")
        state.type("7")
        state.keys("Enter")
        #expect(state.views.prompt == nil)
        #expect(state.list.filter?.period == .lastDays(7))
        #expect(state.listedArticles == [0, 3, 4, 5])
        #expect(state.screen.lines[0].contains("last 7 days (dated only)"))
        state.keys("2")
        #expect(state.listedArticles == [3, 0, 4], "énergie within the period, central first")
        state.searchFor("nucléaire")
        state.keys("Enter")
        #expect(state.listedArticles == [3])
        let header = ArticleListView.title(state)
        #expect(header.contains("énergie") && header.contains("/nucléaire") && header.contains("last 7 days (dated only)"), "\(header)")
    }

    @Test("p with dates: a French day-first range; one day; empty removes the period; French header")
    func periodDates() {
        var state = Self.state()
        state.keys("p")
        state.type("1/3/2024..31/3/2024")
        state.keys("Enter")
        #expect(state.listedArticles == [1], "the month of March is within March")
        state.keys("p", "Ctrl-u")
        state.type("2024-02-29")
        state.keys("Enter")
        #expect(state.listedArticles == [0, 3, 4, 5])
        #expect(state.screen.lines[0].contains("2024-02-29 (dated only)"))
        state.keys("p", "Ctrl-u", "Enter")
        #expect(state.list.filter == nil)
        var french = SearchFixtures.state(width: 240, language: .french)
        french.list.today = Self.today
        french.keys("p")
        french.type("1")
        french.keys("Enter")
        #expect(french.listedArticles.isEmpty)
        #expect(french.screen.lines[0].contains("aujourd’hui (datés"))
    }

    @Test("p with a text that is no period keeps the prompt and says why; Ctrl-c closes it with nothing changed")
    func periodErrors() {
        var state = Self.state()
        state.keys("2")
        state.keys("p")
        state.type("31/2/2024")
        state.keys("Enter")
        #expect(state.views.prompt != nil)
        #expect(state.noticeText?.contains("not a date") == true)
        let effects = state.keys("Ctrl-c")
        #expect(!effects.contains(.quit))
        #expect(state.views.prompt == nil)
        #expect(state.list.filter?.period == nil && state.list.filter?.sectors == ["énergie"])
    }

    @Test("Esc clears every filter (sector, search, period); U brings them all back, then undoes nothing more")
    func undoClear() {
        var state = Self.state()
        state.keys("2", "p")
        state.type("7")
        state.keys("Enter")
        state.searchFor("nucléaire")
        state.keys("Enter")
        let filtered = state.listedArticles
        #expect(filtered == [3])
        state.keys("Enter", "Esc", "Esc")
        #expect(state.list.filter == nil)
        #expect(state.noticeText?.contains("U brings them back") == true)
        state.keys("U")
        #expect(state.listedArticles == filtered)
        #expect(state.list.filter?.period == .lastDays(7) && state.list.filter?.search?.text == "nucléaire")
        #expect(ArticleListView.title(state).contains("/nucléaire"))
        state.keys("U")
        #expect(state.list.filter != nil, "the second U has no clear to undo: the filter stays")
    }

    @Test("a filter set after a clear: U no longer brings the cleared one over it")
    func undoClearForgotten() {
        var state = Self.state()
        state.keys("2", "0", "1")
        #expect(state.list.cleared == nil)
        state.keys("U")
        #expect(state.list.filter?.sectors == ["défense"])
    }

    @Test("S saves the view under a name; W lists it, Enter recalls it; d deletes it, u brings it back")
    func saveRecallDelete() throws {
        var state = Self.state()
        state.keys("2", "p")
        state.type("7")
        state.keys("Enter")
        state.searchFor("nucléaire")
        state.keys("Enter", "S")
        state.type("veille énergie")
        let effects = state.keys("Enter")
        let written = try #require(Self.saved(effects).last)
        #expect(written.map(\.name) == ["veille énergie"])
        #expect(written[0].view.sectors == ["énergie"] && written[0].view.search == "nucléaire" && written[0].view.period == "7")
        state.keys("0")
        #expect(state.listedArticles == [0, 1, 2, 3, 4, 5])
        state.keys("W")
        #expect(state.screen.lines.contains { $0.contains("veille énergie") && $0.contains("last 7 days") })
        state.keys("Enter")
        #expect(state.views.picker == nil)
        #expect(state.listedArticles == [3])
        #expect(state.noticeText?.contains("veille énergie") == true)
        state.keys("W", "d")
        #expect(state.views.saved.isEmpty)
        #expect(state.noticeText?.contains("u brings it back") == true)
        let restored = state.keys("u")
        #expect(Self.saved(restored).last?.map(\.name) == ["veille énergie"])
        state.keys("Esc")
        #expect(state.views.picker == nil)
    }

    @Test("S on a name already saved replaces it; an empty name keeps the prompt; Ctrl-c cancels keeping the views")
    func saveReplaceAndCancel() {
        var state = Self.state()
        state.keys("1", "S")
        state.type("Beat")
        state.keys("Enter", "2", "S")
        state.type("beat")
        state.keys("Enter")
        #expect(state.views.saved.count == 1)
        #expect(state.views.saved[0].view.sectors == ["défense", "énergie"])
        state.keys("S", "Enter")
        #expect(state.views.prompt != nil && state.noticeText?.contains("needs a name") == true)
        state.type("x")
        state.keys("Ctrl-c")
        #expect(state.views.prompt == nil && state.views.saved.count == 1)
    }

    @Test("a views.json that cannot be read: said at start, and S refuses to write over it")
    func brokenFile() {
        var state = Self.state()
        App.receive(savedViews: .failure(SavedViewsError(path: "/x/views.json", reason: "views[0].name: missing")), &state)
        #expect(state.statusText?.contains("views[0].name") == true)
        let effects = state.keys("S")
        #expect(state.views.prompt == nil && Self.saved(effects).isEmpty)
        #expect(state.noticeText?.contains("/x/views.json") == true)
    }

    @Test("view.json keeps the submitted search, the period, the outlet; at start the search is asked again")
    func filtersLast() throws {
        var state = Self.state()
        state.keys("p")
        state.type("7")
        let typing = state.keys("Enter")
        let period = typing.compactMap { if case .saveListView(let view) = $0 { return view } else { return nil } }
        #expect(period.last?.period == "7")
        state.keys("/")
        let whileTyping = state.type("nuc")
        #expect(!whileTyping.contains { if case .saveListView = $0 { return true } else { return false } },
                "nothing kept while the search is typed")
        state.keys("Ctrl-u")
        state.type("nucléaire")
        let submitted = state.keys("Enter").compactMap { if case .saveListView(let view) = $0 { return view } else { return nil } }
        let view = try #require(submitted.last)
        #expect(view.search == "nucléaire" && view.period == "7")

        var next = Self.state()
        App.restore(view: view, &next)
        #expect(next.list.filter?.period == .lastDays(7))
        #expect(next.list.filter?.search?.text == "nucléaire")
        let started = next.send(.started, answering: nil)
        #expect(AppState.requests(started).map(\.query.text) == ["nucléaire"])
        next.send(.started)
        next.keys("j")
        #expect(next.list.filter?.search?.text == "nucléaire")
    }

    @Test("a kept entity no article mentions any more is dropped and named once the entity index is in")
    func entityGone() {
        var state = Fixtures.state(width: 120, height: 40, entities: EntityFixtures.all)
        let ghost = EntityKey(kind: .person, name: "Personne Inconnue")
        App.restore(view: ListView(order: .corpus, sectors: [], match: .any, entity: ghost), &state)
        #expect(state.list.filter?.entity == ghost)
        state.send(.entityIndex(EntityArticleIndex.of(EntityFixtures.all), catalogue: state.catalogueSerial))
        #expect(state.list.filter == nil)
        #expect(state.statusText?.contains("Personne Inconnue") == true)
    }

    @Test("an older view.json (order and sectors only) still reads")
    func olderViewFile() throws {
        let old = Data(#"{"match":"any","order":"oldest","sectors":["défense"]}"#.utf8)
        let view = try JSONDecoder().decode(ListView.self, from: old)
        #expect(view.listOrder == .oldest && view.sectors == ["défense"] && view.search == nil && view.period == nil)
    }

    @Test("the help lists p, S and W from the key map, in English and French")
    func help() {
        for (language, title) in [(Language.english, "Period and views"), (.french, "Période et vues")] {
            var state = SearchFixtures.state(width: 120, height: 200, language: language)
            state.keys("?")
            let rows = HelpLayout.rows(state)
            #expect(rows.contains { $0.keys == title && $0.role == .helpGroup })
            for key in ["p", "S", "W"] { #expect(rows.contains { $0.keys == key }, "\(key)") }
            let screen = state.screen.lines.joined(separator: "\n")
            #expect(screen.contains(title))
        }
    }

    @Test("on 80 columns the period prompt scrolls to keep the cursor and the text's end in view; Esc closes it")
    func narrowPrompt() {
        var state = SearchFixtures.state(width: 80, height: 24)
        state.keys("p")
        state.type("2024-01-01..2024-02-29")
        let prompt = state.screen.lines[23]
        #expect(prompt.hasPrefix("Period (") && prompt.contains("2024-02-29"), "\(prompt)")
        state.keys("Esc")
        #expect(state.views.prompt == nil && state.list.filter == nil)
    }
}
