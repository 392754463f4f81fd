import KiosqueTUI

/// A small program that exercises the curses backend where the reader's views do not yet:
/// wide characters, colours and attributes, overlays on panels (shown, moved, hidden), the
/// cursor, the last cell of the screen, and every decoded key. The end-to-end tests drive it.
///
/// Keys: `o` toggles the overlay, `m` moves it, `c` toggles the cursor, `q` quits; every key is
/// shown on the first line as `keys=N last=<key>|`.
struct DemoState {
    var size = Size(width: 0, height: 0)
    var display: DisplayOptions
    var keyCount = 0
    var lastKey = "none"
    var overlayShown = false
    var overlayShift = 0
    var cursorShown = false
}

enum DemoProgram {
    static func update(_ state: inout DemoState, _ message: Message) -> [Effect] {
        switch message {
        case .resize(let size):
            state.size = size
        case .key(.character("q")):
            return [.quit]
        case .key(let key):
            state.keyCount += 1
            state.lastKey = key.description
            switch key {
            case .character("o"): state.overlayShown.toggle()
            case .character("m"): state.overlayShift += 3
            case .character("c"): state.cursorShown.toggle()
            default: break
            }
        default:
            break
        }
        return []
    }

    static func render(_ state: DemoState) -> Frame {
        var grid = Grid(size: state.size)
        grid.put("DEMO size=\(state.size) colors=\(state.display.colors) keys=\(state.keyCount) last=\(state.lastKey)|",
                 x: 0, y: 0)
        grid.put("wide:漢字|« l’été, œuvre à 5 € »|", x: 0, y: 1)
        var x = grid.put("styles:", x: 0, y: 2)
        for (text, style) in [("red", Style(foreground: .red)), ("green", Style(foreground: .green)),
                              ("bold", Style(attributes: .bold)), ("under", Style(attributes: .underline)),
                              ("rev", Style(attributes: .reverse))] {
            x = grid.put(text, x: x + 1, y: 2, style: style)
        }
        for y in 3..<max(3, state.size.height - 1) {
            grid.put(String(repeating: "base\(y % 10) ", count: state.size.width / 6 + 1), x: 0, y: y)
        }
        // Changes under the overlay (x 4-23, y 4-8) at each key: the overlay must stay intact.
        grid.put("under\(state.keyCount)", x: 8, y: 5)
        let corner = "corner>"
        grid.put(corner, x: state.size.width - corner.count, y: state.size.height - 1)
        var overlays: [Overlay] = []
        if state.overlayShown { overlays.append(Overlay(origin: Position(x: 4 + state.overlayShift, y: 4), grid: box())) }
        let cursor = state.cursorShown ? Position(x: 5, y: 1) : nil
        return Frame(base: grid, overlays: overlays, cursor: cursor)
    }

    /// A 20x5 box with a title.
    static func box() -> Grid {
        var grid = Grid(width: 20, height: 5)
        let border = Style(foreground: .cyan)
        grid.put("┌" + String(repeating: "─", count: 18) + "┐", x: 0, y: 0, style: border)
        for y in 1..<4 {
            grid.put("│", x: 0, y: y, style: border)
            grid.put("│", x: 19, y: y, style: border)
        }
        grid.put("└" + String(repeating: "─", count: 18) + "┘", x: 0, y: 4, style: border)
        grid.put("OVERLAY 漢字", x: 2, y: 2, style: Style(attributes: .bold))
        return grid
    }
}
