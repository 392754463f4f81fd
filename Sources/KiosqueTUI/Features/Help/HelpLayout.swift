/// The help screen's rows and box for the screen size: shared by `HelpView`, which draws them,
/// and `update`, which scrolls them (so `update` never calls a view).
enum HelpLayout {
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
}
