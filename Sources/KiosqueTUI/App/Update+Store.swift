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
        case .saved: state.notice = .bookmarkSaved
        case .keptInMemory(let error):
            state.notice = .bookmarkKeptInMemory(error)
        }
        if state.side.view == .bookmarks { keepBookmarkSelectionVisible(&state) }
        return effects
    }

    /// A note, tags, a deletion or its undo reached the store, was kept in memory, or was refused
    /// (the bookmark is gone: another reader deleted it); then the list is read again.
    static func receive(written change: BookmarkChange, _ result: Result<WriteOutcome, StoreError>,
                        _ state: inout AppState) -> [Effect] {
        switch result {
        case .success(.saved):
            if case .note = change { state.notice = .noteSaved }
            if case .tags = change { state.notice = .tagsSaved }
            return []
        case .success(.keptInMemory(let error)):
            state.notice = .bookmarkKeptInMemory(error)
            return []
        case .failure(let error):
            state.notice = .bookmarkChangeFailed(error)
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
                state.statusMessage = .storeMovedAside(file: file, movedTo: movedTo)
            case .rebuilt:
                state.statusMessage = .said([state.strings.storeNotice(notice)])
            case .keptInMemory(let count, let error):
                state.storeWarning = .storeKeptInMemory(count: count, error)
            case .pendingWritten(let count):
                state.notice = .storeWritten(count: count)
            case .readOnly(let file):
                state.statusMessage = .storeReadOnly(file: file)
            case .unreadable(let error):
                state.statusMessage = .storeUnreadable(error)
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
            // Worded when drawn: a long folder is cut from its start to the frame's width.
            state.notice = .exportWritten(path: file.path, passages: file.passages)
        case .failure(let error):
            state.notice = .exportFailed(reason: state.strings.reviewExportError(error))
        }
    }

    /// `q`: quits, unless bookmark changes still wait in memory (the disk refused them): then
    /// the status line says that they would be lost, and a second `q` quits anyway.
    static func quit(_ state: inout AppState) -> [Effect] {
        guard state.bookmarks.pendingWrites > 0, !state.quitArmed else { return [.quit] }
        state.quitArmed = true
        state.notice = .quitUnsaved(count: state.bookmarks.pendingWrites)
        return []
    }
}
