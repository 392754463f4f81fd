import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("panels: titles get the room, the side panel folds, widths by key, kept in layout.json")
struct PanelLayoutTests {
    /// A title longer than any list, a 16-column outlet (the widest the outlet column gets) and
    /// two sector marks: the row as crowded as rows get.
    static let longTitle = "Le gouvernement présente un plan de sobriété énergétique pour l’hiver et les entreprises de la défense"
    static var crowded: Article {
        Fixtures.article(id: "500_long", title: longTitle, date: Fixtures.date, source: "Courrier Picard.",
                         paragraphs: [["Le plan vise les centrales nucléaires.", "L’armée suit le dossier."]])
    }

    static func state(width: Int, height: Int = 40, panels: PanelWidths = .standard) -> AppState {
        let sectors = [0: ArticleSectors(entries: [ArticleSectors.Entry(sector: 0, level: .central, score: 12),
                                                   ArticleSectors.Entry(sector: 1, level: .mentioned, score: 3)])]
        var state = Fixtures.state([crowded, Fixtures.mali], width: width, height: height, sectors: sectors,
                                   sectorCount: SectorFixtures.sectorCount, panels: panels)
        state.send(.sectorsLoaded(SectorFixtures.classifier))
        return state
    }

    /// Columns the long title takes on its row (its shown start up to and with the `…`).
    static func titleColumns(_ grid: Grid) throws -> Int {
        let start = String(longTitle.prefix(12))
        let y = try #require(grid.row(containing: start))
        // Every character of the row is one column wide.
        let line = grid.lines[y]
        let from = try #require(line.range(of: start))
        let end = try #require(line.range(of: "…", range: from.lowerBound..<line.endIndex), "\(line)")
        #expect(line.contains("DEF") && line.contains("ene"), "the marks stay: \(line)")
        return line.distance(from: from.lowerBound, to: end.upperBound)
    }

    @Test("160x40, default layout: the list gives the title at least 60 columns, outlet and marks shown")
    func sixtyTitleColumnsAt160() throws {
        let state = Self.state(width: 160)
        #expect(state.layout.mode == .threePanels)
        #expect(state.layout.rect(of: .side) == nil)
        let columns = try Self.titleColumns(state.screen)
        #expect(columns >= 60, "\(columns)")
        #expect(state.screen.lines[0].contains("┌─ Reader ─"))
    }

    @Test("160x40: an article in every sector keeps 60 title columns; the marks past two go to +n")
    func manyMarksLeaveTheTitleItsRoom() throws {
        let entries = (0..<SectorFixtures.sectorCount).map {
            ArticleSectors.Entry(sector: UInt8($0), level: $0 == 0 ? .central : .mentioned, score: Float(12 - $0))
        }
        var state = Fixtures.state([Self.crowded], width: 160, sectors: [0: ArticleSectors(entries: entries)],
                                   sectorCount: SectorFixtures.sectorCount, panels: .standard)
        state.send(.sectorsLoaded(SectorFixtures.classifier))
        let grid = state.screen
        #expect(try Self.titleColumns(grid) >= 60)
        let y = try #require(grid.row(containing: String(Self.longTitle.prefix(12))))
        #expect(grid.lines[y].contains("DEF ene"), "\(grid.lines[y])")
        #expect(!grid.lines[y].contains("SAN") && !grid.lines[y].contains("san"), "\(grid.lines[y])")
    }

    @Test("120 and 200 columns give titles a reasonable width; 200 shows the side panel")
    func reasonableTitlesAt120And200() throws {
        let narrow = Self.state(width: 120)
        let narrowColumns = try Self.titleColumns(narrow.screen)
        #expect(narrowColumns >= 36, "\(narrowColumns): \(narrow.screen.lines[1])")
        #expect(narrow.layout.rect(of: .side) == nil)
        #expect(try #require(narrow.layout.rect(of: .reader)).width >= 44)
        let wide = Self.state(width: 200, height: 50)
        #expect(try Self.titleColumns(wide.screen) >= 60)
        let side = try #require(wide.layout.rect(of: .side))
        #expect(side.width == 36)
        #expect(try #require(wide.layout.rect(of: .reader)).width >= 60)
        #expect(wide.screen.lines[0].contains("┌─ Details ─"))
    }

