import Foundation
import Testing

/// The list's order and sector filter come back at the next start (view.json), with the real binary.
@Suite struct ListViewJourneyTests {
    /// True when the list shows the older seed (2024-02-29) above the newer (2024-03): oldest first.
    static func oldestFirst(_ screen: String) -> Bool {
        let lines = screen.split(separator: "\n")
        // The outlet (`seeds`) may stand between the date and the title.
        guard let old = lines.firstIndex(where: { $0.contains("2024-02-29 Lutte") || $0.contains("2024-02-29 seeds Lutte") }),
              let new = lines.firstIndex(where: { $0.contains("2024-03    Cette") || $0.contains("2024-03    seeds Cette") }) else { return false }
        return old < new
    }

    @Test("s (oldest first) and 1 (défense), quit, start again: the same order and filter")
    func viewComesBack() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        do {
            let pane = try ReaderPane(width: 120, height: 30, set: xdg.environment)
            defer { pane.close() }
            try pane.tmux.waitUntil("the list") { $0.contains("─ Articles (") }
            try pane.tmux.sendKeys("s")
            try pane.tmux.waitUntil("oldest first") { Self.oldestFirst($0) }
            try pane.tmux.sendKeys("1")
            try pane.tmux.waitUntil("the défense filter") { $0.contains("· défense") && Self.oldestFirst($0) }
            try pane.tmux.sendKeys("q")
            #expect(try pane.waitForExit().status == 0)
        }
        let view = try String(contentsOf: xdg.folder("state").appendingPathComponent("view.json"), encoding: .utf8)
        #expect(view.contains("\"order\":\"oldest\"") && view.contains("défense"), "\(view)")
        let pane = try ReaderPane(width: 120, height: 30, set: xdg.environment)
        defer { pane.close() }
        let screen = try pane.tmux.waitUntil("the kept view") { $0.contains("· défense") && Self.oldestFirst($0) }
        #expect(screen.contains("─ Articles ("))
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }
}
