import Foundation
import Testing

/// The period, a search and saved views with the real binary: the filters come back at the next
/// start (view.json, the search asked again), a view saved with `S` is recalled from `W`.
/// Seeds: `2024-02-29 Lutte…` (mentions Lavrov) and `2024-03 Cette…` (a month).
@Suite struct PeriodViewJourneyTests {
    /// A list row of the seed of March 2024 / of 29 February 2024.
    static func showsMarch(_ screen: String) -> Bool { row(screen, "2024-03 ", "Cette relation") }
    static func showsFebruary(_ screen: String) -> Bool { row(screen, "2024-02-29 ", "Lutte contre") }
    static func row(_ screen: String, _ date: String, _ title: String) -> Bool {
        // The list panel's part of each line (up to the next panel's border).
        screen.split(separator: "\n").contains { line in
            let list = line.components(separatedBy: "││").first ?? ""
            return list.contains(date) && list.contains(title.prefix(5))
        }
    }
    /// The February seed alone, the header naming the period and the search.
    static func filtered(_ screen: String) -> Bool {
        showsFebruary(screen) && !showsMarch(screen) && screen.contains("2024-02 (dated only)") && screen.contains("/Lavrov")
    }

    @Test("p 2024-02 and /Lavrov, quit, start again: both back; S saves them, 0 clears, W and Enter recall them")
    func filtersLastAndViewsRecall() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        do {
            let pane = try ReaderPane(width: 240, height: 30, set: xdg.environment)
            defer { pane.close() }
            try pane.tmux.waitUntil("the list") { Self.showsMarch($0) && Self.showsFebruary($0) }
            try pane.tmux.sendKeys("p")
            try pane.tmux.waitUntil("the period prompt") { $0.contains("Period (") }
            try pane.tmux.sendKeys("2024-02")
            try pane.tmux.waitUntil("the period typed") { $0.contains("dates): 2024-02") }
            try pane.tmux.sendKeys("Enter")
            try pane.tmux.waitUntil("the period filter") { !Self.showsMarch($0) && $0.contains("(dated only)") }
            try pane.tmux.sendKeys("/")
            try pane.tmux.waitUntil("the search prompt") { $0.contains("Search:") }
            try pane.tmux.sendKeys("Lavrov")
            try pane.tmux.waitUntil("the search typed") { $0.contains("Search: Lavrov") }
            try pane.tmux.sendKeys("Enter")
            try pane.tmux.waitUntil("the search kept") { Self.filtered($0) && !$0.contains("Search: ") }
            try pane.tmux.sendKeys("q")
            #expect(try pane.waitForExit().status == 0)
        }
        let view = try String(contentsOf: xdg.folder("state").appendingPathComponent("view.json"), encoding: .utf8)
        #expect(view.contains("\"period\":\"2024-02\"") && view.contains("\"search\":\"Lavrov\""), "\(view)")
        let pane = try ReaderPane(width: 240, height: 30, set: xdg.environment)
        defer { pane.close() }
        try pane.tmux.waitUntil("the kept period and search", timeout: .seconds(20)) { Self.filtered($0) }
        try pane.tmux.sendKeys("S")
        try pane.tmux.waitUntil("the name prompt") { $0.contains("Save view as:") }
        try pane.tmux.sendKeys("fevrier")
        try pane.tmux.waitUntil("the name typed") { $0.contains("Save view as: fevrier") }
        try pane.tmux.sendKeys("Enter")
        try pane.tmux.waitUntil("the view saved") { $0.contains("View “fevrier” saved") }
        try pane.tmux.sendKeys("0")
        try pane.tmux.waitUntil("every article") { Self.showsMarch($0) && Self.showsFebruary($0) }
        try pane.tmux.sendKeys("W")
        try pane.tmux.waitUntil("the picker") { $0.contains("Saved views") && $0.contains("fevrier") }
        try pane.tmux.sendKeys("Enter")
        try pane.tmux.waitUntil("the view recalled") { Self.filtered($0) && !$0.contains("Saved views") }
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
        let views = try String(contentsOf: xdg.folder("config").appendingPathComponent("views.json"), encoding: .utf8)
        #expect(views.contains("\"name\" : \"fevrier\"") && views.contains("\"search\" : \"Lavrov\""), "\(views)")
    }
}
