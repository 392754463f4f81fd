/// The sector picker (`t`): every sector of the taxonomy with its quick key, short key (in the
/// sector's colour), name and article counts, checked when in the filter; how several sectors
/// match below; keys in the bottom edge. An overlay in the middle of the screen.
///
/// ```
/// ┌ Sectors ──────────────────────────────────┐
/// │                        articles (central) │
/// │▸ [x] 1 DEF défense                 12 (3) │
/// │  [ ] 2 ENE énergie                  8 (2) │
/// │  [ ]   ECO économie et commerce    20 (4) │
/// │                                           │
/// │ Articles about any checked sector         │
/// └ Space toggle · a any/all · Esc close ─────┘
/// ```
enum SectorPickerView {
    struct Row: Hashable {
        var checked: Bool
        var quickKey: String
        var key: String
        var name: String
        var counts: String
        var sector: Int
    }

    static let maximumWidth = 64

    /// One row per sector of the taxonomy.
    static func rows(_ state: AppState) -> [Row] {
        let active = Set(App.activeSectors(state))
        let quick = quickKeys(state)
        return state.sectors.sectors.enumerated().map { index, sector in
            let count = state.sectors.count(index)
            return Row(checked: active.contains(index), quickKey: quick[index] ?? "", key: sector.key, name: sector.name,
                       counts: "\(state.strings.number(count.about)) (\(state.strings.number(count.central)))", sector: index)
        }
    }

    /// The key of each sector that has a `toggleSector` binding (index into the taxonomy -> key name).
    static func quickKeys(_ state: AppState) -> [Int: String] {
        var out: [Int: String] = [:]
        for binding in state.keyMap.bindings(for: .toggleSector) {
            if let name = binding.sector, let index = state.sectors.index(of: name), out[index] == nil,
               let key = binding.keyNames.first {
                out[index] = key
            }
        }
        return out
    }

    static func overlay(_ state: AppState) -> Overlay? {
        guard let picker = state.picker, state.help == nil, state.layout.mode != .tooSmall else { return nil }
        let theme = state.theme
        let strings = state.strings
        let rows = self.rows(state)
        let width = min(state.size.width - 4, maximumWidth)
        let lines = rows.isEmpty ? 1 : rows.count + 1
        let height = min(state.size.height - 2, lines + 4)
        guard width >= 20, height >= 5 else { return nil }
        var grid = Grid(width: width, height: height)
        let partial = App.sectorsComplete(state) ? "" : " (\(strings[.listFilterPartial]))"
        PanelBorder.draw(grid.bounds, title: strings[.pickerTitle] + partial, focused: true, theme: theme, into: &grid)
        let footer = strings.format(.pickerFooter, ["toggle": "Space", "match": firstKey(.sectorMatch, state),
                                                    "close": firstKey(.back, state)])
        PanelBorder.drawFooter(grid.bounds, text: footer, style: theme.style(for: .helpTitle), into: &grid)
        let inner = grid.bounds.inset(by: 1)
        guard !rows.isEmpty else {
            grid.put(strings[.pickerPending], x: inner.x + 1, y: inner.y, style: theme.style(for: .notice), maxX: inner.maxX)
            return Overlay(origin: Position(x: (state.size.width - width) / 2, y: (state.size.height - height) / 2), grid: grid)
        }
        let quickWidth = rows.map { DisplayWidth.of($0.quickKey) }.max() ?? 0
        let keyWidth = rows.map { DisplayWidth.of($0.key) }.max() ?? 0
        let countWidth = max(rows.map { DisplayWidth.of($0.counts) }.max() ?? 0, 1)
        let header = strings[.pickerHeader]
        grid.put(header, x: max(inner.x, inner.maxX - 1 - DisplayWidth.of(header)), y: inner.y,
                 style: theme.style(for: .teaser), maxX: inner.maxX)
        // Rows scroll to keep the selection in view when the screen is short.
        let listHeight = max(1, inner.height - 3)
        let top = ListState(selected: picker.selected, scroll: 0).visibleScroll(height: listHeight, count: rows.count)
        for (i, row) in rows.dropFirst(top).prefix(listHeight).enumerated() {
            let y = inner.y + 1 + i
            let selected = row.sector == picker.selected
            let base = selected ? theme.style(for: .selection) : theme.style(for: .text)
            if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: base)) }
            var x = grid.put((selected ? "▸ " : "  ") + (row.checked ? "[x] " : "[ ] "), x: inner.x, y: y,
                             style: row.checked ? base.patched(with: theme.style(for: .sectorChecked)) : base, maxX: inner.maxX)
            x = grid.put(Truncation.pad(row.quickKey, width: quickWidth) + " ", x: x, y: y,
                         style: base.patched(with: theme.style(for: .helpKey)), maxX: inner.maxX)
            let keyStyle = SectorPaint.style(row.checked ? .sectorCentral : .sectorMentioned,
                                             sector: state.sectors.sectors[row.sector], theme: theme)
            x = grid.put(Truncation.pad(row.key, width: keyWidth), x: x, y: y,
                         style: selected ? base.patched(with: keyStyle) : keyStyle, maxX: inner.maxX)
            let countX = inner.maxX - 1 - countWidth
            grid.put(" " + Truncation.truncate(row.name, width: max(1, countX - x - 2)), x: x, y: y,
                     style: row.checked ? base.patched(with: theme.style(for: .sectorChecked)) : base, maxX: countX - 1)
            grid.put(Truncation.pad(String(repeating: " ", count: max(0, countWidth - DisplayWidth.of(row.counts))) + row.counts,
                                    width: countWidth), x: countX, y: y, style: base, maxX: inner.maxX)
        }
        let match = strings[state.list.sectorMatch == .any ? .pickerAny : .pickerAll]
            + (state.list.order == .relevance ? " · " + strings[.listByRelevance] : "")
        grid.put(Truncation.truncate(match, width: inner.width - 2), x: inner.x + 1, y: inner.maxY - 1,
                 style: theme.style(for: .notice), maxX: inner.maxX)
        return Overlay(origin: Position(x: (state.size.width - width) / 2, y: (state.size.height - height) / 2), grid: grid)
    }

    /// The first key name of an action in the live key map.
    static func firstKey(_ action: Action, _ state: AppState) -> String {
        state.keyMap.binding(for: action)?.keyNames.first ?? "?"
    }
}
