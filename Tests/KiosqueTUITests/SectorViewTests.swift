import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("views: sector marks in the list and the margin, header and status, picker, why view")
struct SectorViewTests {
    /// The cell where `text` starts on the row that holds `row` (both must be on screen).
    func cell(_ text: String, onRowWith row: String, in grid: Grid) throws -> Cell {
        let foundRow = grid.row(containing: row)
        let y = try #require(foundRow, "\(row)")
        let foundColumn = grid.column(of: text, row: y)
        let x = try #require(foundColumn, "\(text) on row \(y): \(grid.lines[y])")
        return grid[x, y]
    }

    @Test func listRowsEndWithSectorMarksInColour() throws {
        let state = SectorFixtures.state()
        let grid = state.screen
        let energyRow = try #require(grid.lines.first { $0.contains("Hiver") })
        #expect(energyRow.hasPrefix("│  2024-02-29 Hiver tendu … ENE edu│"), "\(energyRow)")
        let central = try cell("ENE", onRowWith: "Hiver", in: grid)
        #expect(central.style.foreground == .system(3) && central.style.attributes.contains(.bold))
        let mentioned = try cell("edu", onRowWith: "Hiver", in: grid)
        #expect(mentioned.style.foreground == .system(6) && mentioned.style.attributes.contains(.dim))
        // Anadolu: one central sector; the undated article: none.
        #expect(grid.lines.contains { $0.contains("2024-03    Le Mali et la Ru… DEF│") })
        #expect(grid.lines.contains { $0.contains("Sans date") && !$0.contains("DEF") && !$0.contains("ENE") })
    }

    @Test func theFilteredSectorsMarksComeFirst() throws {
        var state = SectorFixtures.state()
        state.press("3")
        let row = try #require(state.screen.lines.first { $0.contains("Hiver") })
        #expect(row.contains("Hiver tendu … edu ENE│"), "\(row)")
    }

    @Test func marksInMonochromeDifferByCaseAndAttribute() throws {
        let state = SectorFixtures.state(colors: .monochrome)
        let grid = state.screen
        let central = try cell("ENE", onRowWith: "Hiver", in: grid)
        let mentioned = try cell("edu", onRowWith: "Hiver", in: grid)
        #expect(central.style == Style(attributes: .bold))
        #expect(mentioned.style == Style(attributes: .dim))
        // The selected row keeps its reverse video with the marks on it.
        let selected = try cell("DEF", onRowWith: "Lutte contre", in: grid)
        #expect(selected.style.attributes.isSuperset(of: [.reverse, .bold]))
    }

    @Test func narrowRowsCutTheTitleNotTheMarksAndVeryNarrowOnesDropThem() throws {
        // One panel at 70 columns: the outlet and the title are cut, the marks stay whole.
        let narrow = SectorFixtures.state(width: 70, height: 20).screen
        let row = try #require(narrow.lines.first { $0.contains("Lutte contre") })
        #expect(row.contains("2024-02-29 Journal du M… Lutte contre les terroristes : D… DEF ene│"), "\(row)")
        // Three panels at 100 columns leave 15 columns after the date: no room for marks.
        let tight = SectorFixtures.state(width: 100, height: 20).screen
        let tightRow = try #require(tight.lines.first { $0.contains("Hiver") })
        #expect(tightRow.hasPrefix("│  2024-02-29 Hiver tendu po…│"), "\(tightRow)")
        #expect(!tight.lines.contains { $0.contains("ENE") })
        // Marks drop one by one, the last first; `+n` tells how many went when it fits.
        let marks = [SectorMarks.Mark(text: "DEF", sector: 0, central: true), .init(text: "ene", sector: 1, central: false),
                     .init(text: "edu", sector: 2, central: false)]
        // The title keeps max(12, 60 %) of the room after the date; each mark takes 4 columns.
        // From 60 columns of room, the title keeps up to 60 of them, leaving two marks at least.
        #expect(SectorMarks.fit(marks, room: 100).marks.count == 3)
        #expect(SectorMarks.fit(marks, room: 60).marks == [marks[0], marks[1]])
        #expect(SectorMarks.fit(marks, room: 70).marks.count == 2 && SectorMarks.fit(marks, room: 70).dropped == 0)
        #expect(SectorMarks.fit(marks, room: 71).dropped == 1, "11 columns: two marks and +1")
        #expect(SectorMarks.fit(marks, room: 28).marks == [marks[0], marks[1]])
        #expect(SectorMarks.fit(marks, room: 28).dropped == 1, "11 columns: two marks and +1")
        #expect(SectorMarks.fit(marks, room: 25).marks.count == 2)
        #expect(SectorMarks.fit(marks, room: 25).dropped == 0, "10 columns: no room for +1")
        #expect(SectorMarks.fit(marks, room: 16).marks == [marks[0]])
        #expect(SectorMarks.fit(marks, room: 15).marks.isEmpty)
    }

