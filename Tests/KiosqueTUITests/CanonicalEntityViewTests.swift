import KiosqueCore
import Testing
@testable import KiosqueTUI

/// The reader names entities as the corpus does: an article that says only `Lavrov` shows
/// `Sergueï Lavrov` once the entity index knows him, and `f` on it lists every article naming him.
@Suite("grid: corpus-canonical entity names in the entity view, the filter, the highlight, bookmarks")
struct CanonicalEntityViewTests {
    static let full = (0..<3).map { n in
        Fixtures.article(id: "full-\(n)", title: "Visite \(n)", paragraphs: [[S("Le ministre Sergueï Lavrov est à Bamako pour la visite \(n).")]])
    }
    static let bare = (0..<2).map { n in
        Fixtures.article(id: "bare-\(n)", title: "Suite \(n)", paragraphs: [[S("Lavrov a répondu aux questions, puis Lavrov est reparti \(n).")]])
    }

    static func state() -> AppState {
        let articles = bare + full
        var entities: [Int: [Entity]] = [:]
        for (position, article) in articles.enumerated() {
            entities[position] = EntityFixtures.mentions(in: article, position < 2 ? [("Lavrov", .person)] : [("Sergueï Lavrov", .person), ("Bamako", .location)])
        }
        var state = Fixtures.state(articles, entities: entities)
        state.send(Message.entityIndex(EntityArticleIndex.of(entities), catalogue: state.catalogueSerial))
        return state
    }

    @Test func anArticleNamingTheSurnameOnlyShowsTheFullName() throws {
        var state = Self.state()
        state.press("Enter", "E")
        #expect(state.openPosition == 0)
        let grid = state.screen
        let people = try #require(grid.row(containing: "People (1)"))
        #expect(grid.lines[people + 1].contains("2 Sergueï Lavrov"))
        // Without the index (still being built), the article's own name.
        var early = Fixtures.state(Array(Self.bare + Self.full), entities: [0: EntityFixtures.mentions(in: Self.bare[0], [("Lavrov", .person)])])
        early.press("Enter", "E")
        #expect(early.screen.row(containing: "2 Lavrov") != nil)
    }

    @Test func filterAndHighlightFollowTheCanonicalName() {
        var state = Self.state()
        state.press("Enter", "E", "Enter")
        #expect(state.entities.highlighted?.name == "Sergueï Lavrov")
        #expect(state.markedText == "Lavrov", "the bare mentions are the entity's")
        state.press("E", "]")
        #expect(state.markedText == "Lavrov")
        state.press("E", "f")
        #expect(state.list.filter?.rows == [0, 1, 2, 3, 4], "the surname-only articles and the full-name ones")
        #expect(ArticleListView.title(state).contains("Sergueï Lavrov"))
    }

    @Test func aBookmarkFilesTheCanonicalName() {
        var state = Self.state()
        state.press("Enter", "v", "$", "b")
        let effects = state.press("Enter")
        guard case .saveBookmark(let draft)? = effects.first(where: { if case .saveBookmark = $0 { true } else { false } }) else {
            Issue.record("no bookmark saved: \(effects)")
            return
        }
        #expect(draft.entities.map(\.text) == ["Sergueï Lavrov"])
    }
}
