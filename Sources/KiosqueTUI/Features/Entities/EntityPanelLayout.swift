import KiosqueCore

/// The entity view's rows (entities by type with mention counts): shared by `EntityPanelView`,
/// which draws them, and `update`, which keeps the selected entity on screen with them.
enum EntityPanelLayout {
    struct Row: Hashable {
        var text: String
        var role: Role
        /// Index into `EntitySummary.items` of the entity on this row, nil for titles and blanks.
        var item: Int?
        /// Columns of the count prefix, drawn in the plain text style.
        var prefixWidth = 0
    }

    /// The `item` of the selected entity's row.
    static func selectedItem(_ state: AppState) -> Int {
        App.entityPosition(state, in: App.summary(state).items)
    }

    /// Every row of the view (an article has tens, rarely hundreds, of distinct entities).
    static func rows(_ state: AppState) -> [Row] {
        let strings = state.strings
        guard let open = state.open else { return [] }
        let summary = EntitySummary(open.entities, index: state.entities.index)
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
}