    @Test func headerAndStatusLineShowTheFilterWithItsCount() throws {
        var state = SectorFixtures.state()
        state.press("2")
        let grid = state.screen
        #expect(grid.lines[0].contains("Articles (3/5) · énergie"))
        #expect(grid.lines[38].hasSuffix("énergie: 3/5  2/3 "), "mali stays selected: \(grid.lines[38])")
        var french = SectorFixtures.state(width: 160, language: .french)
        french.press("2", "1", "a")
        #expect(french.screen.lines[0].contains("Articles (1/5) · énergie et défense"))
        #expect(french.screen.lines[38].contains("énergie et défense : 1/5"))
        // Large counts are grouped as the language writes them.
        #expect(french.strings.format(.statusFilter, ["filter": "énergie", "shown": french.strings.number(37),
                                                      "total": french.strings.number(2012)]) == "énergie : 37/2\u{00A0}012")
    }

    @Test func hintBarNamesTheSectorKeys() {
        #expect(SectorFixtures.state(width: 140).screen.lines[39].contains("1 2 3 t sectors  } passage  w why"))
    }

    @Test func passagesOfActiveSectorsAreMarkedInTheMargin() throws {
        var state = SectorFixtures.state()
        state.press("j", "j", "j", "Enter")
        #expect(!state.screen.text.contains(ReaderView.passageMark), "no sector active, no marks")
        state.press("2")
        let grid = state.screen
        let cursorRow = try #require(grid.lines.first { $0.contains("Le prix de l’électricité") })
        #expect(cursorRow.contains("│▌┃Le prix de l’électricité"), "the cursor mark, then the passage mark")
        #expect(grid.lines.contains { $0.contains("│ ┃Les centrales nucléaires") })
        #expect(grid.lines.contains { $0.contains("│  Le gouvernement parle") }, "not a passage")
        #expect(!grid.lines.contains { $0.contains("┃La rentrée des enseignants") }, "éducation is not active")
        let mark = try cell("┃Les centrales", onRowWith: "┃Les centrales", in: grid)
        #expect(mark.style.foreground == .system(3) && mark.style.attributes.contains(.bold))
        // Éducation too: its passage takes its own colour.
        state.press("3")
        let education = try cell("┃La rentrée", onRowWith: "┃La rentrée", in: state.screen)
        #expect(education.style.foreground == .system(6))
    }

    @Test func marginMarksStayVisibleInMonochrome() throws {
        var state = SectorFixtures.state(colors: .monochrome)
        state.press("j", "j", "j", "Enter", "2")
        let mark = try cell("┃Les centrales", onRowWith: "┃Les centrales", in: state.screen)
        #expect(mark.grapheme == "┃")
        #expect(mark.style == Style(attributes: .bold))
        let cursor = try cell("▌┃Le prix", onRowWith: "▌┃Le prix", in: state.screen)
        #expect(cursor.grapheme == "▌", "the cursor keeps its own glyph beside the passage mark")
    }

    @Test func pickerListsEverySectorWithKeysColourAndCounts() throws {
        var state = SectorFixtures.state()
        state.press("t")
        let frame = App.render(state)
        let overlay = try #require(frame.overlays.first)
        let lines = overlay.grid.lines
        #expect(lines[0].contains("─ Sectors ─"))
        #expect(lines.contains { $0.contains("▸ [ ] 1 DEF défense") && $0.contains("2 (2)") })
        #expect(lines.contains { $0.contains("  [ ] 2 ENE énergie") && $0.contains("3 (1)") })
        #expect(lines.contains { $0.contains("  [ ] 3 EDU éducation") && $0.contains("2 (1)") })
        #expect(lines.contains { $0.contains("  [ ]   SAN santé") && $0.contains("0 (0)") }, "no quick key for santé")
        #expect(lines.contains { $0.contains("Articles about any checked sector") })
        #expect(lines.last?.contains("Space toggle · a any/all · Esc close") == true)
        state.press("j", "Space")
        let checked = try #require(App.render(state).overlays.first).grid
        let y = try #require(checked.row(containing: "[x] 2 ENE énergie"))
        let x = try #require(checked.column(of: "ENE", row: y))
        #expect(checked[x, y].style.foreground == .system(3))
        #expect(checked[x, y].style.attributes.contains(.reverse), "the selected row")
        // The list behind follows.
        #expect(frame.base.lines[0].contains("Articles (5)"))
        #expect(App.render(state).base.lines[0].contains("Articles (3/5) · énergie"))
    }

    @Test func pickerSaysPartialWhileIndexing() throws {
        var state = SectorFixtures.state()
        var fresh = Fixtures.state(SectorFixtures.articles + [Fixtures.long(times: 1)])
        fresh.index.running = true
        _ = App.update(&fresh, .sectorsLoaded(SectorFixtures.classifier))
        fresh.press("t")
        #expect(try #require(App.render(fresh).overlays.first).grid.lines[0].contains("Sectors (partial)"))
        state.press("t")
        #expect(try #require(App.render(state).overlays.first).grid.lines[0].contains("Sectors (partial)") == false)
    }

    @Test func whyViewShowsTermsAndScores() throws {
        var state = SectorFixtures.state(height: 40)
        state.press("j", "j", "j", "Enter", "2", "}", "w")
        let overlay = try #require(App.render(state).overlays.first)
        let text = overlay.grid.text
        #expect(text.contains("─ Why: sectors ─"))
        #expect(text.contains("Article\n") || text.contains("│ Article "))
        #expect(text.contains("énergie (ENE)  central · score 11"))
        #expect(text.contains("nucléaire* ×2, électricité, gaz"))
        #expect(text.contains("éducation (EDU)  mentioned · score 6"))
        #expect(text.contains("Paragraph under the cursor"))
        #expect(text.contains("énergie (ENE)  passage of the sector · score 5"), "paragraph 4: nucléaires and gaz")
        // A paragraph is a passage of a sector or not: the article's words (central,
        // mentioned) are never used for it, so one paragraph never reads "mentioned" under a
        // "central" article with the same score (issue 15).
        let paragraphRows = text.components(separatedBy: "Paragraph under the cursor")[1].components(separatedBy: "Sentence under")[0]
        #expect(!paragraphRows.contains("mentioned") && !paragraphRows.contains("central"))
        #expect(text.contains("Sentence under the cursor"))
        #expect(text.contains("énergie (ENE)  score 3"), "Les centrales nucléaires")
        #expect(text.contains("Esc to close · } next passage"))
        let y = try #require(overlay.grid.row(containing: "énergie (ENE)  central"))
        let x = try #require(overlay.grid.column(of: "énergie (ENE)", row: y))
        #expect(overlay.grid[x, y].style.foreground == .system(3))
        // An active sector the article is not about is listed too, as absent.
        state.press("1")
        let withDefense = try #require(App.render(state).overlays.first).grid.text
        #expect(withDefense.contains("défense (DEF)  absent · score 0"))
        // French.
        var french = SectorFixtures.state(language: .french)
        french.press("j", "j", "j", "Enter", "w")
        let frText = try #require(App.render(french).overlays.first).grid.text
        #expect(frText.contains("Pourquoi : secteurs") && frText.contains("énergie (ENE)  central · score 11"))
    }

    @Test func whyViewBeforeTheTaxonomyIsKnown() throws {
        var state = Fixtures.state(SectorFixtures.articles)
        state.press("w")
        #expect(try #require(App.render(state).overlays.first).grid.text.contains("Sectors are not known yet"))
    }
}
