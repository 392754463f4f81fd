import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

/// The reading routine (`m`, `M`, `U`, `.`, `,`), the unread count of the list's header, and the
/// list's orders (`s`).
@Suite("update: read marks by hand, mark all read and its undo, next unread, unread counts, list orders")
struct RoutineUpdateTests {
    /// The sector fixtures (newest first: anadolu 1, mali 0, energy 3, school 4, undated 2) with an
    /// empty reading state, the list focused.
    static func state(language: Language = .english) -> AppState {
        var state = SectorFixtures.state(language: language, order: .newest)
        state.send(.readingLoaded(ReadingSnapshot()))
        return state
    }

    /// The changes of the `saveReading` effects.
    static func saved(_ effects: [Effect]) -> [ReadingBatch.Change] {
        effects.flatMap { effect -> [ReadingBatch.Change] in
            if case .saveReading(let batch) = effect { return batch.changes }
            return []
        }
    }

    @Test("the list is newest first by default, undated last; the shown article is the first row")
    func newestFirstByDefault() {
        let state = Self.state()
        #expect(state.list.order == .newest)
        #expect(state.listedArticles == [1, 0, 3, 4, 2])
        #expect(state.openPosition == 1, "the first row is shown at start")
        #expect(ArticleListView.title(state) == "Articles (5 unread / 5)")
    }

    @Test("m marks the selected row read, then unread again; written at once, unmarking included; the header counts")
    func toggleInTheList() {
        var state = Self.state()
        state.press("j")
        #expect(state.selectedArticle == 0)
        var effects = state.press("m")
        #expect(state.isRead(0) && state.noticeText == "Marked read")
        #expect(Self.saved(effects) == [ReadingBatch.Change(article: state.key(at: 0), position: nil, read: true)])
        #expect(ArticleListView.title(state) == "Articles (4 unread / 5)")
        #expect(state.screen.lines[0].contains("Articles (4 unread / 5)"))
        effects = state.press("m")
        #expect(state.isUnread(0) && state.noticeText == "Marked unread")
        #expect(Self.saved(effects) == [ReadingBatch.Change(article: state.key(at: 0), position: nil, read: false, unmark: true)])
        #expect(state.list.unread == 5)
    }

    @Test("m in the reader marks the open article unread, and moving the cursor does not mark it read again")
    func toggleInTheReader() {
        var state = Self.state()
        state.press("Enter")
        #expect(state.focus == .reader && state.isRead(1))
        state.press("m")
        #expect(state.isUnread(1))
        state.press("j", "j")
        #expect(state.isUnread(1), "kept unread while it stays open")
        state.press("m")
        #expect(state.isRead(1))
    }

    @Test("M marks every shown row read (a filter's rows only); U brings back a later clear, then exactly the marks before")
    func markAllAndUndo() {
        var state = Self.state()
        state.press("j", "m", "k", "2")
        #expect(state.listedArticles == [3, 0, 4], "énergie: central first, then newest")
        #expect(ArticleListView.title(state) == "Articles (3/5) · énergie · 2 unread")
        let effects = state.press("M")
        #expect([3, 0, 4].allSatisfy(state.isRead) && state.isUnread(1) && state.isUnread(2))
        #expect(Set(Self.saved(effects).map(\.article)) == Set([3, 4].map(state.key(at:))))
        #expect(state.noticeText == "Marked read: 2 (U undoes)")
        #expect(state.list.unread == 0)
        state.press("0")
        #expect(ArticleListView.title(state) == "Articles (2 unread / 5)")
        // The clear came after M: U first brings the filter back, then undoes M.
        let refiltered = state.press("U")
        #expect(state.listedArticles == [3, 0, 4] && Self.saved(refiltered).isEmpty)
        #expect([3, 0, 4].allSatisfy(state.isRead))
        let undone = state.press("U")
        #expect(state.isUnread(3) && state.isUnread(4) && state.isRead(0), "mali was read before M: it stays read")
        #expect(Self.saved(undone).allSatisfy { $0.unmark } && Self.saved(undone).count == 2)
        #expect(state.list.unread == 2, "two unread again among the filter's three")
        state.press("U")
        #expect(state.noticeText == "No “mark all read” to undo")
    }

