import Foundation
import Testing

/// The user journey of issue 2 with the real binary in tmux, at 120x40 and at 70x20: open, move,
/// open the second article, move the passage cursor, page, help, resize, too small, focus, quit.
@Suite(.serialized)
struct ReaderJourneyTests {
    @Test("the journey through the seeds", arguments: [(120, 40), (70, 20)])
    func journey(width: Int, height: Int) throws {
        let pane = try ReaderPane(width: width, height: height)
        defer { pane.close() }
        let frame = { (what: String, predicate: @escaping (String) -> Bool) throws -> String in
            try pane.tmux.waitUntil(what) {
                Tmux.isWholeFrame($0, width: width, height: height, bottom: Expected.hintBar) && predicate($0)
            }
        }
        let wide = width >= 100

        // The first article's title in the list, selected and open.
        _ = try frame("the first frame") { $0.contains(Expected.firstFrame) && $0.contains(Expected.listTitle) }

        // j moves the selection to the second row (reverse video).
        try pane.tmux.sendKeys("j")
        try pane.tmux.waitUntil("the second row selected", escapes: true) { screen in
            // At 70 columns the outlet (`seeds`) comes between the date and the title.
            Tmux.lines(screen).contains { line in
                (line.contains(Expected.secondRow) || line.contains(Expected.secondRowWithOutlet)) && line.contains("\u{1B}[7m")
            }
        }

        // Enter opens it in the reader: its text, and the passage cursor on its first sentence.
        try pane.tmux.sendKeys("Enter")
        var screen = try frame("the second article") {
            $0.contains(Expected.secondText) && Self.marked($0).contains(Expected.secondFirstSentence)
        }
        #expect(screen.contains(Expected.readerTitle))
        if wide {
            // The outlet column shows when the list has room for it (the default layout at 120).
            #expect(screen.contains("\(Expected.openMark) \(Expected.secondRow)") || screen.contains("\(Expected.openMark) \(Expected.secondRowWithOutlet)"),
                    "• marks the open article:\n\(screen)")
        } else {
            #expect(screen.contains(Expected.tabBarOnReader), "one panel at a time, with tabs:\n\(screen)")
        }

        // j in the reader: the next sentence is marked.
        try pane.tmux.sendKeys("j")
        // A capture may fall within the redraw (the new mark drawn, the old line not yet): the
        // frame waited for is the one the redraw ends with.
        screen = try frame("the passage cursor on the second sentence") {
            Self.marked($0).contains(Expected.secondSentenceTwo) && !Self.marked($0).contains(Expected.secondFirstSentence)
        }
        #expect(!Self.marked(screen).contains(Expected.secondFirstSentence))

