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
        /// True on the selected entity's row.
        var selected = false
    }

    /// Lines of other spellings under the selected entity, at most this many.
    static let variantLineLimit = 3

    /// Under the selected entity, its other spellings: the article's (`Macron`), then the
    /// corpus's most written first (`Edouard Philippe` for `Édouard Philippe`), wrapped to the
    /// panel under the name; none when it has no other spelling.
    static func variantsLines(_ entry: EntitySummary.Item, _ state: AppState, indent: Int) -> [Row] {
        var names = entry.written
        for name in state.entities.index?.variants(of: entry.key) ?? [] where name != entry.key.name && !names.contains(name) {
            names.append(name)
        }
        guard !names.isEmpty else { return [] }
        let text = state.strings.format(.entityVariants, ["names": names.joined(separator: ", ")])
        let width = max(8, App.sideWidth(state) - indent)
        var lines = Wrapper.wrap(text, width: width)
        if lines.count > variantLineLimit {
            lines = Array(lines.prefix(variantLineLimit))
            lines[variantLineLimit - 1] = Truncation.truncate(lines[variantLineLimit - 1] + " …", width: width)
        }
        let margin = String(repeating: " ", count: indent)
        return lines.map { Row(text: margin + $0, role: .articleMeta) }
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
        let selected = App.entityPosition(state, in: summary.items)
        for group in summary.groups {
            if !rows.isEmpty { rows.append(Row(text: "", role: .text)) }
            var title = "\(strings[group.kind.nameKey]) (\(group.items.count))"
            if state.entities.hidden.contains(group.kind) { title += " · \(strings[.entityHidden])" }
            rows.append(Row(text: title, role: .sectionTitle))
            for entry in group.items {
                let count = String(entry.count)
                let prefix = String(repeating: " ", count: countWidth - count.count) + count + " "
                let role: Role = state.entities.highlighted == entry.key ? .entityHighlight : group.kind.role
                rows.append(Row(text: prefix + entry.key.name, role: role, item: item, prefixWidth: 2 + prefix.count,
                                selected: item == selected))
                if item == selected { rows += variantsLines(entry, state, indent: 2 + prefix.count) }
                item += 1
            }
        }
        return rows
    }
}
