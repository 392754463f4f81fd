import Foundation
import Testing

/// The reader on a corpus it has never indexed (the 5,030-article corpus, when this machine has
/// it), in tmux: the progress bar, the list usable while the index is built, quitting in the
/// middle, resuming, and a later start that shows the whole list at once.
@Suite(.serialized)
struct IndexJourneyTests {
    static let width = 200, height = 50

    func pane(_ xdg: XDGFolders) throws -> ReaderPane {
        try ReaderPane(width: Self.width, height: Self.height, arguments: [SharedMaterial.corpus], set: xdg.environment)
    }

    func wholeFrame(_ screen: String) -> Bool {
        Tmux.isWholeFrame(screen, width: Self.width, height: Self.height, bottom: Expected.hintBar)
    }

    /// The total of the progress bar (`Indexing ▕…▏ 256/5,030 · …`), nil without a bar.
    func progressTotal(_ screen: String) -> Int? {
        guard let bar = screen.range(of: #"Indexing ▕[^▏]*▏ [0-9,]+/([0-9,]+)"#, options: .regularExpression) else { return nil }
        let text = screen[bar]
        guard let slash = text.lastIndex(of: "/") else { return nil }
        return Int(text[text.index(after: slash)...].replacingOccurrences(of: ",", with: ""))
    }

    /// The id in the details panel (`id: presse-71`): the open article's.
    func openID(_ screen: String) -> String? {
        guard let match = screen.range(of: #"id: presse-[0-9]+"#, options: .regularExpression) else { return nil }
        return String(screen[match].dropFirst(4))
    }

    /// Articles read, from the list's title (`Articles (511 unread / 512)`).
    func readCount(_ screen: String) -> Int? {
        guard let match = screen.range(of: #"\(([0-9,]+) unread / ([0-9,]+)\)"#, options: .regularExpression) else { return nil }
        let numbers = screen[match].dropFirst().dropLast().components(separatedBy: " unread / ")
            .compactMap { Int($0.replacingOccurrences(of: ",", with: "")) }
        return numbers.count == 2 ? numbers[1] - numbers[0] : nil
    }

    @Test("a first index of 5,030 articles: progress bar, list usable meanwhile, q stops it, the next start resumes; then the whole list at once",
          .enabled(if: SharedMaterial.hasCorpus, "../shared/corpus/presse-2018-2019.jsonl is absent"))
    func firstIndex() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }

        // A first start: the bar appears, the list fills and can be used while indexing runs.
        var reader = try pane(xdg)
        var screen = try reader.tmux.waitUntil("the progress bar", timeout: .seconds(60)) {
            wholeFrame($0) && progressTotal($0) == 5030 && $0.contains("presse-1")
        }
        try reader.tmux.sendKeys("j", "j", "Enter")
        // The list is sorted newest first as batches come in: which article the third row holds
        // depends on the batches read so far. The one opened is read, and its id is in the details.
        screen = try reader.tmux.waitUntil("an article open, while indexing") { wholeFrame($0) && readCount($0) == 1 && openID($0) != nil }
        let opened = try #require(openID(screen))
        #expect(progressTotal(screen) == 5030, "still indexing:\n\(screen)")
        // q while indexing: the update stops after its batch, the reader ends at once.
        let quitting = ContinuousClock.now
        try reader.tmux.sendKeys("q")
        #expect(try reader.waitForExit(timeout: .seconds(15)).status == 0)
        #expect(ContinuousClock.now - quitting < .seconds(10))
        reader.close()

        // The next start resumes: only the rest is read, then the bar goes.
        reader = try pane(xdg)
        screen = try reader.tmux.waitUntil("the bar again", timeout: .seconds(60)) { wholeFrame($0) && progressTotal($0) != nil }
        let rest = try #require(progressTotal(screen))
        #expect(rest < 5030, "resumed, not started again:\n\(screen)")
        #expect(openID(screen) == opened, "the last article read is back:\n\(screen)")
        screen = try reader.tmux.waitUntil("the index done", timeout: .seconds(300)) {
            wholeFrame($0) && $0.contains("unread / 5,030)") && !$0.contains("Indexing")
        }
        try reader.tmux.sendKeys("q")
        #expect(try reader.waitForExit().status == 0)
        reader.close()

        // A warm start: the whole list in the first frame, no bar.
        reader = try pane(xdg)
        defer { reader.close() }
        screen = try reader.tmux.waitUntil("the first frame") { wholeFrame($0) }
        #expect(screen.contains("unread / 5,030)"), "the whole list at once:\n\(screen)")
        #expect(!screen.contains("Indexing"))
        // The last article read comes back (on a loaded machine a frame may come before it).
        screen = try reader.tmux.waitUntil("the last article read back", timeout: .seconds(20)) { openID($0) == opened }
        #expect(openID(screen) == opened)
        // The reader has the focus (the last article came back): Esc to the list, G to its end.
        try reader.tmux.sendKeys("Escape", "G")
        try reader.tmux.waitUntil("the last row") { $0.contains("5,030/5,030") }
        try reader.tmux.sendKeys("q")
        #expect(try reader.waitForExit().status == 0)
    }
}
