import KiosqueCore

/// The status line: a message on the left (see `message`); the index progress
/// (`Indexing ▕████▌     ▏ 1,200/5,030 · 350/s · 11 s`), the list filter with its count out of
/// the total (`énergie: 37/2,012`), and the list position on the right.
enum StatusBarView {
    /// The right part: progress, filter, position.
    static func right(_ state: AppState, width: Int) -> String {
        let position = state.catalogue.isEmpty ? "" :
            state.strings.format(.statusPosition, ["current": state.strings.number(state.list.selected + 1), "total": state.strings.number(state.listCount)])
        let progress = [feedsProgress(state), self.progress(state, width: width)].compactMap { $0.map { $0 + "  " } }.joined()
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
                                                        "total": state.strings.number(state.catalogue.count)])
        return filter.isPartial ? "\(text) (\(state.strings[.listFilterPartial]))" : text
    }

    /// While the subscriptions are fetched (`R`): `Feeds 3/10 · 12 new · 1 failed`.
    static func feedsProgress(_ state: AppState) -> String? {
        guard state.feeds.running, let progress = state.feeds.progress else { return nil }
        let strings = state.strings
        return strings.format(.statusFeeds, ["done": strings.number(progress.done), "total": strings.number(progress.total),
                                             "added": strings.number(progress.added), "failed": strings.number(progress.failed)])
    }

    /// While the index is updated: `Indexing ▕████▌     ▏ 1,200/5,030 · 350/s · 11 s` (the bar,
    /// rate and time left once there is a rate; on narrow screens, without the word and the bar);
    /// nil when no update runs or it has nothing to read (a warm start).
    static func progress(_ state: AppState, width: Int) -> String? {
        guard state.index.running, let progress = state.index.progress, progress.total > 0 else { return nil }
        let strings = state.strings
        var parts = ["\(strings.number(progress.done))/\(strings.number(progress.total))"]
        if progress.rate > 0 { parts.append(strings.format(.statusRate, ["rate": strings.number(Int(progress.rate.rounded()))])) }
        if let left = progress.remaining, progress.done < progress.total { parts.append(duration(left, strings)) }
        let figures = parts.joined(separator: " · ")
        guard width >= 100 else { return figures }
        return "\(strings[.statusIndexing]) \(bar(progress.fraction, width: barWidth)) \(figures)"
    }

    /// Cells inside the progress bar.
    static let barWidth = 10

    /// `▕████▌     ▏`: `fraction` of `width` cells in eighths, between thin edges.
    static func bar(_ fraction: Double, width: Int) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(width * 8)).rounded(.down))
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var cells = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { cells += partial[eighths % 8] }
        cells += String(repeating: " ", count: max(0, width - eighths / 8 - (eighths % 8 > 0 ? 1 : 0)))
        return "▕" + cells + "▏"
    }

    /// `11 s`, `2 min 5 s`, `1 h 3 min` (rounded up to the second).
    static func duration(_ seconds: Double, _ strings: Strings) -> String {
        let total = Int(max(0, seconds).rounded(.up))
        if total < 60 { return strings.format(.durationSeconds, ["s": String(total)]) }
        if total < 3600 { return strings.format(.durationMinutes, ["m": String(total / 60), "s": String(total % 60)]) }
        return strings.format(.durationHours, ["h": String(total / 3600), "m": String(total % 3600 / 60)])
    }

    /// What the left of the status line says, first found: what the note editor's keys do; in
    /// the search prompt, why the query cannot be searched, else what its keys do; the
    /// answer to the last key (`Bookmark saved`); bookmark changes kept in memory; the note of the
    /// bookmark under the reader's cursor (plain, not a warning); why the active search failed; a
    /// sticky message (a data file that could not be read); the load issues (the first one and a count).
    static func message(_ state: AppState) -> (text: String, isWarning: Bool)? {
        if let editing = state.noteEditor {
            if let notice = state.notice { return (text(of: notice, state), true) }
            if case .new = editing.purpose { return (state.strings[.editorNew], true) }
            if case .tags = editing.purpose { return (state.strings[.editorTags], true) }
            return (state.strings[.editorEdit], true)
        }
        if let prompt = state.search.prompt {
            if let error = prompt.error { return (state.strings.searchQueryError(error), true) }
            if let notice = state.notice { return (text(of: notice, state), true) }
            return (state.strings[.searchEditing], false)
        }
        if let notice = state.notice { return (text(of: notice, state), true) }
        if let warning = state.storeWarning { return (text(of: warning, state), true) }
        if state.focus == .reader || state.layout.mode == .threePanels, let bookmark = App.bookmarkUnderCursor(state) {
            let note = BookmarkPanelLayout.oneLine(bookmark.note, width: state.size.width)
            return (note.isEmpty ? state.strings[.bookmarkUnderCursorNoNote] : state.strings.format(.bookmarkUnderCursor, ["note": note]), false)
        }
        if let reason = state.list.filter?.search?.failure { return (text(of: .searchFailed(reason: reason), state), true) }
        if let message = state.statusMessage { return (text(of: message, state), true) }
        return issuesText(state).map { ($0, true) }
    }

    /// `3 files could not be read: a.bin: binary fi… (P: all)`: the count, the first problem cut
    /// to the room left, and the key of the overlay that lists them all (`P`), which stays shown.
    static func issuesText(_ state: AppState) -> String? {
        guard let first = state.issues.first else { return nil }
        let key: StringKey = state.issues.count == 1 ? .statusIssuesOne : .statusIssuesMany
        var values = ["count": state.strings.number(state.issues.count), "key": App.keyName(.problems, state), "first": ""]
        let left = messageRoom(state) - DisplayWidth.of(state.strings.format(key, values))
        values["first"] = cut(first, width: left, strings: state.strings)
        return state.strings.format(key, values)
    }

    /// `…/dossier/x.bin: binary file`: a problem in `width` columns, its reason in the interface
    /// language, its location cut from its start (the file name and the reason stay), else the
    /// whole cut at its end.
    static func cut(_ issue: LoadIssue, width: Int, strings: Strings) -> String {
        let whole = strings.loadIssue(issue)
        guard width >= 12, DisplayWidth.of(whole) > width else { return whole }
        let room = width - (DisplayWidth.of(whole) - DisplayWidth.of(issue.location))
        if room >= 12 {
            return strings.loadIssue(LoadIssue(location: Truncation.truncateLeading(issue.location, width: room), reason: issue.reason))
        }
        return Truncation.truncate(whole, width: width)
    }
}
