import KiosqueCore

/// News from the stores arriving in the state: bookmarks loaded, saved, changed; notices; the
/// press review written.
extension App {
    static func receive(bookmarks: [Bookmark], _ state: inout AppState) -> [Effect] {
        let effects = state.bookmarks.load(bookmarks, catalogue: state.catalogue, open: state.open)
        if state.side.view == .bookmarks { keepBookmarkSelectionVisible(&state) }
        return effects
    }

    /// A new bookmark is in the store (or kept in memory): it is listed and marked at once.
    static func receive(saved bookmark: Bookmark, _ outcome: WriteOutcome, _ state: inout AppState) -> [Effect] {
        let effects = state.bookmarks.insert(bookmark, catalogue: state.catalogue, open: state.open)
        switch outcome {
        case .saved: state.notice = state.strings[.bookmarkSaved]
        case .keptInMemory(let error):
            state.notice = state.strings.format(.bookmarkKeptInMemory, ["reason": error.description])
        }
        if state.side.view == .bookmarks { keepBookmarkSelectionVisible(&state) }
        return effects
    }

    /// A note, a deletion or its undo reached the store, was kept in memory, or was refused
    /// (the bookmark is gone: another reader deleted it); then the list is read again.
    static func receive(written change: BookmarkChange, _ result: Result<WriteOutcome, StoreError>,
                        _ state: inout AppState) -> [Effect] {
        switch result {
        case .success(.saved):
            if case .note = change { state.notice = state.strings[.noteSaved] }
            return []
        case .success(.keptInMemory(let error)):
            state.notice = state.strings.format(.bookmarkKeptInMemory, ["reason": error.description])
            return []
        case .failure(let error):
            state.notice = state.strings.format(.bookmarkChangeFailed, ["reason": error.description])
            return [.loadBookmarks]
        }
    }

    /// Store notices in the status line: a damaged file moved aside stays there; changes kept in
    /// memory are named until they are written, then the status line says so.
    static func receive(report: StoreReport, _ state: inout AppState) {
        state.bookmarks.pendingWrites = report.pendingWrites
        for notice in report.notices {
            switch notice {
            case .movedAside(let file, let movedTo, _):
                state.statusMessage = state.strings.format(.storeMovedAside, ["file": file, "movedTo": movedTo])
            case .rebuilt:
                state.statusMessage = notice.description
            case .keptInMemory(let count, let error):
                state.storeWarning = state.strings.format(.storeKeptInMemory, ["count": String(count), "reason": error.description])
            case .pendingWritten(let count):
                state.notice = state.strings.format(.storeWritten, ["count": String(count)])
            case .unreadable(let error):
                state.statusMessage = state.strings.format(.storeUnreadable, ["reason": error.description])
            }
        }
        if report.pendingWrites == 0 {
            state.storeWarning = nil
            state.quitArmed = false
        }
    }

    static func receive(review result: Result<ReviewFile, ReviewExportError>, _ state: inout AppState) {
        switch result {
        case .success(let file):
            // The file's name is what matters: a long folder is cut from its start to fit.
            let key: StringKey = file.passages == 1 ? .exportWrittenOne : .exportWritten
            let values = ["count": state.strings.number(file.passages)]
            let room = StatusBarView.messageRoom(state) - DisplayWidth.of(state.strings.format(key, values.merging(["path": ""]) { $1 }))
            let path = room >= 24 ? Truncation.truncateLeading(file.path, width: room) : file.path
            state.notice = state.strings.format(key, values.merging(["path": path]) { $1 })
        case .failure(let error):
            state.notice = state.strings.format(.exportFailed, ["reason": error.reason])
        }
    }

    /// `q`: quits, unless bookmark changes still wait in memory (the disk refused them): then
    /// the status line says that they would be lost, and a second `q` quits anyway.
    static func quit(_ state: inout AppState) -> [Effect] {
        guard state.bookmarks.pendingWrites > 0, !state.quitArmed else { return [.quit] }
        state.quitArmed = true
        state.notice = state.strings.format(.quitUnsaved, ["count": String(state.bookmarks.pendingWrites),
                                                           "quit": firstKeyName(.quit, state)])
        return []
    }
}
