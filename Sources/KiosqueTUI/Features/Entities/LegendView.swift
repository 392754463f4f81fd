import KiosqueCore

/// The legend (`L`): each entity type in its own style with its name and the key that shows or
/// hides it, in a small box inside the panels' bottom-right corner; hidden types say so; Esc or
/// `L` closes it.
enum LegendView {
    /// One row per type: key, name, and whether it is hidden.
    static func rows(_ state: AppState) -> [(key: String, name: String, role: Role, hidden: Bool)] {
        EntityKind.allCases.map { kind in
            // The function key and the key that stands in for it where the terminal takes it (`F1/!`).
            let key = state.keyMap.binding(for: kind.toggleAction)?.keyNames.prefix(2).joined(separator: "/") ?? ""
            let hidden = state.entities.hidden.contains(kind)
            let name = state.strings[kind.nameKey] + (hidden ? " (\(state.strings[.entityHidden]))" : "")
            return (key, name, kind.role, hidden)
        }
    }

    static func overlay(_ state: AppState) -> Overlay? {
        guard state.entities.legendShown, state.help == nil, state.layout.mode != .tooSmall else { return nil }
        let theme = state.theme
        let rows = self.rows(state)
        let keyWidth = rows.map { DisplayWidth.of($0.key) }.max() ?? 0
        let textWidth = rows.map { keyWidth + 1 + DisplayWidth.of($0.name) }.max() ?? 0
        let title = state.strings[.legendTitle]
        let width = min(state.size.width, max(textWidth, DisplayWidth.of(title) + 2) + 4)
        let height = rows.count + 2
        // Inside the panels' bottom-right corner: their borders (a column right, a row below) stay drawn.
        let bottom = state.layout.status.y - 1
        guard bottom - height >= 0, state.size.width - width - 1 >= 0 else { return nil }
        var grid = Grid(width: width, height: height)
        PanelBorder.draw(grid.bounds, title: title, focused: false, theme: theme, into: &grid)
        for (i, row) in rows.enumerated() {
            let y = 1 + i
            let x = grid.put(Truncation.pad(row.key, width: keyWidth) + " ", x: 2, y: y, style: theme.style(for: .helpKey),
                             maxX: width - 1)
            grid.put(row.name, x: x, y: y, style: row.hidden ? theme.style(for: .teaser) : theme.style(for: row.role),
                     maxX: width - 1)
        }
        return Overlay(origin: Position(x: state.size.width - width - 1, y: bottom - height), grid: grid)
    }
}
