/// The help screen: every binding of the live key map, grouped as in `keymap.json`, in a box
/// drawn as an `Overlay` above the screen; it scrolls when taller than the screen.
enum HelpView {
    static func overlay(_ state: AppState) -> Overlay? {
        guard let help = state.help else { return nil }
        let theme = state.theme
        let rows = HelpLayout.rows(state)
        let box = HelpLayout.box(state, rowCount: rows.count)
        var grid = Grid(width: box.width, height: box.height)
        let local = grid.bounds
        PanelBorder.draw(local, title: state.strings[.helpTitle], focused: true, theme: theme, into: &grid)
        grid.restyle(local) { $0.patched(with: theme.style(for: .helpBorder)) }
        PanelBorder.drawFooter(local, text: state.strings[.helpFooter], style: theme.style(for: .helpTitle), into: &grid)
        let inner = local.inset(by: 1)
        let keyWidth = HelpLayout.keyWidth(state, innerWidth: inner.width)
        let scroll = max(0, min(help.scroll, rows.count - inner.height))
        for (i, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + i
            if row.role == .helpGroup {
                grid.put(row.keys, x: inner.x + 1, y: y, style: theme.style(for: .helpGroup), maxX: inner.maxX)
                continue
            }
            grid.put(Truncation.truncate(row.keys, width: keyWidth), x: inner.x + 3, y: y,
                     style: theme.style(for: .helpKey), maxX: inner.maxX)
            grid.put(row.text, x: inner.x + 4 + keyWidth, y: y, style: theme.style(for: .helpText), maxX: inner.maxX - 1)
        }
        if scroll + inner.height < rows.count {
            grid.put("↓", x: inner.maxX - 1, y: inner.maxY - 1, style: theme.style(for: .helpKey))
        }
        if scroll > 0 { grid.put("↑", x: inner.maxX - 1, y: inner.y, style: theme.style(for: .helpKey)) }
        return Overlay(origin: Position(x: box.x, y: box.y), grid: grid)
    }
}
