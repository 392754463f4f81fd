internal import CNcursesw
import KiosqueTUI

/// Draws frames on the screen: the base on stdscr, each overlay on a panel, then one `doupdate`.
///
/// Keeps the last frame so that only changed cells are written; `invalidate()` forgets it so the
/// next draw repaints everything (after a resize or Ctrl-L).
@MainActor
final class FrameDrawer {
    private let writer: GridWriter
    private var lastBase: Grid?
    private var panels: [OverlayPanel] = []
    private var repaint = true

    init(pairs: ColorPairs) {
        writer = GridWriter(pairs: pairs)
    }

    /// The screen size curses knows now (already updated after a resize).
    var screenSize: Size { Size(width: Int(kq_cols()), height: Int(kq_lines())) }

    /// Forgets what is on screen: the next `draw` writes every cell and clears the terminal first.
    func invalidate() {
        lastBase = nil
        for panel in panels { panel.destroy() }
        panels.removeAll()
        repaint = true
    }

    /// Writes the changes since the last frame and shows them.
    func draw(_ frame: Frame) {
        guard let screen = kq_stdscr() else { return }
        let size = screenSize
        if repaint {
            werase(screen)
            kq_force_repaint()
            repaint = false
        }
        writer.write(frame.base, previous: lastBase, into: screen,
                     visible: Rect(x: 0, y: 0, width: size.width, height: size.height))
        lastBase = frame.base
        while panels.count < frame.overlays.count { panels.append(OverlayPanel()) }
        for (index, panel) in panels.enumerated() {
            if index < frame.overlays.count {
                panel.show(frame.overlays[index], screen: size, writer: writer)
            } else {
                panel.hide()
            }
        }
        // update_panels() covers stdscr only once a panel exists: refresh it first, panels above it.
        wnoutrefresh(screen)
        update_panels()
        placeCursor(frame.cursor, screen: size)
        doupdate()
    }

    /// Shows the cursor at the frame's position, or hides it.
    private func placeCursor(_ cursor: Position?, screen: Size) {
        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < screen.width, cursor.y < screen.height {
            curs_set(1)
            kq_set_cursor(Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
    }

    /// Deletes the overlay panels (before `endwin`).
    func close() {
        for panel in panels { panel.destroy() }
        panels.removeAll()
    }
}
