import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("views: the search prompt, the list header and status with a search, match highlights")
struct SearchViewTests {
    /// Where `text` starts inside `rect` of the screen (first row, first column found).
    func cell(of text: String, in rect: Rect, _ grid: Grid) throws -> (x: Int, y: Int) {
        for y in rect.y..<rect.maxY {
            var line = ""
            var columns: [Int] = []
            for x in rect.x..<rect.maxX where !grid[x, y].isContinuation {
                for _ in grid[x, y].grapheme { columns.append(x) }
                line += grid[x, y].grapheme
            }
            if let range = line.range(of: text) { return (columns[line.distance(from: line.startIndex, to: range.lowerBound)], y) }
        }
        Issue.record("\(text) is not on screen in \(rect):\n\(grid.text)")
        throw CancellationError()
    }

    /// The styles of the cells of `text` in the reader panel.
    func styles(of text: String, _ state: AppState) throws -> [Style] {
        let grid = state.screen
        let rect = try #require(state.layout.rect(of: .reader))
        let at = try cell(of: text, in: rect, grid)
        return (0..<DisplayWidth.of(text)).map { grid[at.x + $0, at.y].style }
    }

    @Test("the prompt replaces the hint bar: the query, the count at the right, the cursor after accented input")
    func promptLine() throws {
        var state = SearchFixtures.state()
        state.keys("/")
        // `é` typed as `e` and a combining accent: one character on screen.
        state.send(.character("e"))
        state.send(.character("\u{301}"))
        state.type("lectricité")
        let frame = App.render(state)
        let row = frame.composed.lines[39]
        #expect(row.hasPrefix("Search: électricité "))
        #expect(row.hasSuffix("1 article"))
        #expect(frame.cursor == Position(x: 8 + 11, y: 39))
        #expect(frame.composed.lines[38].hasPrefix(" Search as you type: Enter keeps it as a list filter, Esc cancels"))
        state.keys("Left", "Left")
        #expect(App.render(state).cursor == Position(x: 8 + 9, y: 39))
        // More than one article, none, and the wait for a first answer.
        state.keys("End", "Ctrl-u")
        state.type("de")
        #expect(state.screen.lines[39].hasSuffix("5 articles"), "de: a prefix while typing")
        state.type("fensesx")
        #expect(state.screen.lines[39].hasSuffix("no article"))
        state.keys("Ctrl-u")
        state.type("gaz")
        state.type(" chauffage", answering: nil)
        #expect(state.screen.lines[39].hasSuffix("2 articles…"), "the last answer, still waiting for the new one")
        var fresh = SearchFixtures.state()
        fresh.keys("/")
        fresh.type("gaz", answering: nil)
        #expect(fresh.screen.lines[39].hasSuffix("searching…"))
        // Closed: the hint bar is back, no terminal cursor.
        state.keys("Esc")
        #expect(App.render(state).cursor == nil)
        #expect(state.screen.lines[39].hasPrefix("? help  q quit"))
    }

    @Test("a query that cannot be searched: the status line says why, in the interface language")
    func errorMessage() {
        var state = SearchFixtures.state()
        state.keys("/")
        state.type("\"centrales")
        #expect(state.screen.lines[38].hasPrefix(" A quote opens a phrase that is never closed: add the closing \" or remove the quote"))
        #expect(state.screen.lines[38].contains("1/6"), "the list, not narrowed")
        var french = SearchFixtures.state(language: .french)
        french.keys("/")
        french.type("«centrales")
        #expect(french.screen.lines[39].hasPrefix("Recherche : «centrales"))
        #expect(french.screen.lines[38].hasPrefix(" Un guillemet ouvre une expression jamais fermée"))
        french.type("»")
        #expect(french.screen.lines[38].hasPrefix(" Recherche pendant la frappe"))
        #expect(french.screen.lines[39].hasSuffix("2 articles"))
    }

