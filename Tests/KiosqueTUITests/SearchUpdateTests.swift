import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("update: the search prompt, the search filter, n and N")
struct SearchUpdateTests {
    func listed(after text: String) -> [Int] {
        var state = SearchFixtures.state()
        state.searchFor(text)
        return state.listedArticles
    }

    @Test("typing narrows the list: accents, case, elisions, prefixes, phrases")
    func typingNarrows() {
        #expect(listed(after: "electricite") == [3], "électricité without accents")
        #expect(listed(after: "Defense") == [0, 1], "Défense and défense, any case")
        #expect(listed(after: "energie") == [5], "l’énergie, elided")
        #expect(listed(after: "l'energie") == [5])
        #expect(listed(after: "nucl*") == [3, 5])
        #expect(listed(after: "nucl") == [3, 5], "while typing, the last word is a prefix")
        #expect(listed(after: "\"centrales nucleaires\"") == [3, 5])
        #expect(listed(after: "\"nucleaires centrales\"").isEmpty, "a phrase keeps its order")
        #expect(listed(after: "gaz nucl") == [3], "every word must occur")
    }

    @Test("each key narrows the list as it is typed, and the header shows the search")
    func eachKeyNarrows() {
        var state = SearchFixtures.state()
        state.keys("/")
        #expect(state.search.prompt != nil)
        state.type("d")
        #expect(state.list.filter?.search?.text == "d")
        state.type("efense")
        #expect(state.listedArticles == [0, 1])
        #expect(ArticleListView.title(state) == "Articles (2/6) · /defense · file order")
        state.type("s")
        #expect(state.listedArticles.isEmpty, "defenses: no article")
        state.keys("Backspace")
        #expect(state.listedArticles == [0, 1])
    }

    @Test("an answer to an older keystroke never overwrites a newer one")
    func staleAnswersAreDropped() throws {
        var state = SearchFixtures.state()
        state.keys("/")
        let requests = AppState.requests("gaz".flatMap { state.send(.character($0), answering: nil) })
        #expect(requests.map(\.query.text) == ["g", "ga", "gaz"])
        #expect(Set(requests.map(\.id)).count == 3)
        let (first, second, last) = (requests[0], requests[1], requests[2])
        // The newest answer first, then older ones late: they change nothing.
        _ = App.update(&state, .searchFinished(SearchAnswer(id: last.id, result: .success([3, 4]))))
        #expect(state.listedArticles == [3, 4])
        _ = App.update(&state, .searchFinished(SearchAnswer(id: second.id, result: .success([0, 1, 2, 3, 4, 5]))))
        _ = App.update(&state, .searchFinished(SearchAnswer(id: first.id, result: .success([]))))
        #expect(state.listedArticles == [3, 4])
        // Before its answer, the list keeps the last one it had.
        let more = AppState.requests(state.send(.character("x"), answering: nil))
        #expect(more.count == 1)
        #expect(state.listedArticles == [3, 4])
        #expect(state.list.filter?.search?.pending == more[0].id)
        _ = App.update(&state, .searchFinished(SearchAnswer(id: last.id, result: .success([0]))))
        #expect(state.listedArticles == [3, 4], "an answer the list no longer waits for")
        _ = App.update(&state, .searchFinished(SearchAnswer(id: more[0].id, result: .success([]))))
        #expect(state.listedArticles.isEmpty)
    }

