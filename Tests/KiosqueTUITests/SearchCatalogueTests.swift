import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

/// The search on the index: requests carry the catalogue the state holds, a refreshed catalogue
/// (a first index) carries the matches over and asks again, the search is `partial` meanwhile;
/// an article opened from a search arrives on its match (`OpenTarget.match`).
@Suite("update: the search on a catalogue that changes, and opening on a match")
struct SearchCatalogueTests {
    /// An article a first index brings late, in a file that comes before the others.
    static var early: Article {
        Fixtures.article(id: "000_early", title: "Un débat", date: Fixtures.date, paragraphs: [
            ["Le débat nucléaire reprend à l’Assemblée."],
        ])
    }

    /// The search fixtures' catalogue with `early` first, unchanged articles keeping their analyses.
    static func refreshed(_ state: AppState) -> Catalogue {
        let sectors = Dictionary(uniqueKeysWithValues: SectorFixtures.results.map { ($0.key + 1, $0.value) })
        return Fixtures.catalogue([early] + SearchFixtures.articles, sectors: sectors, sectorCount: SectorFixtures.sectorCount,
                                  reusing: state.catalogue)
    }

    @Test("a request carries the catalogue the state holds, and its answer is in that catalogue's positions")
    func requestsCarryTheCatalogue() throws {
        var state = SearchFixtures.state()
        state.keys("/")
        let requests = AppState.requests(state.type("nucl", answering: nil))
        let last = try #require(requests.last)
        #expect(last.catalogueSerial == state.catalogueSerial)
        #expect(last.catalogue.ids == state.catalogue.ids)
        // An answer for another catalogue than the state's is not used, even with the awaited id.
        _ = App.update(&state, .searchFinished(SearchAnswer(id: last.id, catalogueSerial: state.catalogueSerial + 1,
                                                             result: .success([0]))))
        #expect(state.list.filter?.search?.pending == last.id)
        _ = App.update(&state, .searchFinished(FixtureCorpus.answer(last, from: FixtureCorpus.shared)))
        #expect(state.listedArticles == [3, 5])
    }

