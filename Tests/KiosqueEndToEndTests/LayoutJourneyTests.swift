import Foundation
import Testing

/// The panels' widths come back at the next start (layout.json), with the real binary.
@Suite struct LayoutJourneyTests {
    /// The column where the reader's box starts on the top row, nil when it is not on screen.
    static func readerColumn(_ screen: String) -> Int? {
        guard let top = screen.split(separator: "\n", omittingEmptySubsequences: false).first,
              let range = top.range(of: "┌─ Reader") else { return nil }
        return top.distance(from: top.startIndex, to: range.lowerBound)
    }

    static func showsSide(_ screen: String) -> Bool {
        screen.split(separator: "\n").first?.contains("┌─ Details") == true
    }

    @Test("160x40: the side panel folded by default; | shows it, > widens the list, quit, start again: the same layout")
    func layoutComesBack() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        var kept: Int?
        do {
            let pane = try ReaderPane(width: 160, height: 40, set: xdg.environment)
            defer { pane.close() }
            let first = try pane.tmux.waitUntil("the list and the reader") { Self.readerColumn($0) != nil && $0.contains("─ Articles (") }
            #expect(!Self.showsSide(first))
            // The list takes 64 % of the 160 columns.
            #expect(Self.readerColumn(first) == 102)
            try pane.tmux.sendKeys("|")
            let shown = try pane.tmux.waitUntil("the side panel shown") { Self.showsSide($0) && $0.contains("Side panel shown") }
            let narrower = try #require(Self.readerColumn(shown))
            #expect(narrower < 102)
            try pane.tmux.sendKeys(">")
            let wider = try pane.tmux.waitUntil("a wider list") { $0.contains("List 68 %") && (Self.readerColumn($0) ?? 0) > narrower }
            kept = Self.readerColumn(wider)
            #expect(Self.showsSide(wider))
            try pane.tmux.sendKeys("q")
            #expect(try pane.waitForExit().status == 0)
        }
        let file = try String(contentsOf: xdg.folder("state").appendingPathComponent("layout.json"), encoding: .utf8)
        #expect(file.contains("\"list\":68") && file.contains("\"sideFolded\":false"), "\(file)")
        let pane = try ReaderPane(width: 160, height: 40, set: xdg.environment)
        defer { pane.close() }
        let screen = try pane.tmux.waitUntil("the kept layout") { Self.showsSide($0) && $0.contains("─ Articles (") }
        #expect(Self.readerColumn(screen) == kept)
        #expect(!screen.contains("Panel widths not restored"))
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }
}