    @Test("80x24 keeps one panel at a time; the widths do not change that")
    func onePanelAt80() {
        var state = Self.state(width: 80, height: 24)
        #expect(state.layout.mode == .onePanel)
        state.press(">", "|")
        #expect(state.layout.mode == .onePanel)
        #expect(state.layout.panels.keys.sorted { $0.rawValue < $1.rawValue } == [.list])
    }

    @Test("the panels fill the screen at every width, the reader never under 30 columns")
    func panelsTileTheScreen() {
        for width in [100, 120, 137, 160, 179, 180, 200, 260] {
            for panels in [PanelWidths.standard, PanelWidths(list: 80, side: 40, sideFolded: false),
                           PanelWidths(list: 30, side: 12, sideFolded: true)] {
                for focus in Panel.allCases {
                    let layout = ScreenLayout(size: Size(width: width, height: 40), focus: focus, zoomed: false, widths: panels)
                    let rects = layout.panels.values.sorted { $0.x < $1.x }
                    #expect(rects.map(\.width).reduce(0, +) == width, "\(width) \(panels) \(focus)")
                    #expect(zip(rects, rects.dropFirst()).allSatisfy { $0.maxX == $1.x })
                    #expect((layout.rect(of: .reader)?.width ?? 0) >= ScreenLayout.minimumReader)
                }
            }
        }
    }

    @Test("| folds the side panel at 200 columns and shows it again; each change is kept")
    func foldKey() throws {
        var state = Self.state(width: 200, height: 50)
        let listBefore = try #require(state.layout.rect(of: .list)).width
        var effects = state.press("|")
        #expect(state.layout.rect(of: .side) == nil)
        #expect(effects.contains(.savePanelWidths(PanelWidths(list: 64, side: 18, sideFolded: true))))
        #expect(try #require(state.layout.rect(of: .list)).width > listBefore)
        #expect(state.screen.lines[48].contains("Side panel folded") && state.screen.lines[48].contains("| shows it again"))
        #expect(!state.screen.lines[0].contains("Details"))
        effects = state.press("|")
        #expect(state.layout.rect(of: .side) != nil)
        #expect(effects.contains(.savePanelWidths(PanelWidths(list: 64, side: 18, sideFolded: false))))
        #expect(state.screen.lines[0].contains("┌─ Details ─"))
    }

    @Test("a folded side panel shows while it has the focus (Tab, E), and the reader reflows")
    func sideOnDemand() throws {
        var state = Self.state(width: 160)
        state.press("Enter")
        let wide = try #require(ReaderContext(state)).geometry.textWidth
        #expect(state.focus == .reader && state.layout.rect(of: .side) == nil)
        state.press("Tab")
        #expect(state.focus == .side)
        let side = try #require(state.layout.rect(of: .side))
        #expect(side.width == 28)
        #expect(state.screen.lines[0].contains("┌─ Details ─"))
        #expect(try #require(ReaderContext(state)).geometry.textWidth < wide)
        state.press("Tab")
        #expect(state.focus == .list && state.layout.rect(of: .side) == nil)
        state.press("E")
        #expect(state.focus == .side && state.layout.rect(of: .side) != nil)
        // Folding while the side panel has the focus gives it to the reader.
        state.press("|")
        #expect(state.panels.sideFolded == false)
        state.press("|")
        #expect(state.focus == .reader && state.layout.rect(of: .side) == nil)
    }

