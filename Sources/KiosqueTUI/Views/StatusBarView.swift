/// The status line: a message (a data file that could not be read, or the load issues: the
/// first one and a count) on the left; the analysis progress and the list position on the right.
enum StatusBarView {
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let base = state.theme.style(for: .status)
        grid.fill(rect, with: Cell(" ", style: base))
        let position = state.articles.isEmpty ? "" :
            state.strings.format(.statusPosition, ["current": String(state.list.selected + 1), "total": String(state.listCount)])
        let progress = self.progress(state).map { $0 + "  " } ?? ""
        let positionWidth = DisplayWidth.of(progress + position)
        if let message = message(state) {
            let room = rect.width - positionWidth - 3
            grid.put(Truncation.truncate(message, width: room), x: rect.x + 1, y: rect.y,
                     style: base.patched(with: state.theme.style(for: .statusWarning)), maxX: rect.x + 1 + max(0, room))
        }
        grid.put(progress + position, x: rect.maxX - positionWidth - 1, y: rect.y, style: base)
    }

    /// `Analysing 1,200/5,030…` while the background analysis runs, nil once it is done.
    static func progress(_ state: AppState) -> String? {
        let total = state.articles.count
        guard !state.entities.isComplete(total: total) else { return nil }
        return state.strings.format(.statusAnalysing, ["done": state.strings.number(state.entities.analysedCount),
                                                       "total": state.strings.number(total)])
    }

    /// What the left of the status line says, if anything.
    static func message(_ state: AppState) -> String? {
        if let message = state.statusMessage { return message }
        guard let first = state.issues.first else { return nil }
        if state.issues.count == 1 { return state.strings.format(.statusIssuesOne, ["first": first.description]) }
        return state.strings.format(.statusIssuesMany, ["count": String(state.issues.count), "first": first.description])
    }
}
