internal import CNcursesw
import KiosqueTUI

/// One overlay of a frame on its own curses window and panel, so curses stacks it above the base.
///
/// The window covers the part of the overlay inside the screen (curses refuses windows that stick
/// out); it is re-created when that part changes size and moved when only its position changes.
@MainActor
final class OverlayPanel {
    private var window: UnsafeMutablePointer<WINDOW>?
    private var panel: UnsafeMutablePointer<PANEL>?
    /// Where the window is on screen.
    private var area = Rect(x: 0, y: 0, width: 0, height: 0)
    /// Which part of the overlay's grid the window shows, and the grid it last showed.
    private var clip = Rect(x: 0, y: 0, width: 0, height: 0)
    private var shown: Grid?

    /// Draws `overlay` clipped to the screen and raises it above the panels shown before it;
    /// hides the panel when no part of the overlay is on screen.
    func show(_ overlay: Overlay, screen: Size, writer: GridWriter) {
        let placed = Rect(x: overlay.origin.x, y: overlay.origin.y,
                          width: overlay.grid.width, height: overlay.grid.height)
        let visible = placed.intersection(Rect(x: 0, y: 0, width: screen.width, height: screen.height))
        guard !visible.isEmpty else { hide(); return }
        if window == nil || visible.width != area.width || visible.height != area.height {
            destroy()
            guard let newWindow = newwin(Int32(visible.height), Int32(visible.width),
                                         Int32(visible.y), Int32(visible.x)) else { return }
            window = newWindow
            panel = new_panel(newWindow)
        } else if visible.x != area.x || visible.y != area.y, let panel {
            move_panel(panel, Int32(visible.y), Int32(visible.x))
        }
        area = visible
        let newClip = Rect(x: visible.x - placed.x, y: visible.y - placed.y,
                           width: visible.width, height: visible.height)
        if newClip != clip { shown = nil }
        clip = newClip
        guard let window, let panel else { return }
        writer.write(overlay.grid, previous: shown, into: window, visible: clip)
        shown = overlay.grid
        // The base may have changed under the panel: have update_panels copy all of it again.
        touchwin(window)
        show_panel(panel)
        top_panel(panel)
    }

    /// Takes the panel off the screen, keeping the window for a later `show`.
    func hide() {
        if let panel, panel_hidden(panel) == 0 { hide_panel(panel) }
    }

    /// Deletes the panel and window (when the size changes, after a resize, and at the end).
    func destroy() {
        if let panel { del_panel(panel) }
        if let window { delwin(window) }
        panel = nil
        window = nil
        shown = nil
    }
}
