import Testing
@testable import KiosqueTUI

@Suite("Any size, any key")
struct RobustnessTests {
    @Test("a sequence joined by U+200D (emoji family, text with a joiner) is drawn in the columns it is counted for")
    func zeroWidthJoinerKeepsColumns() {
        var grid = Grid(width: 12, height: 1)
        let end = grid.put("a\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}b\u{200D}c|", x: 0, y: 0)
        #expect(end == 6)
        #expect(grid[1, 0].grapheme == "\u{1F468}" && grid[1, 0].width == 2)
        #expect(grid[2, 0].isContinuation)
        #expect(grid[3, 0].grapheme == "b" && grid[4, 0].grapheme == "c" && grid[5, 0].grapheme == "|")
        // Nothing sent to the terminal holds a joiner.
        #expect(!grid.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value == 0x200D } })
        #expect(DisplayWidth.drawable("\u{2764}\u{FE0F}\u{200D}\u{1F525}") == "\u{2764}\u{FE0F}")
    }

    @Test func rendersAtEverySize() {
        var state = Fixtures.state([Fixtures.mali, Fixtures.long(times: 2), Fixtures.undated])
        state.press("Enter", "j", "j")
        for width in stride(from: 0, through: 130, by: 7) {
            for height in stride(from: 0, through: 45, by: 5) {
                _ = App.update(&state, .resize(Size(width: width, height: height)))
                let grid = state.screen
                #expect(grid.width == width && grid.height == height)
                #expect(grid.cells.allSatisfy { $0.grapheme.unicodeScalars.allSatisfy { !SafeText.needsReplacing($0) } })
            }
        }
    }

    @Test func everyKeyInEveryPanelKeepsTheCursorVisible() {
        let names = ["j", "k", "g", "G", "Space", "PgUp", "Ctrl-d", "Ctrl-u", "Tab", "Shift-Tab", "h", "l", "Enter",
                     "Esc", "z", "?", "Down", "Up", "End", "Home"]
        var state = Fixtures.state([Fixtures.long(times: 4), Fixtures.mali], width: 90, height: 20)
        // A fixed pseudo-random walk, the same on every run.
        var seed: UInt64 = 42
        for step in 0..<400 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let name = names[Int(seed >> 33) % names.count]
            #expect(state.press(name) == [])
            if step % 50 == 0 {
                _ = App.update(&state, .resize(Size(width: 60 + Int(seed >> 40) % 100, height: 15 + Int(seed >> 50) % 30)))
            }
            if state.help == nil, state.focus == .reader || state.zoomed, state.reader.cursor != nil {
                #expect(state.screen.text.contains("▌"), "step \(step) after \(name)")
            }
        }
    }
}
