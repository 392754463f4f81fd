/// The list of articles: `• 2024-02-29 Title`, the selection in reverse, the open article
/// marked with `•`; with an entity filter, only the articles that mention the entity.
enum ArticleListView {
    static let dateWidth = 10

    /// `Articles (12)`, or with a filter `Articles (3/12) · Sergueï Lavrov` (and `partial`
    /// while the analysis has not reached every article).
    static func title(_ state: AppState) -> String {
        let name = state.strings[.panelList]
        guard !state.articles.isEmpty else { return name }
        guard let filter = state.list.filter else { return "\(name) (\(state.articles.count))" }
        let partial = filter.isPartial ? " (\(state.strings[.listFilterPartial]))" : ""
        return "\(name) (\(filter.rows.count)/\(state.articles.count)) · \(filter.key.name)\(partial)"
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let theme = state.theme
        let focused = state.focus == .list
        let title = self.title(state)
        PanelBorder.draw(rect, title: title, focused: focused, theme: theme, into: &grid)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        if state.articles.isEmpty {
            grid.put(Truncation.truncate(state.strings[.listEmpty], width: inner.width - 2), x: inner.x + 1, y: inner.y,
                     style: theme.style(for: .notice), maxX: inner.maxX)
            return
        }
        let top = state.list.visibleScroll(height: inner.height, count: state.listCount)
        for row in 0..<inner.height {
            guard let index = state.article(atRow: top + row) else { break }
            let article = state.articles[index]
            let y = inner.y + row
            let selected = top + row == state.list.selected
            let rowStyle = selected ? theme.style(for: focused ? .selection : .selectionInactive) : .plain
            if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: rowStyle)) }
            let mark = index == state.reader.article ? "• " : "  "
            var x = grid.put(mark, x: inner.x, y: y, style: selected ? rowStyle : theme.style(for: .openMark), maxX: inner.maxX)
            let date = Truncation.pad(article.date?.iso8601 ?? "", width: dateWidth)
            x = grid.put(date + " ", x: x, y: y, style: selected ? rowStyle : theme.style(for: .listDate), maxX: inner.maxX)
            grid.put(Truncation.truncate(article.title, width: inner.maxX - x), x: x, y: y,
                     style: selected ? rowStyle : theme.style(for: .text), maxX: inner.maxX)
        }
    }
}
