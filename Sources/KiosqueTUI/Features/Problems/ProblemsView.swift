/// The load problems (`P`) in a box drawn as an `Overlay` above the screen, styled as the help;
/// it scrolls when taller than the screen.
enum ProblemsView {
    static func overlay(_ state: AppState) -> Overlay? {
        guard let problems = state.problems else { return nil }
        let theme = state.theme
        let rows = ProblemsLayout.rows(state)
        let box = ProblemsLayout.box(state, rowCount: rows.count)
        var grid = Grid(width: box.width, height: box.height)
        let local = grid.bounds
        let title = state.strings.format(.problemsTitle, ["count": state.strings.number(state.issues.count)])
        PanelBorder.draw(local, title: title, focused: true, theme: theme, into: &grid)
        grid.restyle(local) { $0.patched(with: theme.style(for: .helpBorder)) }
        PanelBorder.drawFooter(local, text: state.strings[.problemsFooter], style: theme.style(for: .helpTitle), into: &grid)
        let inner = local.inset(by: 1)
        let scroll = max(0, min(problems.scroll, rows.count - inner.height))
        for (i, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            let x = inner.x + 1 + (row.isLocation ? 0 : ProblemsLayout.indent)
            grid.put(row.text, x: x, y: inner.y + i, style: theme.style(for: row.isLocation ? .helpKey : .helpText),
                     maxX: inner.maxX - 1)
        }
        if scroll + inner.height < rows.count {
            grid.put("↓", x: inner.maxX - 1, y: inner.maxY - 1, style: theme.style(for: .helpKey))
        }
        if scroll > 0 { grid.put("↑", x: inner.maxX - 1, y: inner.y, style: theme.style(for: .helpKey)) }
        return Overlay(origin: Position(x: box.x, y: box.y), grid: grid)
    }
}