    @Test("during a first index the search says partial; a new catalogue carries the matches over, asks again, and the old answer is dropped")
    func refreshWhileSearching() throws {
        var state = SearchFixtures.state()
        state.index.running = true
        state.searchFor("nucl*")
        state.keys("Enter")
        #expect(state.listedArticles == [3, 5])
        #expect(state.list.filter?.isPartial == true, "more articles may come")
        #expect(ArticleListView.title(state) == "Articles (2/6) · /nucl* (partial) · file order")
        state.keys("j")
        #expect(state.selectedArticle == 5)
        // A request never answered (Esc brought nucl back) when the catalogue changes.
        state.keys("/")
        let before = try #require(AppState.requests(state.type("e", answering: nil)).last)
        #expect(before.query.text == "nucl*e")
        state.keys("Esc")

        let effects = state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: Self.refreshed(state))), answering: nil)
        let again = try #require(AppState.requests(effects).first, "the search is asked again: \(effects)")
        #expect(again.query.text == "nucl*" && again.catalogueSerial == 1 && again.catalogue.count == 7)
        #expect(state.listedArticles == [4, 6], "the same articles, at their new positions, before the answer")
        #expect(state.selectedArticle == 6, "the selected article stays selected")
        #expect(state.list.filter?.isPartial == true)
        // Answers to requests made before the refresh are stale.
        _ = App.update(&state, .searchFinished(SearchAnswer(id: before.id, result: .success([0, 1]))))
        #expect(state.listedArticles == [4, 6])
        _ = App.update(&state, .searchFinished(FixtureCorpus.answer(again, from: FixtureCorpus.shared)))
        #expect(state.listedArticles == [0, 4, 6], "the new article matches too")
        #expect(state.list.filter?.search?.catalogue == 1)
        #expect(state.list.filter?.isPartial == true, "the index is still being updated")
        state.send(.indexFinished(IndexOutcome()))
        #expect(state.list.filter?.isPartial == false)
        #expect(ArticleListView.title(state) == "Articles (3/7) · /nucl* · file order")
    }

    @Test("when the index is done, a search answered for an older catalogue is partial until asked again")
    func olderAnswerIsPartial() throws {
        var state = SearchFixtures.state()
        state.searchFor("gaz")
        state.keys("Enter")
        #expect(state.list.filter?.isPartial == false)
        let effects = state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: Self.refreshed(state))), answering: nil)
        #expect(AppState.requests(effects).count == 1)
        #expect(state.listedArticles == [4, 5])
        #expect(state.list.filter?.isPartial == true, "answered for catalogue 0, shown in catalogue 1")
        _ = state.send(.searchFinished(FixtureCorpus.answer(try #require(AppState.requests(effects).first), from: FixtureCorpus.shared)))
        #expect(state.list.filter?.isPartial == false)
        #expect(state.listedArticles == [4, 5])
    }

    @Test("a refresh while the prompt is open: its anchor and the search Esc brings back follow; Esc asks that search again")
    func refreshUnderThePrompt() throws {
        var state = SearchFixtures.state()
        state.searchFor("gaz")
        state.keys("Enter", "j")
        #expect(state.selectedArticle == 4)
        state.keys("/", "Ctrl-u")
        state.type("chauffage")
        #expect(state.listedArticles == [4])
        let effects = state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: Self.refreshed(state))), answering: nil)
        #expect(AppState.requests(effects).map(\.query.text) == ["chauffage"])
        #expect(state.search.prompt?.anchor.flatMap(state.catalogue.position(of:)) == 5, "school, at its new position")
        #expect(state.search.prompt?.previous?.matches == [4, 5], "gaz's answer, carried over")
        let back = AppState.requests(state.send(.escape, answering: nil))
        #expect(back.map(\.query.text) == ["gaz"], "answered for the old catalogue: asked again")
        #expect(back.first?.catalogueSerial == 1)
        #expect(state.listedArticles == [4, 5])
        #expect(state.selectedArticle == 5)
    }

    @Test("n past the last match asks for the next article; its first match is applied when it arrives")
    func crossingIsALoad() throws {
        var state = SearchFixtures.state()
        state.searchFor("nucl*")
        state.keys("Enter", "Enter", "n")
        #expect(state.openPosition == 3 && state.cursorText == "Le parc nucléaire vieillit.")
        let effects = App.update(&state, .key(.character("n")))
        guard case .loadArticle(let request)? = effects.first, effects.count == 1 else {
            Issue.record("n past the last match asks for the next article: \(effects)")
            return
        }
        #expect(state.loads.pending?.target == .match(.first))
        #expect(state.openPosition == 3 && state.cursorText == "Le parc nucléaire vieillit.", "nothing moves before it arrives")
        state.send(.articleLoaded(request, FixtureCorpus.shared.load(request)))
        #expect(state.openPosition == 5 && state.focus == .reader)
        #expect(state.cursorText == "Les centrales nucléaires ferment une à une.")
        #expect(state.search.current?.stop == .text(try #require(state.search.open?.matches.text.first)))
        #expect(state.noticeText == "Match 1/1")
        // N back: the previous article, on its last match, once it has arrived.
        let back = App.update(&state, .key(.character("N")))
        #expect(state.loads.pending?.target == .match(.last))
        state.answer(back)
        #expect(state.openPosition == 3 && state.cursorText == "Le parc nucléaire vieillit.")
        #expect(state.noticeText == "Match 2/2")
    }

    @Test("Enter opens where the user was without a search, on the first match with one; no match: where the user was, and it says so")
    func openTargets() throws {
        var state = SearchFixtures.state()
        let energy = SectorFixtures.energy
        let stored = try #require(energy.paragraphs[5].sentences.first)
        state.send(.readingLoaded(ReadingSnapshot(states: [ArticleKey(energy): ReadingState(position: stored.range.start, read: true,
                                                                                          updated: Date())])))
        state.keys("j", "j", "j")
        var plain = state
        plain.press("Enter")
        #expect(plain.cursorText == stored.text, "the remembered position")
        state.searchFor("gaz")
        state.keys("Enter")
        #expect(state.selectedArticle == 3)
        let effects = App.update(&state, .key(.enter))
        #expect(state.loads.pending?.target == .match(.first))
        state.answer(effects)
        #expect(state.cursorText == "Le gaz manque.", "the first match, not the remembered position")
        // An article the search does not match (the list shows an older answer, or App.open is
        // asked so): the remembered position, and the status line says there is no match.
        state.answer(App.open(&state, article: 0, target: .match(.first)))
        #expect(state.openPosition == 0)
        #expect(state.noticeText == "No match in this article")
        #expect(state.search.current == nil)
    }
}
