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
    struct Row: Hashable {
        var text: String
        var role: Role
        /// Index into `EntitySummary.items` of the entity on this row, nil for titles and blanks.
        var item: Int?
        /// Columns of the count prefix, drawn in the plain text style.
        var prefixWidth = 0
    }

    /// Every row of the view (an article has tens, rarely hundreds, of distinct entities).
    static func rows(_ state: AppState) -> [Row] {
        let strings = state.strings
        guard let open = state.open else { return [] }
        let summary = EntitySummary(open.entities)
        if summary.groups.isEmpty { return [Row(text: strings[.sideNoEntities], role: .notice)] }
        let countWidth = String(summary.items.map(\.count).max() ?? 1).count
        var rows: [Row] = []
        var item = 0
        for group in summary.groups {
            if !rows.isEmpty { rows.append(Row(text: "", role: .text)) }
            var title = "\(strings[group.kind.nameKey]) (\(group.items.count))"
            if state.entities.hidden.contains(group.kind) { title += " · \(strings[.entityHidden])" }
            rows.append(Row(text: title, role: .sectionTitle))
            for entry in group.items {
                let count = String(entry.count)
                let prefix = String(repeating: " ", count: countWidth - count.count) + count + " "
                let role: Role = state.entities.highlighted == entry.key ? .entityHighlight : group.kind.role
                rows.append(Row(text: prefix + entry.key.name, role: role, item: item, prefixWidth: 2 + prefix.count))
                item += 1
            }
        }
        return rows
    }

    static func draw(_ state: AppState, in inner: Rect, into grid: inout Grid) {
        let theme = state.theme
        let rows = self.rows(state)
        let top = max(0, min(state.side.scroll, rows.count - inner.height))
        let focused = state.focus == .side
        for (i, row) in rows.dropFirst(top).prefix(inner.height).enumerated() {
            let y = inner.y + i
            let selected = row.item != nil && row.item == state.side.entity
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
