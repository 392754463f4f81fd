import Testing
@testable import KiosqueTUI

@Suite("Screen layout by size")
struct LayoutTests {
    @Test(arguments: [(59, 20), (80, 14), (30, 5)])
    func tooSmallShowsAClearMessage(width: Int, height: Int) {
        let state = Fixtures.state(width: width, height: height)
        #expect(state.layout.mode == .tooSmall)
        let text = state.screen.text
        let message = "Terminal too small: 60x15 needed, now \(width)x\(height)"
        if width >= message.count {
            #expect(text.contains(message))
        } else {
            // Wrapped on a narrow screen, every word still there.
            #expect(text.split(whereSeparator: \.isWhitespace) == message.split(separator: " "))
        }
        #expect(!text.contains("┌"))
    }

    @Test func tooSmallIsCentredAndFrench() throws {
        let state = Fixtures.state(width: 59, height: 20, language: .french)
        let grid = state.screen
        let message = "Terminal trop petit : 60x15 nécessaires, actuellement 59x20"
        let lines = Wrapper.wrap(message, width: 59)
        let row = try #require(grid.row(containing: lines[0]))
        #expect(row >= 8 && row <= 10)
        #expect(grid.text.replacingOccurrences(of: "\n", with: " ").split(separator: " ") == message.split(separator: " "))
    }

    @Test func exactMinimumIsNotTooSmall() {
        #expect(Fixtures.state(width: 60, height: 15).layout.mode == .onePanel)
        #expect(Fixtures.state(width: 99, height: 30).layout.mode == .onePanel)
        #expect(Fixtures.state(width: 100, height: 30).layout.mode == .threePanels)
    }

    @Test func onePanelAt80x24WithTabBar() {
        var state = Fixtures.state(width: 80, height: 24)
        var grid = state.screen
        #expect(grid.lines[0].hasPrefix(" [Articles]  Reader   Details "))
        #expect(grid.lines[1].hasPrefix("┌─ Articles (3) · file order ─"))
        #expect(grid.lines[1].hasSuffix("┐"))
        #expect(grid.lines[1].filter { $0 == "┌" }.count == 1)
        #expect(grid.lines[21].hasPrefix("└") && grid.lines[21].hasSuffix("┘"))
        state.press("Tab")
        grid = state.screen
        #expect(grid.lines[0].hasPrefix("  Articles  [Reader]  Details "))
        #expect(grid.lines[1].hasPrefix("┌─ Reader ─"))
        // The active tab is reverse, so it shows in monochrome too.
        let x = grid.column(of: "[Reader]", row: 0) ?? 0
        #expect(grid[x + 1, 0].style.attributes.contains(.reverse))
    }

    @Test func threePanelsAt120x40() {
        let state = Fixtures.state(width: 120, height: 40)
        let layout = state.layout
        #expect(layout.mode == .threePanels)
        #expect(layout.rect(of: .list) == Rect(x: 0, y: 0, width: 36, height: 38))
        #expect(layout.rect(of: .reader) == Rect(x: 36, y: 0, width: 56, height: 38))
        #expect(layout.rect(of: .side) == Rect(x: 92, y: 0, width: 28, height: 38))
        let top = state.screen.lines[0]
        #expect(top.filter { $0 == "┌" }.count == 3)
        #expect(top.contains("┌─ Articles (3) · file order ─") && top.contains("┌─ Reader ─") && top.contains("┌─ Details ─"))
    }

    @Test func panelWidthsStayReasonableWhenWide() {
        // The default widths: the list 64 % of the room beside the reader, the side panel 18 %
        // of the screen, shown from 180 columns.
        let layout = ScreenLayout(size: Size(width: 200, height: 60), focus: .list, zoomed: false)
        #expect(layout.rect(of: .list)?.width == 104)
        #expect(layout.rect(of: .side)?.width == 36)
        #expect(layout.rect(of: .reader)?.width == 60)
        let wider = ScreenLayout(size: Size(width: 300, height: 60), focus: .list, zoomed: false)
        #expect(wider.rect(of: .side)?.width == ScreenLayout.sideWidths.upperBound)
    }

    @Test func focusModeFillsTheScreenWithTheReader() {
        var state = Fixtures.state(width: 120, height: 40)
        state.press("z")
        let grid = state.screen
        #expect(grid.lines[0].hasPrefix("┌─ Reader ─"))
        #expect(grid.lines[0].hasSuffix("┐"))
        #expect(grid.lines[0].filter { $0 == "┌" }.count == 1)
    }
}
