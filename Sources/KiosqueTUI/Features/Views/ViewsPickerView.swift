import KiosqueCore

/// The picker of saved views (`W`): one row per view, its name then its criteria in words
/// (`défense · /nucléaire · last 7 days`); the keys in the bottom edge. An overlay in the
/// middle of the screen.
enum ViewsPickerView {
    static let maximumWidth = 72

    /// A saved view's criteria in words, as the list's header would say them.
    static func summary(_ view: ListView, _ state: AppState) -> String {
        var parts: [String] = []
        if let entity = view.entity { parts.append(entity.name) }
        if !view.sectors.isEmpty {
            let word = state.strings[view.sectorMatch == .any ? .listSectorsAny : .listSectorsAll]
            parts.append(view.sectors.joined(separator: " \(word) "))
        }
        if let outlet = view.outlet { parts.append(outlet) }
        if let period = view.datePeriod { parts.append(ArticleListView.describe(period, state)) }
        if let search = view.search, !search.isEmpty { parts.append("/" + search) }
        if let order = view.listOrder, order != ListState.defaultOrder { parts.append(ArticleListView.orderName(order, state)) }
        return SafeText.sanitize(parts.joined(separator: " · "))
    }

    static func overlay(_ state: AppState) -> Overlay? {
        guard let picker = state.views.picker, state.help == nil, state.layout.mode != .tooSmall else { return nil }
        let theme = state.theme
        let strings = state.strings
        let views = state.views.saved
        let width = min(state.size.width - 4, maximumWidth)
        let height = min(state.size.height - 2, max(1, views.count) + 2)
        guard width >= 20, height >= 3 else { return nil }
        var grid = Grid(width: width, height: height)
        PanelBorder.draw(grid.bounds, title: strings[.viewsTitle], focused: true, theme: theme, into: &grid)
        let footer = strings.format(.viewsKeys, ["recall": SectorPickerView.firstKey(.open, state),
                                                 "delete": SectorPickerView.firstKey(.deleteBookmark, state),
                                                 "undo": SectorPickerView.firstKey(.undoDelete, state),
                                                 "close": SectorPickerView.firstKey(.back, state)])
        PanelBorder.drawFooter(grid.bounds, text: footer, style: theme.style(for: .helpTitle), into: &grid)
        let inner = grid.bounds.inset(by: 1)
        let origin = Position(x: (state.size.width - width) / 2, y: (state.size.height - height) / 2)
        guard !views.isEmpty else {
            grid.put(strings.format(.viewsNone, ["save": SectorPickerView.firstKey(.saveView, state)]), x: inner.x + 1,
                     y: inner.y, style: theme.style(for: .notice), maxX: inner.maxX)
            return Overlay(origin: origin, grid: grid)
        }
        let names = views.map { SafeText.sanitize($0.name) }
        let nameWidth = min(max(1, inner.width / 2), names.map { DisplayWidth.of($0) }.max() ?? 1)
        let top = ListState(selected: picker.selected, scroll: 0).visibleScroll(height: inner.height, count: views.count)
        for (i, view) in views.enumerated().dropFirst(top).prefix(inner.height) {
            let y = inner.y + i - top
            let selected = i == picker.selected
            let base = selected ? theme.style(for: .selection) : theme.style(for: .text)
            if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: base)) }
            var x = grid.put(selected ? "▸ " : "  ", x: inner.x, y: y, style: base, maxX: inner.maxX)
            x = grid.put(Truncation.pad(Truncation.truncate(names[i], width: nameWidth), width: nameWidth) + "  ", x: x, y: y,
                         style: base.patched(with: theme.style(for: .helpKey)), maxX: inner.maxX)
            grid.put(Truncation.truncate(summary(view.view, state), width: max(1, inner.maxX - x - 1)), x: x, y: y,
                     style: base, maxX: inner.maxX)
        }
        return Overlay(origin: origin, grid: grid)
    }
}
