import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

/// `x`: the review's title asked for in a one-line prompt, and the list's period filter (`p`)
/// narrowing the review to the bookmarks of articles dated in it.
@Suite("x: the review's title and period")
struct ReviewTitleTests {
    /// 2024-03-02, as in `PeriodAndViewsTests`: the last 7 days hold 2024-02-29, not all of March.
    static let today = DatePeriod.span(of: ArticleDate(year: 2024, month: 3, day: 2)!).first

    /// The fixture articles (mali 2024-02-29, anadolu 2024-03, undated) with the four bookmarks:
    /// mali, anadolu, an absent article dated 2024-02-29, a detached one on mali.
    static func state(language: Language = .english) -> AppState {
        var state = Fixtures.state(language: language)
        state.list.today = today
        state.send(.bookmarksLoaded(BookmarkFixtures.four))
        return state
    }

    static func request(_ effects: [Effect]) -> ReviewRequest? {
        effects.lazy.compactMap { if case .exportReview(let request) = $0 { request } else { nil } }.first
    }

    @Test("x shows the title prompt in the hint row and writes nothing yet; Enter alone: the default title, every bookmark, no period")
    func promptThenDefault() throws {
        var state = Self.state()
        #expect(state.press("x").isEmpty, "nothing written before Enter")
        #expect(state.bookmarks.reviewTitle != nil)
        #expect(App.takesInterrupt(state))
        let hints = state.screen.lines[state.layout.hints.y]
        #expect(hints.hasPrefix("Review title (empty: Press review): "), "\(hints)")
        let request = try #require(Self.request(state.press("Enter")))
        #expect(state.bookmarks.reviewTitle == nil)
        #expect(request.title == nil)
        #expect(request.bookmarks.count == 4)
        #expect(request.periodStart == nil && request.periodEnd == nil)
    }

    @Test("the title typed (a key-map letter among it) ends in the request, trimmed, and is drawn while typed")
    func typedTitle() throws {
        var state = Self.state()
        state.press("x")
        for ch in "  Veille Mali, semaine 9 q " { state.send(.key(.character(ch))) }
        #expect(state.bookmarks.reviewTitle?.text == "  Veille Mali, semaine 9 q ", "q is text here, not quit")
        #expect(state.screen.lines[state.layout.hints.y].contains("Veille Mali, semaine 9 q"))
        let request = try #require(Self.request(state.press("Enter")))
        #expect(request.title == "Veille Mali, semaine 9 q")
    }

    @Test("Esc and Ctrl-C close the prompt with nothing written, and say so; Ctrl-C does not quit")
    func cancel() {
        for cancel in ["Esc", "Ctrl-c"] {
            var state = Self.state()
            state.press("x")
            for ch in "Titre" { state.send(.key(.character(ch))) }
            let effects = state.press(cancel)
            #expect(effects.isEmpty, "\(cancel): \(effects)")
            #expect(state.bookmarks.reviewTitle == nil)
            #expect(state.noticeText == "Press review cancelled: nothing written")
            #expect(Self.request(state.press("Enter")) == nil, "Enter after the cancel does not write either")
        }
    }

    @Test("a period filter keeps the bookmarks of articles dated in it (undated and month-dated out) and is in the request")
    func periodNarrows() throws {
        var state = Self.state()
        state.press("p")
        for ch in "7" { state.send(.key(.character(ch))) }
        state.press("Enter")
        #expect(state.list.filter?.period == .lastDays(7))
        state.press("x")
        for ch in "Semaine" { state.send(.key(.character(ch))) }
        let request = try #require(Self.request(state.press("Enter")))
        // anadolu (the whole of March 2024) is not within the last 7 days on 2024-03-02.
        #expect(Set(request.bookmarks.map(\.note)) == ["Lavrov reçoit", "", "ancien texte"])
        #expect(request.bookmarks.allSatisfy { $0.article.date == Fixtures.date })
        #expect(request.periodStart == ArticleDate(year: 2024, month: 2, day: 25))
        #expect(request.periodEnd == ArticleDate(year: 2024, month: 3, day: 2))
        #expect(request.title == "Semaine")
    }

    @Test("a range period: its first and last days; the month of March keeps only anadolu")
    func rangePeriod() throws {
        var state = Self.state()
        state.press("p")
        for ch in "2024-03-01..2024-03-31" { state.send(.key(.character(ch))) }
        state.press("Enter")
        let request = try #require(Self.request(state.press("x", "Enter")))
        #expect(request.bookmarks.map(\.note) == ["reprise de Kidal"])
        #expect(request.periodStart == ArticleDate(year: 2024, month: 3, day: 1))
        #expect(request.periodEnd == ArticleDate(year: 2024, month: 3, day: 31))
    }

    @Test("a period no shown bookmark is dated in: the status line says so, no prompt, nothing written (French too)")
    func emptyAfterPeriod() {
        for language in [Language.english, .french] {
            var state = Self.state(language: language)
            state.press("p")
            for ch in "2019-01-01" { state.send(.key(.character(ch))) }
            state.press("Enter")
            #expect(state.list.filter?.period != nil)
            #expect(state.press("x").isEmpty)
            #expect(state.bookmarks.reviewTitle == nil)
            let expected = language == .english
                ? "No bookmark shown is from an article dated in 2019-01-01: nothing written"
                : "Aucun signet affiché ne vient d’un article daté de 2019-01-01 : rien n’a été écrit"
            #expect(state.noticeText == expected)
        }
    }

    @Test("the French prompt")
    func frenchPrompt() {
        var state = Self.state(language: .french)
        state.press("x")
        #expect(state.screen.lines[state.layout.hints.y].hasPrefix("Titre de la revue (vide : Revue de presse) : "))
    }
}
