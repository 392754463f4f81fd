/// The load problems (`P`) in a box drawn as an `Overlay` above the screen, styled as the help;
/// it scrolls when taller than the screen.
enum ProblemsView {
    static func overlay(_ state: AppState) -> Overlay? {
        guard let problems = state.problems else { return nil }
        let theme = state.theme
        let rows = ProblemsLayout.rows(state)
        let box = ProblemsLayout.box(state, rowCount: rows.count)
        let title = state.strings.format(.problemsTitle, ["count": state.strings.number(state.issues.count)])
        var frame = OverlayBox(size: box, title: title, footer: state.strings[.problemsFooter], rowCount: rows.count,
                               scroll: problems.scroll, theme: theme)
        let inner = frame.inner
        for (i, row) in rows.dropFirst(frame.scroll).prefix(inner.height).enumerated() {
            let x = inner.x + 1 + (row.isLocation ? 0 : ProblemsLayout.indent)
            frame.grid.put(row.text, x: x, y: inner.y + i, style: theme.style(for: row.isLocation ? .helpKey : .helpText),
                           maxX: inner.maxX - 1)
        }
        return frame.overlay(at: box)
    }
}
