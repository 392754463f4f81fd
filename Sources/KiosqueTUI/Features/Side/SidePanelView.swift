import KiosqueCore

/// The side panel: the open article's outline (headings, first words of each paragraph, the
/// cursor's paragraph marked `▸`) and its details (id, date, source, location, url, counts, notes).
enum SidePanelView {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let theme = state.theme
        PanelBorder.draw(rect, title: title(state), focused: state.focus == .side, theme: theme, into: &grid)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        if state.side.view == .bookmarks {
            BookmarkPanelView.draw(state, in: inner, into: &grid)
            return
        }
        guard let article = state.openArticle else { return }
        if state.side.view == .entities {
            EntityPanelView.draw(state, in: inner, into: &grid)
            return
        }
        let content = SidePanelLayout.content(state, width: inner.width)
        var top = max(0, min(state.side.scroll, content.rowCount - inner.height))
        if state.focus != .side, let current = content.currentRow {
            if current < top { top = current }
            if current >= top + inner.height { top = current - inner.height + 1 }
        }
        for i in 0..<min(inner.height, content.rowCount - top) {
            let row = SidePanelLayout.row(top + i, of: content, article: article, state: state, width: inner.width)
            let style = theme.style(for: row.role)
            if row.isCurrent {
                grid.fill(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), with: Cell(" ", style: style))
            }
            grid.put(row.text, x: inner.x, y: inner.y + i, style: style, maxX: inner.maxX)
        }
    }

    /// The panel's title, naming the view it shows.
    static func title(_ state: AppState) -> String {
        switch state.side.view {
        case .outline: return state.strings[.panelSide]
        case .entities: return state.strings[.sideEntities]
        case .bookmarks: return BookmarkPanelLayout.title(state)
        }
    }
}
