import Foundation
import KiosqueCore

/// The side panel's bookmark view (`B`): every bookmark the list filter keeps, newest first,
/// each as a few rows:
///
/// ```
/// ▸ « Les ministres maliens des Affaires… »
///   2024-02-29 · Lutte contre les terroristes…
///   ✎ reprise de Kidal
///   #Mali · défense, diplomatie · détaché
/// ```
/// The selected bookmark's first row is in reverse (dimmer when the panel is not focused); a
/// passage no longer found says `detached`, a bookmark of an article that is not in the open
/// corpus says so; neither is ever left out.
enum BookmarkPanelView {
    static func draw(_ state: AppState, in inner: Rect, into grid: inout Grid) {
        let theme = state.theme
        let rows = BookmarkPanelLayout.rows(state, width: inner.width)
        let top = max(0, min(state.bookmarks.scroll, rows.count - inner.height))
        let focused = state.focus == .side
        let selection = theme.style(for: focused ? .selection : .selectionInactive)
        let position = state.bookmarks.selectedPosition
        for (i, row) in rows.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + i
            let selected = row.isHead && row.entry == position
            if selected {
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: selection))
            }
            let text = row.isHead ? (selected ? "▸ " : "  ") + row.text : row.text
            let style = selected ? selection : theme.style(for: row.role)
            grid.put(Truncation.truncate(text, width: inner.width), x: inner.x, y: y, style: style, maxX: inner.maxX)
        }
        if top + inner.height < rows.count {
            grid.put("↓", x: inner.maxX - 1, y: inner.maxY - 1, style: theme.style(for: .hintKey))
        }
    }
}