        // Space: a page further, a later sentence, not on screen before, is marked.
        let beforePage = screen
        try pane.tmux.sendKeys("Space")
        screen = try frame("a page further") { !Self.marked($0).contains(Expected.secondSentenceTwo) }
        let passage = Self.firstMarkedLine(screen)
        // Later text: below the previous passage on the page before, or not on it at all.
        let previousLines = Tmux.lines(beforePage)
        let previousMark = previousLines.firstIndex { $0.contains(Expected.passageMark) } ?? previousLines.count
        let previousIndex = previousLines.firstIndex { $0.contains(passage) }
        #expect(!passage.isEmpty && previousIndex.map { $0 > previousMark + 1 } ?? true,
                "later text: \(passage)\nbefore:\n\(beforePage)")
        #expect(!screen.contains(Expected.secondSentenceTwo), "the second sentence scrolled away:\n\(screen)")

        // Help over the reader, then Esc back to the same reader.
        try pane.tmux.sendKeys("?")
        try pane.tmux.waitUntil("the help") { $0.contains(Expected.helpTitle) && $0.contains(Expected.helpBinding) }
        try pane.tmux.sendKeys("Escape")
        screen = try frame("the reader after help") { !$0.contains(Expected.helpTitle) }
        #expect(Self.firstMarkedLine(screen) == passage)

        // Resizes: the same passage stays in view, marked, and every line fits.
        let other = wide ? (70, 20) : (120, 40)
        // The first marked line's last words: the cursor sentence's own (it starts on that line,
        // maybe after the end of the one before), wherever a new width wraps them.
        let key = passage.split(separator: " ").suffix(3).joined(separator: " ")
        for (newWidth, newHeight) in [other, (150, 45), (width, height)] {
            try pane.tmux.resize(width: newWidth, height: newHeight)
            try pane.tmux.waitUntil("the passage at \(newWidth)x\(newHeight)") {
                Tmux.isWholeFrame($0, width: newWidth, height: newHeight, bottom: Expected.hintBar)
                    && Self.marked($0).contains(key)
            }
        }

        // Too small: the message, then growing back restores the layout.
        try pane.tmux.resize(width: 50, height: 12)
        screen = try pane.tmux.waitFor(Expected.tooSmall(width: 50, height: 12))
        #expect(!screen.contains("┌"), "no broken layout under the message:\n\(screen)")
        try pane.tmux.resize(width: width, height: height)
        screen = try frame("the layout back") { Self.marked($0).contains(key) }
        #expect(screen.contains(Expected.readerTitle))

        // z: the reader alone.
        try pane.tmux.sendKeys("z")
        screen = try frame("focus mode") { !$0.contains("Articles") && !$0.contains(Expected.detailsTitle) }
        #expect(Self.marked(screen).contains(key))

        // q: exit 0, the shell's screen back, the terminal sane.
        try pane.tmux.sendKeys("q")
        let (status, after) = try pane.waitForExit()
        #expect(status == 0)
        ReaderLifecycleTests.expectRestored(after)
        #expect(!after.contains(Expected.secondText), "the alternate screen is gone:\n\(after)")
        #expect(after.contains(ReaderPane.done))
    }

    @Test("French interface from LANG, with only C.UTF-8 installed",
          arguments: [["LANG": "fr_FR.UTF-8", "LC_CTYPE": "C.UTF-8"], ["LANG": "fr_FR.UTF-8"]])
    func french(environment: [String: String]) throws {
        // 200 columns: the side panel is shown by default (folded below 180).
        let pane = try ReaderPane(width: 200, height: 40, set: environment, unset: ["LC_ALL", "LC_MESSAGES"])
        defer { pane.close() }
        // The index is built at start (private cache folder): the articles come once indexed.
        let screen = try pane.tmux.waitUntil("the French frame with the first article") {
            Tmux.isWholeFrame($0, width: 200, height: 40, bottom: Expected.hintBarFrench) && $0.contains(Expected.firstFrame)
                && $0.contains(Expected.detailsTitleFrench)
        }
        #expect(screen.contains(Expected.readerTitleFrench) && screen.contains(Expected.detailsTitleFrench), "\(screen)")
        // The article's text comes with the frame that opens it: waited for, not assumed drawn.
        let text = try pane.tmux.waitUntil("the article's text") { $0.contains("Sergueï") }
        #expect(text.contains("Sergueï Lavrov"), "accents intact:\n\(text)")
        try pane.tmux.sendKeys("?")
        try pane.tmux.waitFor(Expected.helpTitleFrench)
        try pane.tmux.sendKeys("Escape", "q")
        #expect(try pane.waitForExit().status == 0)
    }

    /// The text of the lines marked by the passage cursor, joined by spaces.
    static func marked(_ screen: String) -> String {
        Tmux.lines(screen).compactMap(markedText).joined(separator: " ")
    }

    /// The text of the first marked line, or "".
    static func firstMarkedLine(_ screen: String) -> String {
        Tmux.lines(screen).lazy.compactMap(markedText).first ?? ""
    }

    /// What follows the passage mark on a line, up to the panel's border.
    private static func markedText(_ line: Substring) -> String? {
        guard let mark = line.firstIndex(of: Expected.passageMark) else { return nil }
        let rest = line[line.index(after: mark)...]
        let text = rest.prefix { $0 != "│" }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
