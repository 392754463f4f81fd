import Foundation
import Testing

/// The entity journey on the seeds: jump to an entity, open the entity view, filter the list
/// by one entity, clear the filter. Every wait has a deadline.
@Suite(.serialized)
struct EntityJourneyTests {
    /// The text drawn as the mark on an escape-coded screen, if any.
    func markedText(_ screen: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: ExpectedEntities.markPattern) else { return nil }
        let range = NSRange(screen.startIndex..., in: screen)
        guard let match = regex.firstMatch(in: screen, range: range), let text = Range(match.range(at: 1), in: screen)
        else { return nil }
        return String(screen[text])
    }

    /// The row of the entity view with the selection mark `▸`.
    func selectedRow(_ screen: String) -> String {
        screen.split(separator: "\n").first { $0.contains("│▸ ") }.map(String.init) ?? ""
    }

    @Test("] marks an entity; the entity view filters the list by Sergueï Lavrov; 0 clears it")
    func jumpAndFilter() throws {
        let pane = try ReaderPane(width: 160, height: 40)
        defer { pane.close() }
        let tmux = pane.tmux
        try tmux.waitFor(Expected.firstFrame)
        try tmux.sendKeys("Enter")
        try tmux.waitFor("▌")

        // `]` marks the first mention in the reader (the analysis of the open article comes first).
        var marked: String?
        let deadline = ContinuousClock.now + .seconds(10)
        while marked == nil && ContinuousClock.now < deadline {
            try tmux.sendKeys("]")
            marked = markedText(try tmux.capture(escapes: true))
            if marked == nil { usleep(100_000) }
        }
        let mention = try #require(marked, "a mention drawn as the mark")
        #expect(!mention.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(try tmux.capture().contains(mention), "the marked mention is in the text")

        // The entity view, then down to Sergueï Lavrov.
        try tmux.sendKeys("E")
        try tmux.waitUntil("the entity view") { $0.contains(ExpectedEntities.viewTitle) && $0.contains(ExpectedEntities.peopleGroup) }
        var row = selectedRow(try tmux.capture())
        var presses = 0
        while !row.contains(ExpectedEntities.name) && presses < 60 {
            let before = row
            try tmux.sendKeys("j")
            presses += 1
            let screen = try tmux.waitUntil("the selection to move", timeout: .seconds(5)) { selectedRow($0) != before }
            row = selectedRow(screen)
        }
        #expect(row.contains(ExpectedEntities.name), "found in the entity view after \(presses) moves")

        // `f`: the list header names the filter and the count.
        try tmux.sendKeys("f")
        let filtered = try tmux.waitUntil("the filtered list header") { screen in
            screen.contains("· \(ExpectedEntities.name)") && screen.contains("\(ExpectedEntities.header)")
        }
        let header = try #require(filtered.split(separator: "\n").first, "the top row")
        let count = try #require(header.firstMatch(of: /Articles \((?:\d+ unread \/ )?(\d+)\/2\) · Sergueï Lavrov/), "\(header)")
        #expect((1...2).contains(Int(count.1) ?? 0))

        // `0` clears it: the whole list again.
        try tmux.sendKeys("0")
        try tmux.waitUntil("the list without filter") { screen in
            screen.contains(ExpectedEntities.unfiltered) && !screen.contains("· \(ExpectedEntities.name)")
        }
        try tmux.sendKeys("q")
        let (status, _) = try pane.waitForExit()
        #expect(status == 0)
    }
}
