import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("views: entity highlighting, monochrome, legend, entity view, filtered list")
struct EntityViewTests {
    /// The style of the first cell of `text` on the first row that shows it.
    func style(of text: String, in grid: Grid, after row: Int = 0) -> Style? {
        for y in row..<grid.height {
            if let x = grid.column(of: text, row: y) { return grid[x, y].style }
        }
        return nil
    }

    @Test func eachTypeHasItsThemeStyle() throws {
        var state = EntityFixtures.analysedState()
        state.press("Enter")
        let grid = state.screen
        let body = try #require(grid.row(containing: "Les ministres maliens"))
        let theme = state.theme
        #expect(style(of: "Sergueï Lavrov", in: grid, after: body)?.foreground == theme.style(for: .entityPerson).foreground)
        #expect(style(of: "Sergueï Lavrov", in: grid, after: body)?.attributes.contains(.bold) == true)
        #expect(style(of: "Bamako", in: grid, after: body)?.foreground == .system(2))
        #expect(style(of: "Affaires", in: grid, after: body)?.foreground == theme.style(for: .entityOrganization).foreground)
        #expect(style(of: "février, en", in: grid, after: body)?.foreground == .system(6))
        #expect(style(of: "diplomatie", in: grid, after: body)?.foreground == .default)
        // Every cell of a mention, the space inside it too.
        let row = try #require(grid.row(containing: "Sergueï Lavrov"))
        let x = try #require(grid.column(of: "Sergueï Lavrov", row: row))
        for dx in 0..<14 { #expect(grid[x + dx, row].style.foreground == theme.style(for: .entityPerson).foreground) }
        #expect(grid[x + 14, row].style.foreground == .default)
        // Four different colours.
        let colours = [EntityKind.person, .location, .organization, .date].map { theme.style(for: $0.role).foreground }
        #expect(Set(colours).count == 4)
    }

    @Test func titleMentionsAreHighlighted() throws {
        var state = EntityFixtures.analysedState()
        state.press("Enter")
        let grid = state.screen
        // The title's second row in the reader: `Russie`.
        let titleRow = try #require(grid.row(containing: "maliens en Russie"))
        let x = try #require(grid.column(of: "maliens en Russie", row: titleRow)) + 11
        #expect(grid[x, titleRow].grapheme == "R")
        #expect(grid[x, titleRow].style.foreground == .system(2))
        #expect(grid[x, titleRow].style.attributes.contains(.bold), "the title keeps its own style")
        #expect(grid[x - 2, titleRow].style.foreground == .default)
    }

    @Test func monochromeKeepsTypesApartWithAttributes() throws {
        var state = EntityFixtures.analysedState(colors: .monochrome)
        state.press("Enter")
        let grid = state.screen
        let body = try #require(grid.row(containing: "Les ministres maliens"))
        // Mentions outside the cursor sentence (which is underlined as a whole).
        let styles = try ["Sergueï Lavrov", "Bamako", "Affaires étrangères sur", "février. Une"].map { name in
            try #require(style(of: name, in: grid, after: body + 3), "\(name)")
        }
        #expect(styles.allSatisfy { $0.foreground == .default && $0.background == .default })
        #expect(Set(styles.map(\.attributes.rawValue)).count == 4, "\(styles)")
        #expect(styles.allSatisfy { !$0.attributes.isEmpty })
        #expect(style(of: "diplomatie", in: grid, after: body)?.attributes == [])
        // In the cursor sentence (underlined) too: place, organisation, date and the text differ.
        let cursorRow = try #require(grid.row(containing: "déplacement en Russie"))
        let inCursor = try ["Russie.", "Affaires", "février, en", "ministres"].map { name in
            try #require(style(of: name, in: grid, after: body), "\(name)")
        }
        #expect(style(of: "Russie.", in: grid, after: cursorRow) == inCursor[0])
        #expect(Set(inCursor.map(\.attributes.rawValue)).count == 4, "\(inCursor)")
        #expect(inCursor[1] != styles[0], "an organisation in the cursor sentence does not look like a person")
        // The mark stays visible too.
        state.press("]")
        let marked = try #require(style(of: "Affaires", in: state.screen, after: body))
        #expect(marked.attributes.contains(.reverse))
    }

    @Test func hiddenTypesAreDrawnPlain() throws {
        var state = EntityFixtures.analysedState()
        state.press("Enter", "F1")
        let body = try #require(state.screen.row(containing: "Les ministres maliens"))
        #expect(style(of: "Sergueï Lavrov", in: state.screen, after: body)?.foreground == .default)
        #expect(style(of: "Bamako", in: state.screen, after: body)?.foreground == .system(2))
    }

    @Test func highlightAndMarkAreDistinct() throws {
        var state = EntityFixtures.analysedState()
        state.press("Enter", "E", "Enter")
        let grid = state.screen
        let body = try #require(grid.row(containing: "Les ministres maliens"))
        let first = try #require(style(of: "Sergueï Lavrov", in: grid, after: body))
        let lastRow = try #require(grid.lines.lastIndex { $0.contains("Sergueï Lavrov.") })
        let other = try #require(style(of: "Sergueï Lavrov.", in: grid, after: lastRow))
        #expect(other.attributes.contains(.reverse), "every mention is highlighted")
        #expect(first != other, "the marked one stands out from the other highlighted ones")
    }

    @Test func legendShowsEachTypeInItsStyle() throws {
        var state = EntityFixtures.analysedState(language: .french)
        state.press("Enter", "F4", "L")
        let grid = state.screen
        let row = try #require(grid.row(containing: "F1/! Personnes"))
        #expect(grid.lines[row + 1].contains("F2/@ Lieux"))
        #expect(grid.lines[row + 2].contains("F3/# Organisations"))
        #expect(grid.lines[row + 3].contains("F4/$ Dates (masqué)"))
        #expect(grid.lines[row - 1].contains("Entités"))
        let x = try #require(grid.column(of: "Personnes", row: row))
        #expect(grid[x, row].style.foreground == state.theme.style(for: .entityPerson).foreground)
        state.press("L")
        let without = state.screen
        #expect(without.row(containing: "F1/! Personnes") == nil)
        // Inside the panels: the panels' bottom border and the side panel's right border are
        // the same with the legend as without it.
        let bottom = state.layout.status.y - 1
        #expect(grid.lines[bottom] == without.lines[bottom], "the bottom border stays: \(grid.lines[bottom])")
        for y in row...(row + 3) {
            #expect(grid.lines[y].last == without.lines[y].last, "the right border stays: \(grid.lines[y])")
            #expect(Array(grid.lines[y]).dropLast().last == "│", "the legend's own border, inside: \(grid.lines[y])")
        }
        state.press("L", "Esc")
        #expect(!state.entities.legendShown, "Esc closes the legend")
        #expect(state.screen.row(containing: "F1/! Personnes") == nil)
    }

    @Test func entityViewShowsGroupsCountsAndSelection() throws {
        var state = EntityFixtures.analysedState()
        state.press("Enter", "E", "j")
        let grid = state.screen
        #expect(grid.lines[0].contains("┌─ Entities "))
        let people = try #require(grid.row(containing: "People (3)"))
        #expect(grid.lines[people + 1].contains("  3 Sergueï Lavrov"))
        #expect(grid.lines[people + 2].contains("▸ 2 Abdoulaye Diop"))
        #expect(grid.lines[people + 3].contains("  2 Vladimir Poutine"))
        #expect(grid.row(containing: "Places (4)") != nil)
        #expect(grid.row(containing: "Organisations (2)") != nil)
        #expect(grid.row(containing: "Dates (2)") != nil)
        let x = try #require(grid.column(of: "Abdoulaye Diop", row: people + 2))
        #expect(grid[x, people + 2].style.attributes.contains(.reverse), "the selection")
        // French titles, and the hidden mark.
        var french = EntityFixtures.analysedState(language: .french)
        french.press("Enter", "E", "F2")
        #expect(french.screen.lines[0].contains("┌─ Entités "))
        #expect(french.screen.row(containing: "Lieux (4) · masqué") != nil)
    }

    @Test func entityViewOfAnArticleWithoutEntities() {
        var state = Fixtures.state()
        state.press("Enter", "E")
        #expect(state.screen.row(containing: "No entities found") != nil)
        // An article whose analysis the index no longer has is shown without entities.
        var dropped = EntityFixtures.analysedState()
        dropped.open?.analysis = nil
        dropped.open?.entities = []
        dropped.press("E")
        #expect(dropped.screen.row(containing: "No entities found") != nil)
    }

    @Test func filteredListShowsOnlyMatchingArticles() throws {
        var state = EntityFixtures.analysedState(width: 160)
        state.press("Enter", "E", "f")
        let grid = state.screen
        #expect(grid.lines[0].contains("Articles (1/3) · Sergueï Lavrov"))
        #expect(grid.lines[1].contains("2024-02-29 Journal… Lutte contre"))
        #expect(!grid.lines[2].contains("2024-03"))
        #expect(grid.lines[38].hasSuffix("1/1 "))
    }
}