    @Test(". and , go to the next and previous unread row; from the reader they open it; none: said")
    func nextUnread() {
        var state = Self.state()
        state.press("j", "m", "j", "m", "g")
        // Rows: anadolu 1, mali 0 (read), energy 3 (read), school 4, undated 2.
        state.press(".")
        #expect(state.selectedArticle == 4)
        state.press(".")
        #expect(state.selectedArticle == 2)
        state.press(".")
        #expect(state.selectedArticle == 2 && state.noticeText == "No unread article further down the list")
        state.press(",", ",")
        #expect(state.selectedArticle == 1)
        state.press(",")
        #expect(state.noticeText == "No unread article further up the list")
        // From the reader: the next unread article opens (and is then read).
        state.press("Enter", ".")
        #expect(state.openPosition == 4 && state.focus == .reader && state.isRead(4))
        #expect(state.selectedArticle == 4)
    }

    @Test("read marks come back from the store at start: the header counts them")
    func marksFromTheStore() {
        var state = SectorFixtures.state(order: .newest)
        #expect(ArticleListView.title(state) == "Articles (5)", "no count before the reading state is known")
        let key = state.key(at: 3)
        state.send(.readingLoaded(ReadingSnapshot(states: [key: ReadingState(read: true, updated: Date())])))
        #expect(state.isRead(3) && state.list.unread == 4)
    }

    @Test("without a reading state, m says so")
    func withoutReadingState() {
        var state = SectorFixtures.state()
        state.press("m")
        #expect(state.noticeText?.contains("not loaded") == true)
    }

    @Test("s cycles newest, oldest, outlet, file order (and relevance under sectors); the selected article stays; the header says it")
    func ordersCycle() {
        var state = Self.state()
        state.press("j")
        #expect(state.selectedArticle == 0)
        state.press("s")
        #expect(state.list.order == .oldest)
        #expect(state.listedArticles == [0, 3, 4, 1, 2], "oldest first, undated last")
        #expect(state.selectedArticle == 0, "the same article stays selected")
        #expect(ArticleListView.title(state) == "Articles (5 unread / 5) · oldest first")
        #expect(state.noticeText == "Order: oldest first")
        state.press("s")
        #expect(state.list.order == .outlet)
        // Anadolu, Journal du Mali, then the articles without a source (newest first, undated last).
        #expect(state.listedArticles == [1, 0, 3, 4, 2])
        state.press("s")
        #expect(state.list.order == .corpus && state.listedArticles == [0, 1, 2, 3, 4])
        #expect(ArticleListView.title(state) == "Articles (5 unread / 5) · file order")
        state.press("s")
        #expect(state.list.order == .newest)
        // Under a sector filter, central articles first (energy), then the order; or by relevance.
        state.press("2")
        #expect(state.listedArticles == [3, 0, 4])
        state.press("s", "s", "s", "s")
        #expect(state.list.order == .relevance && state.listedArticles == [3, 4, 0])
        state.press("s")
        #expect(state.list.order == .newest && state.listedArticles == [3, 0, 4])
        state.press("s")
        state.press("0")
        #expect(state.listedArticles == [0, 3, 4, 1, 2], "the order stays when the filter goes")
        state.press("2", "s", "s", "s", "0")
        #expect(state.list.order == .relevance && state.listedArticles == [1, 0, 3, 4, 2], "by relevance without sectors: newest first")
    }

    @Test("French: the header's count and order in French")
    func french() {
        var state = Self.state(language: .french)
        state.press("j", "m", "s")
        #expect(ArticleListView.title(state) == "Articles (4 non lus / 5) · plus anciens d’abord")
        state.press("M")
        #expect(ArticleListView.title(state) == "Articles (0 non lu / 5) · plus anciens d’abord")
    }
}
