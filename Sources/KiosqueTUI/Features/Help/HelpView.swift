/// The help screen: every binding of the live key map, grouped as in `keymap.json`, in a box
/// drawn as an `Overlay` above the screen; it scrolls when taller than the screen.
enum HelpView {
    static func overlay(_ state: AppState) -> Overlay? {
        guard let help = state.help else { return nil }
        let theme = state.theme
        let rows = HelpLayout.rows(state)
        let box = HelpLayout.box(state, rowCount: rows.count)
        var frame = OverlayBox(size: box, title: state.strings[.helpTitle], footer: state.strings[.helpFooter],
                               rowCount: rows.count, scroll: help.scroll, theme: theme)
        let inner = frame.inner
        let keyWidth = HelpLayout.keyWidth(state, innerWidth: inner.width)
        for (i, row) in rows.dropFirst(frame.scroll).prefix(inner.height).enumerated() {
            let y = inner.y + i
            if row.role == .helpGroup {
                frame.grid.put(row.keys, x: inner.x + 1, y: y, style: theme.style(for: .helpGroup), maxX: inner.maxX)
                continue
            }
            frame.grid.put(Truncation.truncate(row.keys, width: keyWidth), x: inner.x + 3, y: y,
                           style: theme.style(for: .helpKey), maxX: inner.maxX)
            frame.grid.put(row.text, x: inner.x + 4 + keyWidth, y: y, style: theme.style(for: .helpText), maxX: inner.maxX - 1)
        }
        return frame.overlay(at: box)
    }
}