    @Test("> and < widen and narrow the focused panel, within bounds, and say the shares")
    func widthKeys() throws {
        var state = Self.state(width: 160)
        let list = try #require(state.layout.rect(of: .list)).width
        var effects = state.press(">")
        #expect(state.panels.list == 68)
        #expect(effects == [.savePanelWidths(PanelWidths(list: 68, side: 18, sideFolded: nil))])
        #expect(try #require(state.layout.rect(of: .list)).width > list)
        #expect(state.screen.lines[38].contains("List 68 %"))
        state.press("<", "<")
        #expect(state.panels.list == 60)
        // From the reader, > widens the reader: the list narrows.
        state.press("Tab", ">")
        #expect(state.panels.list == 56)
        // From the side panel, the side panel's share.
        state.press("Tab", ">")
        #expect(state.panels.side == 20)
        #expect(try #require(state.layout.rect(of: .side)).width == 32)
        // Bounds: no change past them, and nothing to keep.
        state.press("Tab")
        for _ in 0..<20 { state.press(">") }
        #expect(state.panels.list == PanelWidths.listRange.upperBound)
        effects = state.press(">")
        #expect(effects.isEmpty)
        #expect(try #require(state.layout.rect(of: .reader)).width >= ScreenLayout.minimumReader)
    }

    @Test("a resize keeps the shares: widths are proportions, clamped to the screen")
    func resizeKeepsProportions() throws {
        var state = Self.state(width: 160)
        state.press(">", ">")
        state.send(.resize(Size(width: 120, height: 40)))
        #expect(try #require(state.layout.rect(of: .list)).width == 120 * 72 / 100)
        state.send(.resize(Size(width: 100, height: 30)))
        #expect(try #require(state.layout.rect(of: .reader)).width >= ScreenLayout.minimumReader)
        state.send(.resize(Size(width: 80, height: 24)))
        #expect(state.layout.mode == .onePanel)
        state.send(.resize(Size(width: 160, height: 40)))
        #expect(try #require(state.layout.rect(of: .list)).width == 160 * 72 / 100)
    }

    @Test("widths kept in layout.json come back; a corrupt file gives the defaults and a notice")
    func restoredFromTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-layout-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = LayoutFile(url: folder.appendingPathComponent("layout.json"))
        #expect(try file.load() == nil)
        try file.save(PanelWidths(list: 50, side: 30, sideFolded: true))
        var state = Self.state(width: 200, height: 50)
        App.restore(panels: try file.load(), &state)
        #expect(state.layout.rect(of: .side) == nil)
        #expect(try #require(state.layout.rect(of: .list)).width == 100)

        try Data("{\"list\": \"wide\"".utf8).write(to: file.url)
        var failure: LayoutFileError?
        do throws(LayoutFileError) { _ = try file.load() } catch { failure = error }
        let error = try #require(failure)
        guard case .malformed = error else { Issue.record("\(error)"); return }
        var fresh = Self.state(width: 200, height: 50)
        App.restore(panels: nil, failure: error.description, &fresh)
        #expect(fresh.panels == .standard)
        #expect(fresh.layout.rect(of: .side)?.width == 36)
        let status = fresh.screen.lines[48]
        #expect(status.contains("Panel widths not restored") && status.contains("layout.json"), "\(status)")
        // The next key clears the notice; the next change writes a good file.
        fresh.press("j")
        #expect(!fresh.screen.lines[48].contains("Panel widths"))
    }

    @Test("French: the fold notice and the widths")
    func french() {
        var state = Fixtures.state(width: 160, language: .french, panels: .standard)
        state.press("|")
        #expect(state.screen.lines[38].contains("Panneau latéral affiché"))
        state.press(">")
        #expect(state.screen.lines[38].contains("Liste 68 %"))
    }

    @Test("!, @, #, $ toggle the entity types as F1 to F4 do; the help names both keys")
    func functionKeyAlternatives() throws {
        var state = EntityFixtures.analysedState()
        state.press("Enter", "!", "#")
        #expect(state.entities.hidden == [.person, .organization])
        state.press("@", "$")
        #expect(state.entities.hidden == [.person, .organization, .location, .date])
        state.press("F1", "!")
        #expect(state.entities.hidden == [.person, .organization, .location, .date])
        state.press("!", "@", "#", "$")
        #expect(state.entities.hidden.isEmpty)
        var help = Fixtures.state(width: 120, height: 140)
        help.press("?")
        let text = try #require(App.render(help).overlays.first).grid.text
        for keys in ["F1, !", "F2, @", "F3, #", "F4, $", "|", "<", ">"] { #expect(text.contains(keys), "\(keys)") }
    }
}
