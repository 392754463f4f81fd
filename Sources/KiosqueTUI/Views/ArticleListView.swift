/// The list of articles: `• 2024-02-29 Title`, the selection in reverse, the open article
/// marked with `•`.
enum ArticleListView {
    static let dateWidth = 10

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let theme = state.theme
        let focused = state.focus == .list
        let title = state.articles.isEmpty ? state.strings[.panelList] : "\(state.strings[.panelList]) (\(state.articles.count))"
        PanelBorder.draw(rect, title: title, focused: focused, theme: theme, into: &grid)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        if state.articles.isEmpty {
            grid.put(Truncation.truncate(state.strings[.listEmpty], width: inner.width - 2), x: inner.x + 1, y: inner.y,
                     style: theme.style(for: .notice), maxX: inner.maxX)
            return
        }
        let top = state.list.visibleScroll(height: inner.height, count: state.articles.count)
        for row in 0..<inner.height {
            let index = top + row
            guard index < state.articles.count else { break }
            let article = state.articles[index]
            let y = inner.y + row
            let selected = index == state.list.selected
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
