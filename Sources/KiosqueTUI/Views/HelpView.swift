/// The help screen: every binding of the live key map, grouped as in `keymap.json`, in a box
/// drawn as an `Overlay` above the screen; it scrolls when taller than the screen.
enum HelpView {
    struct Row: Hashable {
        var keys: String
        var text: String
        var role: Role
    }

    static let maximumWidth = 72

    /// Columns of the keys column: the widest key list, at most a third of the box.
    static func keyWidth(_ state: AppState, innerWidth: Int) -> Int {
        let widest = state.keyMap.bindings.map { DisplayWidth.of($0.keyNames.joined(separator: ", ")) }.max() ?? 0
        return min(widest, max(1, innerWidth / 3))
    }

    /// Every row of the help before scrolling, help texts wrapped to the box.
    static func rows(_ state: AppState) -> [Row] {
        let language = state.display.language
        let innerWidth = boxWidth(state) - 2
        let textWidth = max(1, innerWidth - keyWidth(state, innerWidth: innerWidth) - 5)
        var rows: [Row] = []
        for (i, group) in state.keyMap.groups.enumerated() {
            if i > 0 { rows.append(Row(keys: "", text: "", role: .helpText)) }
            rows.append(Row(keys: group.title.text(in: language), text: "", role: .helpGroup))
            for binding in group.bindings where !binding.keyNames.isEmpty {
                for (j, part) in Wrapper.wrap(binding.help.text(in: language), width: textWidth).enumerated() {
                    rows.append(Row(keys: j == 0 ? binding.keyNames.joined(separator: ", ") : "", text: part, role: .helpText))
                }
            }
        }
        return rows
    }

    static func frame(_ state: AppState) -> CenteredBox { CenteredBox(screen: state.size, maximumWidth: maximumWidth) }

    static func boxWidth(_ state: AppState) -> Int { frame(state).width }

    /// The box on screen for a number of rows.
    static func box(_ state: AppState, rowCount: Int) -> Rect { frame(state).rect(rowCount: rowCount) }

    /// Rows visible at once and the largest scroll.
    static func metrics(_ state: AppState) -> (viewport: Int, maxScroll: Int) { frame(state).metrics(rowCount: rows(state).count) }

    static func overlay(_ state: AppState) -> Overlay? {
        guard let help = state.help else { return nil }
        let theme = state.theme
        let rows = self.rows(state)
        let box = self.box(state, rowCount: rows.count)
        var grid = Grid(width: box.width, height: box.height)
        let local = grid.bounds
        PanelBorder.draw(local, title: state.strings[.helpTitle], focused: true, theme: theme, into: &grid)
        grid.restyle(local) { $0.patched(with: theme.style(for: .helpBorder)) }
        PanelBorder.drawFooter(local, text: state.strings[.helpFooter], style: theme.style(for: .helpTitle), into: &grid)
        let inner = local.inset(by: 1)
        let keyWidth = self.keyWidth(state, innerWidth: inner.width)
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
