import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("The bookmark view's list is derived once, when the bookmarks or the filter change")
struct BookmarkShownTests {
    @Test("shown follows loads, notes, removals and criteria; newest first; sectors ignore case and accents")
    func shownFollowsChanges() throws {
        let four = BookmarkFixtures.four
        var bookmarks = BookmarkState()
        _ = bookmarks.load(four, catalogue: Catalogue(), open: nil)
        #expect(bookmarks.shown.map(\.note) == ["ancien texte", "", "reprise de Kidal", "Lavrov reçoit"])
        bookmarks.show(BookmarkCriteria(filter: ListFilter(sectors: ["DEFENSE"]), match: .any))
        #expect(bookmarks.shown.map(\.note) == ["reprise de Kidal", "Lavrov reçoit"])
        bookmarks.show(BookmarkCriteria(filter: ListFilter(sectors: ["défense", "diplomatie"]), match: .all))
        #expect(bookmarks.shown.map(\.note) == ["reprise de Kidal"])
        let kidal = try #require(bookmarks.shown.first)
        bookmarks.setNote("Kidal, encore", of: kidal.id)
        #expect(bookmarks.shown.map(\.note) == ["Kidal, encore"], "a note change is listed at once")
        _ = bookmarks.remove(kidal.id)
        #expect(bookmarks.shown.isEmpty)
        bookmarks.show(BookmarkCriteria())
        #expect(bookmarks.shown.count == 3)
    }

    @Test("a sector key in the list narrows the bookmark view in the same update")
    func filterNarrowsTheView() {
        var state = Fixtures.state(SectorFixtures.articles)
        _ = App.update(&state, .sectorsLoaded(SectorFixtures.classifier))
        state.send(.bookmarksLoaded(BookmarkFixtures.four))
        #expect(state.bookmarks.shown.count == 4)
        state.press("1")
        #expect(state.list.filter?.sectors == ["défense"])
        #expect(state.bookmarks.shown.map(\.note) == ["reprise de Kidal", "Lavrov reçoit"])
        state.press("0")
        #expect(state.bookmarks.shown.count == 4)
    }
}