    @Test("Enter keeps the search as a filter and records it; Esc brings back the search there was")
    func enterAndEsc() {
        var state = SearchFixtures.state()
        state.searchFor("electricite")
        let effects = state.keys("Enter")
        #expect(effects == [.recordSearch("electricite"), .saveListView(ListView(order: .corpus, sectors: [], match: .any, search: "electricite"))],
                "recorded in the history, and kept for the next start")
        #expect(state.search.prompt == nil)
        #expect(state.search.history.first == "electricite")
        #expect(state.listedArticles == [3])
        // `/` opens on the active search; another search, then Esc: electricite again.
        state.keys("/")
        #expect(state.search.prompt?.editor.text == "electricite")
        state.keys("Ctrl-u")
        #expect(state.listCount == 6, "a blank prompt: no search")
        state.type("defense")
        #expect(state.listedArticles == [0, 1])
        #expect(state.keys("Esc").isEmpty)
        #expect(state.search.prompt == nil)
        #expect(state.list.filter?.search?.text == "electricite")
        #expect(state.listedArticles == [3])
        // Esc without a search before: none.
        state.keys("0", "/")
        state.type("gaz")
        state.keys("Esc")
        #expect(state.list.filter == nil)
        #expect(state.listCount == 6)
    }

    @Test("Enter searches what was typed: the last word is a prefix only while typing")
    func enterSearchesAsTyped() throws {
        var state = SearchFixtures.state()
        state.searchFor("nucleaire")
        #expect(state.listedArticles == [3, 5], "while typing: nucléaire and nucléaires")
        let effects = state.keys("Enter")
        #expect(effects == [.recordSearch("nucleaire"), .saveListView(ListView(order: .corpus, sectors: [], match: .any, search: "nucleaire"))],
                "recorded in the history, and kept for the next start")
        #expect(state.listedArticles == [3], "after Enter: nucléaire only, as `kiosque search nucleaire`")
        #expect(state.list.filter?.search?.query == (try SearchQuery("nucleaire")))
        // Unanswered, Enter asks for the query as typed.
        state.keys("/", "Ctrl-u")
        state.type("centrales", answering: nil)
        let asked = AppState.requests(state.send(.enter, answering: nil))
        #expect(asked.map(\.query) == [try SearchQuery("centrales", typing: false)])
        #expect(asked.first?.query.terms.last?.lastIsPrefix == false)
        // A prefix typed as such stays one.
        state.searchFor("nucl*")
        state.keys("Enter")
        #expect(state.listedArticles == [3, 5])
    }

    @Test("a failed search lists nothing under its label and says it failed, until another answer")
    func failedSearch() throws {
        var state = SearchFixtures.state()
        state.searchFor("gaz")
        #expect(state.listedArticles == [3, 4])
        state.type(" chauffage")
        #expect(state.listedArticles == [4])
        let request = try #require(AppState.requests(state.send(.enter, answering: nil)).last)
        #expect(state.listedArticles == [4], "waiting: the last answer stays")
        _ = App.update(&state, .searchFinished(SearchAnswer(id: request.id, result: .failure(SearchFailure(reason: "database disk image is malformed")))))
        #expect(state.listedArticles.isEmpty, "never the answer for chauffage* under the label of chauffage")
        #expect(ArticleListView.title(state) == "Articles (0/6) · /gaz chauffage (search failed) · file order")
        #expect(state.noticeText == "Search failed: database disk image is malformed")
        state.keys("j")
        #expect(state.notice == nil)
        #expect(StatusBarView.message(state)?.text == "Search failed: database disk image is malformed",
                "the status line still says it after the next key")
        #expect(StatusBarView.filter(state) == "/gaz chauffage (search failed): 0/6")
        // Another answer: the failure is gone.
        state.searchFor("gaz")
        #expect(state.listedArticles == [3, 4])
        #expect(state.list.filter?.search?.failure == nil)
        state.keys("Enter")
        #expect(StatusBarView.message(state)?.text.contains("failed") != true)
    }

    @Test("Esc brings back a search still waiting for its answer, and asks for it again")
    func escAsksAgainForAPendingSearch() {
        var state = SearchFixtures.state()
        state.keys("/")
        state.type("gaz", answering: nil)
        state.send(.enter, answering: nil)
        #expect(state.list.filter?.search?.pending != nil)
        state.keys("/")
        state.type(" x", answering: nil)
        let effects = state.send(.escape, answering: nil)
        let again = AppState.requests(effects)
        #expect(again.map(\.query.text) == ["gaz"])
        #expect(state.list.filter?.search?.pending == again.first?.id)
        _ = App.update(&state, .searchFinished(SearchAnswer(id: again[0].id, result: .success([3, 4]))))
        #expect(state.listedArticles == [3, 4])
    }

    @Test("a query that cannot be searched: the error is kept, the list keeps the last good search, Enter stays")
    func badQuery() {
        var state = SearchFixtures.state()
        state.searchFor("gaz \"centrales")
        #expect(state.search.prompt?.error == .unbalancedQuote)
        #expect(state.list.filter?.search?.text == "gaz ", "the last text that could be searched")
        #expect(state.listedArticles == [3, 4])
        #expect(state.keys("Enter").isEmpty)
        #expect(state.search.prompt != nil, "Enter does not close a prompt that cannot be searched")
        #expect(state.noticeText?.contains("never closed") == true)
        state.type("\"")
        #expect(state.search.prompt?.error == nil)
        #expect(state.listedArticles == [3])
        // A blank text and Enter: no search.
        state.keys("Ctrl-u", "Enter")
        #expect(state.search.prompt == nil)
        #expect(state.list.filter == nil)
    }

    @Test("the search combines with a sector filter and an entity filter; 0 clears all of them")
    func combinesWithOtherFilters() throws {
        var state = SearchFixtures.state(entities: [0: EntityFixtures.mali, 1: EntityFixtures.anadolu])
        state.keys("3")
        #expect(state.listedArticles == [4, 3], "éducation: school central, energy mentioned")
        state.searchFor("gaz")
        state.keys("Enter")
        #expect(state.listedArticles == [4, 3], "both mention gaz; the sector order stays")
        #expect(ArticleListView.title(state) == "Articles (2/6) · éducation · /gaz · file order")
        #expect(StatusBarView.filter(state) == "éducation · /gaz: 2/6")
        state.searchFor("chauffage")
        state.keys("Enter")
        #expect(state.listedArticles == [4])
        state.keys("0")
        #expect(state.list.filter == nil)
        #expect(state.listCount == 6)

        // An entity: the articles that mention Mali, then those of them about the Défense.
        state.keys("g", "Enter", "E")
        state.side.entity = App.summary(state).items.first { $0.key.name == "Mali" }?.key
        state.keys("f")
        #expect(state.listedArticles == [0, 1])
        state.searchFor("Wagner")
        #expect(state.listedArticles == [0])
        #expect(state.list.filter?.entity?.name == "Mali", "the entity stays")
        state.keys("Enter", "1")
        #expect(state.listedArticles == [0], "entity, sector and search at once")
        state.keys("Esc")
        #expect(state.list.filter == nil, "Esc in the list clears every filter, the search too")
        #expect(state.search.open == nil, "and its highlights")
    }

    @Test("the selected article stays selected while the list narrows and widens under the typing")
    func selectionKept() {
        var state = SearchFixtures.state()
        state.keys("j", "j", "j")
        #expect(state.selectedArticle == 3)
        state.keys("/")
        state.type("gaz")
        #expect(state.listedArticles == [3, 4])
        #expect(state.selectedArticle == 3)
        state.keys("Ctrl-u")
        state.type("chauffage")
        #expect(state.listedArticles == [4])
        #expect(state.selectedArticle == 4)
        state.keys("Ctrl-u")
        state.type("gaz")
        #expect(state.selectedArticle == 3, "back on the article selected when the prompt opened")
        state.keys("Enter")
        #expect(state.selectedArticle == 3)
    }

    @Test("Up and Down walk the history; Down past the newest brings back the text typed")
    func history() {
        var state = SearchFixtures.state()
        _ = App.update(&state, .searchHistoryLoaded(SearchHistorySnapshot(queries: ["gaz", "Defense", "electricite"])))
        state.keys("/")
        state.type("nu")
        state.keys("Up")
        #expect(state.search.prompt?.editor.text == "gaz")
        #expect(state.listedArticles == [3, 4], "a history entry is searched at once")
        state.keys("Up", "Up")
        #expect(state.search.prompt?.editor.text == "electricite")
        #expect(state.listedArticles == [3])
        state.keys("Up")
        #expect(state.search.prompt?.editor.text == "electricite", "the oldest stays")
        state.keys("Down")
        #expect(state.search.prompt?.editor.text == "Defense")
        state.keys("Down", "Down")
        #expect(state.search.prompt?.editor.text == "nu")
        #expect(state.listedArticles == [3, 5])
        state.keys("Down")
        #expect(state.search.prompt?.editor.text == "nu")
        // Enter puts the search first, once.
        state.keys("Up", "Enter")
        #expect(state.search.history == ["gaz", "Defense", "electricite"])
        state.searchFor("defense")
        state.keys("Enter")
        #expect(state.search.history == ["defense", "gaz", "Defense", "electricite"])
        // Opening on the active search, Up skips the entry equal to it.
        state.keys("/", "Up")
        #expect(state.search.prompt?.editor.text == "gaz")
    }

    @Test("the history loaded at start, or why it could not be")
    func historyLoaded() {
        var state = SearchFixtures.state()
        state.searchFor("gaz")
        state.keys("Enter")
        _ = App.update(&state, .searchHistoryLoaded(SearchHistorySnapshot(queries: ["nucl*", "gaz"])))
        #expect(state.search.history == ["gaz", "nucl*"], "the session's own first, each once")
        _ = App.update(&state, .searchHistoryLoaded(SearchHistorySnapshot(failure: "cannot open /x/history.sqlite")))
        #expect(state.statusText == "Search history unavailable: cannot open /x/history.sqlite")
    }

    @Test("Enter in a searched list opens the article on its first match; n and N go from match to match")
    func nextAndPreviousInArticle() throws {
        var state = SearchFixtures.state()
        state.searchFor("nucl*")
        state.keys("Enter", "Enter")
        #expect(state.openPosition == 3 && state.focus == .reader)
        #expect(state.cursorText == "Les centrales nucléaires tournent à plein.")
        #expect(state.search.current?.stop == .text(try #require(state.search.open?.matches.text.first)))
        #expect(state.noticeText == "Match 1/2")
        state.keys("n")
        #expect(state.cursorText == "Le parc nucléaire vieillit.")
        #expect(state.noticeText == "Match 2/2")
        state.keys("N")
        #expect(state.cursorText == "Les centrales nucléaires tournent à plein.")
        // After the cursor moved, n starts from the cursor sentence.
        state.keys("g", "n")
        #expect(state.cursorText == "Les centrales nucléaires tournent à plein.")
    }

    @Test("past the last match, n goes to the next article of the list; N back to the last match; the ends say so")
    func acrossArticles() throws {
        var state = SearchFixtures.state()
        state.searchFor("nucl*")
        state.keys("Enter", "Enter", "n")
        #expect(state.cursorText == "Le parc nucléaire vieillit.")
        state.keys("n")
        #expect(state.openPosition == 5)
        #expect(state.cursorText == "Les centrales nucléaires ferment une à une.")
        #expect(state.list.selected == 1, "the list follows")
        state.keys("n")
        #expect(state.openPosition == 5)
        #expect(state.noticeText == "Last match: no article after this one in the list")
        state.keys("N")
        #expect(state.openPosition == 3)
        #expect(state.cursorText == "Le parc nucléaire vieillit.", "the previous article's last match")
        state.keys("N", "N")
        #expect(state.openPosition == 3)
        #expect(state.cursorText == "Les centrales nucléaires tournent à plein.")
        #expect(state.noticeText == "First match: no article before this one in the list")
    }

    @Test("a title match is a stop: the article opens at its top, n goes on into the text")
    func titleStops() throws {
        var state = SearchFixtures.state()
        state.searchFor("defense")
        state.keys("Enter", "j", "Enter")
        #expect(state.openPosition == 1)
        let open = try #require(state.search.open)
        #expect(open.matches.title.count == 1 && open.matches.text.count == 2)
        #expect(state.search.current?.stop == .title(open.matches.title[0]))
        #expect(state.noticeText == "Match 1/3")
        state.keys("n")
        #expect(state.cursorText?.hasPrefix("Le Mali et la Russie ont réaffirmé") == true)
        state.keys("n", "n")
        #expect(state.openPosition == 1, "no article after anadolu in the list")
        #expect(state.search.current?.stop == .text(open.matches.text[1]))
        state.keys("N", "N")
        #expect(state.search.current?.stop == .title(open.matches.title[0]))
        state.keys("N")
        #expect(state.openPosition == 0, "mali: the last match of the previous article")
        #expect(state.cursorText?.contains("Défense") == true)
    }

    @Test("a search from the bottom of the list selects its first result, not the last (the nearest to the bottom)")
    func searchFromTheBottomSelectsTheFirstResult() {
        var state = SearchFixtures.state()
        state.keys("G")
        #expect(state.selectedArticle == 5)
        state.searchFor("Defense")
        state.keys("Enter")
        #expect(state.listedArticles == [0, 1])
        #expect(state.list.selected == 0 && state.selectedArticle == 0)
    }

    @Test("n from an article the search does not list goes to the selected article's first match")
    func fromAnArticleNotListed() {
        var state = SearchFixtures.state()
        state.keys("j", "j", "Enter")
        #expect(state.openPosition == 2)
        state.searchFor("gaz")
        state.keys("Enter")
        #expect(state.listedArticles == [3, 4])
        #expect(state.selectedArticle == 3, "the nearest article after the open one")
        state.keys("n")
        #expect(state.openPosition == 3)
        #expect(state.cursorText == "Le gaz manque.")
        #expect(state.focus == .reader)
    }

    @Test("n without a search says how to search; the open article's matches follow the search")
    func withoutSearch() {
        var state = SearchFixtures.state()
        #expect(state.keys("n").isEmpty)
        #expect(state.noticeText == "No search: / to search")
        state.searchFor("defense")
        #expect(state.search.open?.article == state.id(0))
        #expect(state.search.open?.matches.text.count == 1, "highlights while typing")
        state.keys("Enter", "0")
        #expect(state.search.open == nil)
    }
}
