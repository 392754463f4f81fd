import Foundation
import Testing

/// The curses backend through the demo program: keys, wide characters, colours, overlays on
/// panels, resize and the last cell of the screen.
@Suite(.serialized)
struct BackendDemoTests {
    /// The first line of the demo after `count` keys, the last one described as `key`.
    private static func keyLine(_ count: Int, _ key: String) -> String { "keys=\(count) last=\(key)|" }

    @Test("keys are decoded: accents, wide characters, arrows, function keys, Ctrl-letters")
    func keys() throws {
        let pane = try ReaderPane(width: 100, height: 12, program: KiosqueBinary.demo)
        defer { pane.close() }
        try pane.tmux.waitFor(Self.keyLine(0, "none"))
        let keys: [(String, String)] = [
            ("é", "é"), ("漢", "漢"), ("Up", "↑"), ("Down", "↓"), ("Left", "←"), ("Right", "→"),
            ("Home", "Home"), ("End", "End"), ("PPage", "PgUp"), ("NPage", "PgDn"), ("BTab", "Shift-Tab"),
            ("Tab", "Tab"), ("Enter", "Enter"), ("BSpace", "Backspace"), ("DC", "Delete"), ("F5", "F5"),
            ("C-d", "Ctrl-d"), ("Escape", "Esc"), ("Space", "Space"),
        ]
        for (index, (name, description)) in keys.enumerated() {
            try pane.tmux.sendKeys(name)
            try pane.tmux.waitFor(Self.keyLine(index + 1, description))
        }
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }

    @Test("wide characters and French typography keep the columns after them in place")
    func wideCharacters() throws {
        let pane = try ReaderPane(width: 80, height: 12, program: KiosqueBinary.demo)
        defer { pane.close() }
        try pane.tmux.waitFor("wide:漢字|« l’été, œuvre à 5 € »|")
        try pane.tmux.sendKeys("q")
        _ = try pane.waitForExit()
    }

    @Test("an overlay is drawn on a panel, moved, and hidden with the base intact under it")
    func overlay() throws {
        let pane = try ReaderPane(width: 60, height: 12, program: KiosqueBinary.demo)
        defer { pane.close() }
        let base = "base6 base6 base6 base6 base6 base6 base6 base6 base6 base6"
        try pane.tmux.waitFor(base)
        try pane.tmux.sendKeys("o")
        try pane.tmux.waitFor("base│ OVERLAY 漢字     │base6")
        // The base changes under the overlay: the overlay stays on top, whole.
        try pane.tmux.sendKeys("x", "y")
        let covered = try pane.tmux.waitFor(Self.keyLine(3, "y"))
        #expect(covered.contains("base│                  │base5"), "overlay intact:\n\(covered)")
        #expect(!covered.contains("under3"), "the base stays under the overlay")
        try pane.tmux.sendKeys("m")
        try pane.tmux.waitFor("base6 b│ OVERLAY 漢字     │e6 base6")
        try pane.tmux.sendKeys("o")
        let screen = try pane.tmux.waitUntil("the overlay to go") { !$0.contains("OVERLAY") }
        #expect(screen.contains(base), "the base shows again where the overlay was")
        #expect(screen.contains("base5 baunder5"), "and the base's changes made under it")
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }

    @Test("after a resize the app draws at the new size, up to the bottom-right cell")
    func resize() throws {
        let pane = try ReaderPane(width: 120, height: 40, program: KiosqueBinary.demo)
        defer { pane.close() }
        try pane.tmux.waitFor("size=120x40")
        for (width, height) in [(70, 20), (40, 8), (100, 30)] {
            try pane.tmux.resize(width: width, height: height)
            // The bottom line is written last: wait for the whole frame, not only the first line.
            let bottomLine = { (screen: String) -> String in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return lines.count >= height ? String(lines[height - 1]) : ""
            }
            let screen = try pane.tmux.waitUntil("the frame at \(width)x\(height)") {
                $0.contains("size=\(width)x\(height)") && bottomLine($0).hasSuffix("corner>")
            }
            #expect(bottomLine(screen).count == width, "bottom line: \(bottomLine(screen))")
        }
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }

    @Test("colours by default; NO_COLOR keeps attributes but no colour", arguments: [false, true])
    func colours(noColor: Bool) throws {
        let pane = try ReaderPane(width: 80, height: 12, program: KiosqueBinary.demo,
                                  set: noColor ? ["NO_COLOR": "1"] : [:])
        defer { pane.close() }
        let screen = try pane.tmux.waitUntil("the styles line", escapes: true) { $0.contains("rev") }
        let colours = ReaderLifecycleTests.colourSequences(in: screen)
        if noColor {
            #expect(colours.isEmpty, "colour sequences: \(colours)")
            #expect(screen.contains("colors=monochrome"))
        } else {
            #expect(colours.contains("31"), "red text: \(colours)")
            #expect(screen.contains("colors=system16"))
        }
        #expect(screen.contains("\u{1B}[1mbold"), "bold survives")
        try pane.tmux.sendKeys("q")
        _ = try pane.waitForExit()
    }

    @Test("the cursor is hidden unless the frame asks for it, then shown where it says")
    func cursor() throws {
        let pane = try ReaderPane(width: 80, height: 12, program: KiosqueBinary.demo)
        defer { pane.close() }
        try pane.tmux.waitFor(Self.keyLine(0, "none"))
        let cursorState = { try pane.tmux.tmux(["display-message", "-p", "-t", "0", "#{cursor_flag} #{cursor_x},#{cursor_y}"]) }
        #expect(try cursorState().hasPrefix("0 "), "hidden at start")
        try pane.tmux.sendKeys("c")
        try pane.tmux.waitFor(Self.keyLine(1, "c"))
        let deadline = ContinuousClock.now + .seconds(5)
        var state = try cursorState()
        while !state.hasPrefix("1 5,1"), ContinuousClock.now < deadline {
            usleep(50_000)
            state = try cursorState()
        }
        #expect(state.hasPrefix("1 5,1"), "shown at (5, 1): \(state)")
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }

    @Test("Ctrl-L repaints the whole screen")
    func repaint() throws {
        let pane = try ReaderPane(width: 80, height: 12, program: KiosqueBinary.demo)
        defer { pane.close() }
        let before = try pane.tmux.waitFor(Self.keyLine(0, "none"))
        try pane.tmux.sendKeys("C-l")
        try pane.tmux.sendKeys("x")
        // One frame may reach tmux in several writes: wait for both changed lines.
        let after = try pane.tmux.waitUntil("the frame after x") {
            $0.contains(Self.keyLine(1, "x")) && $0.contains("under1")
        }
        let same = after.replacingOccurrences(of: Self.keyLine(1, "x"), with: Self.keyLine(0, "none"))
            .replacingOccurrences(of: "under1", with: "under0")
        #expect(same == before)
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }
}
