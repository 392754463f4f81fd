import KiosqueCore

/// The side panel's "Entities" view: the open article's entities by type, with mention counts.
///
/// ```
/// Personnes (3)
/// ▸ 3 Abdoulaye Diop
///   2 Sergueï Lavrov
///
/// Lieux (4) · masqué
/// ```
/// The selected entity is in reverse (dimmer when the panel is not focused); names take their
/// type's style, and the highlighted entity the highlight.
enum EntityPanelView {
    static func draw(_ state: AppState, in inner: Rect, into grid: inout Grid) {
        let theme = state.theme
        let rows = EntityPanelLayout.rows(state)
        let top = max(0, min(state.side.scroll, rows.count - inner.height))
        let focused = state.focus == .side
        for (i, row) in rows.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + i
            let selected = row.selected
            let mark = selected ? "▸ " : "  "
            guard row.item != nil else {
                grid.put(Truncation.truncate(row.text, width: inner.width), x: inner.x, y: y, style: theme.style(for: row.role),
                         maxX: inner.maxX)
                continue
            }
            let selection = theme.style(for: focused ? .selection : .selectionInactive)
            if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: selection)) }
            let text = Truncation.truncate(mark + row.text, width: inner.width)
            let prefix = String(text.prefix(row.prefixWidth))
            let plain = selected ? selection : theme.style(for: .text)
            let x = grid.put(prefix, x: inner.x, y: y, style: plain, maxX: inner.maxX)
            let nameStyle = selected ? selection.patched(with: theme.style(for: row.role)) : theme.style(for: row.role)
            grid.put(text.dropFirst(row.prefixWidth), x: x, y: y, style: nameStyle, maxX: inner.maxX)
        }
    }
}
