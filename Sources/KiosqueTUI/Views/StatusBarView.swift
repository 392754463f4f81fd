/// The status line: a message on the left (see `message`); the analysis progress, the list
/// filter with its count out of the total (`énergie: 37/2,012`), and the list position on the
/// right.
enum StatusBarView {
    /// The right part: progress, filter, position.
    static func right(_ state: AppState, width: Int) -> String {
        let position = state.articles.isEmpty ? "" :
            state.strings.format(.statusPosition, ["current": String(state.list.selected + 1), "total": String(state.listCount)])
        let progress = self.progress(state).map { $0 + "  " } ?? ""
        let filter = self.filter(state).map { Truncation.truncate($0, width: max(10, width / 2)) + "  " } ?? ""
        return progress + filter + position
    }

    /// Columns left for the message at the current size.
    static func messageRoom(_ state: AppState) -> Int {
        let rect = state.layout.status
        return rect.width - DisplayWidth.of(right(state, width: rect.width)) - 3
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let base = state.theme.style(for: .status)
        grid.fill(rect, with: Cell(" ", style: base))
        let right = self.right(state, width: rect.width)
        let positionWidth = DisplayWidth.of(right)
        if let message = message(state) {
            let room = rect.width - positionWidth - 3
            let style = message.isWarning ? base.patched(with: state.theme.style(for: .statusWarning)) : base
            grid.put(Truncation.truncate(message.text, width: room), x: rect.x + 1, y: rect.y,
                     style: style, maxX: rect.x + 1 + max(0, room))
        }
        grid.put(right, x: rect.maxX - positionWidth - 1, y: rect.y, style: base)
    }

    /// `énergie: 37/2,012`, `Sergueï Lavrov · défense: 3/2,012 (partial)`; nil without a filter.
    static func filter(_ state: AppState) -> String? {
        guard let filter = state.list.filter else { return nil }
        let text = state.strings.format(.statusFilter, ["filter": ArticleListView.describe(filter, state, partial: false),
                                                        "shown": state.strings.number(filter.rows.count),
                                                        "total": state.strings.number(state.articles.count)])
        return filter.isPartial ? "\(text) (\(state.strings[.listFilterPartial]))" : text
    }

    /// `Analysing 1,200/5,030…` while the background analysis runs, nil once it is done.
    static func progress(_ state: AppState) -> String? {
        let total = state.articles.count
        guard !state.entities.isComplete(total: total) else { return nil }
        return state.strings.format(.statusAnalysing, ["done": state.strings.number(state.entities.analysedCount),
                                                       "total": state.strings.number(total)])
    }

    /// What the left of the status line says, first found: what the note editor's keys do; in
    /// the search prompt, why the query cannot be searched, else what its keys do; the
    /// answer to the last key (`Bookmark saved`); bookmark changes kept in memory; the note of the
    /// bookmark under the reader's cursor (plain, not a warning); a sticky message (a data file
    /// that could not be read); the load issues (the first one and a count).
    static func message(_ state: AppState) -> (text: String, isWarning: Bool)? {
        if let editing = state.noteEditor {
            if case .new = editing.purpose { return (state.strings[.editorNew], true) }
            return (state.strings[.editorEdit], true)
        }
        if let prompt = state.search.prompt {
            if let error = prompt.error { return (App.searchErrorText(error, state), true) }
            if let notice = state.notice { return (notice, true) }
            return (state.strings[.searchEditing], false)
        }
        if let notice = state.notice { return (notice, true) }
        if let warning = state.storeWarning { return (warning, true) }
        if state.focus == .reader || state.layout.mode == .threePanels, let bookmark = App.bookmarkUnderCursor(state) {
            let note = bookmark.note.split(whereSeparator: \.isNewline).joined(separator: " ")
            return (note.isEmpty ? state.strings[.bookmarkUnderCursorNoNote] : state.strings.format(.bookmarkUnderCursor, ["note": note]), false)
        }
        if let message = state.statusMessage { return (message, true) }
        guard let first = state.issues.first else { return nil }
        if state.issues.count == 1 { return (state.strings.format(.statusIssuesOne, ["first": first.description]), true) }
        return (state.strings.format(.statusIssuesMany, ["count": String(state.issues.count), "first": first.description]), true)
    }
}