    @Test("the list header and the status line show the search with the count")
    func headerAndStatus() {
        var state = SearchFixtures.state()
        state.searchFor("electricite")
        state.keys("Enter")
        let screen = state.screen
        #expect(screen.lines[0].hasPrefix("┌─ Articles (1/6) · /electricite "))
        #expect(screen.lines[38].hasSuffix("/electricite: 1/6  1/1 "))
        #expect(screen.lines[39].contains("/ search  n N match"), "n N joins the hints while a search is active")
        var french = SearchFixtures.state(width: 160, language: .french)
        french.keys("2")
        french.searchFor("nucl*")
        french.keys("Enter")
        #expect(french.screen.lines[0].hasPrefix("┌─ Articles (1/6) · énergie · /nucl* · ordre "))
        #expect(french.screen.lines[38].contains("énergie · /nucl* : 1/6"))
    }

    @Test(arguments: [ColorSupport.system16, .monochrome])
    func matchesAreHighlightedAndTheCurrentOneMoreStrongly(colors: ColorSupport) throws {
        var state = SearchFixtures.state(colors: colors)
        state.searchFor("nucl*")
        state.keys("Enter", "Enter")
        #expect(state.openPosition == 3)
        let current = try styles(of: "nucléaires", state)
        let other = try styles(of: "nucléaire vieillit", state).prefix(9)
        let plain = try styles(of: "tournent", state)
        let theme = state.theme
        if colors == .monochrome {
            #expect(current.allSatisfy { $0.attributes.isSuperset(of: [.reverse, .bold, .underline]) })
            #expect(other.allSatisfy { $0.attributes.contains(.reverse) && !$0.attributes.contains(.bold) })
            #expect(current.allSatisfy { $0.foreground == .default && $0.background == .default })
        } else {
            #expect(current.allSatisfy { $0.background == theme.style(for: .searchCurrent).background })
            #expect(current.allSatisfy { $0.attributes.isSuperset(of: [.bold, .underline]) })
            #expect(other.allSatisfy { $0.background == .yellow && $0.foreground == .black })
            #expect(theme.style(for: .searchCurrent).background != .yellow)
        }
        #expect(plain.allSatisfy { !$0.attributes.contains(.reverse) && $0.background == .default }, "the rest is not marked")
        // `n`: the other match is the current one now.
        state.keys("n")
        #expect(try styles(of: "nucléaire vieillit", state).prefix(9).allSatisfy { $0 == theme.style(for: .searchCurrent) || $0.attributes.contains(.bold) })
        #expect(try styles(of: "nucléaires", state).allSatisfy { !$0.attributes.contains(.bold) })
    }

    @Test(arguments: [ColorSupport.system16, .monochrome])
    func entityStylesKeepTheirAttributesInsideAMatch(colors: ColorSupport) throws {
        var state = SearchFixtures.state(colors: colors, entities: [0: EntityFixtures.mali])
        state.searchFor("Moscou")
        state.keys("Enter")
        #expect(state.openPosition == 0)
        let matched = try styles(of: "Moscou", state)
        let location = state.theme.style(for: .entityLocation)
        #expect(matched.allSatisfy { $0.attributes.isSuperset(of: location.attributes) }, "the place's own attributes stay")
        let bamako = try styles(of: "Bamako", state)
        #expect(bamako.allSatisfy { $0 == location || $0.attributes.isSuperset(of: location.attributes) })
        if colors == .monochrome {
            #expect(matched.allSatisfy { $0.attributes.contains(.reverse) })
            #expect(bamako.allSatisfy { !$0.attributes.contains(.reverse) }, "a place outside the search is not reversed")
        } else {
            #expect(matched.allSatisfy { $0.background == .yellow })
            #expect(bamako.allSatisfy { $0.foreground == .green && $0.background == .default })
        }
    }

    @Test("title matches are highlighted in the reader's title, the current one more strongly")
    func titleMatches() throws {
        var state = SearchFixtures.state(width: 80, height: 24, colors: .monochrome)
        state.searchFor("transition")
        state.keys("Enter", "Enter")
        #expect(state.focus == .reader && state.openPosition == 5)
        let title = try styles(of: "transition", state)
        #expect(title.allSatisfy { $0.attributes.isSuperset(of: [.reverse, .bold, .underline]) }, "the current match, in the title")
        let rest = try styles(of: "La ", state)
        #expect(rest.allSatisfy { $0.attributes == [.bold] }, "the rest of the title: bold only")
    }
}
