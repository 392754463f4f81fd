/// The two pure functions of the reader: `update` (key press -> state change) and `render`
/// (state -> cells). The runtime at the edge feeds messages in and draws frames out.
///
/// A key press goes: `update` -> `handle(key:)` (the key map gives an `Action`) -> `perform`,
/// which sends it to the help screen, to a panel (`Update+List`, `Update+Reader`,
/// `Update+Side`) or to the focus and zoom changes in `Update+Focus`. Every article is opened
/// through `open(_:article:target:reason:)` (`Update+Open`), answered by `Message.articleLoaded`.
public enum App {
    /// Applies one message to the state and returns the effects to run.
    public static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
        let shape = layoutShape(state)
        var effects = dispatch(message, &state)
        // A side panel folded, shown on demand or resized, or new widths: the panels reflow as
        // after a resize (the reader keeps its top passage and cursor).
        if layoutShape(state) != shape { resize(&state, to: state.size) }
        // Whatever changed the open article or the search, its matches follow; whatever changed
        // the list filter, the bookmark view follows; a new order or sector filter is kept.
        syncOpenSearch(&state)
        syncBookmarkCriteria(&state)
        if let view = changedListView(&state) { effects.append(.saveListView(view)) }
        return effects
    }

    static func dispatch(_ message: Message, _ state: inout AppState) -> [Effect] {
        switch message {
        case .key(let key): return handle(key: key, &state)
        case .perform(let action): return perform(action, &state)
        case .resize(let size):
            resize(&state, to: size)
            return []
        case .started:
            return startViewSearch(&state) + showSomething(&state)
        case .catalogue(let update):
            return receive(catalogue: update, &state)
        case .indexProgress(let progress):
            // Also the news of an update run again after a fetch brought articles.
            state.index.running = true
            state.index.progress = progress
            return []
        case .feedsProgress(let progress):
            receive(feedsProgress: progress, &state)
            return []
        case .feedsFinished(let outcome):
            receive(feedsOutcome: outcome, &state)
            return []
        case .indexFinished(let outcome):
            return receive(indexOutcome: outcome, &state)
        case .entityIndex(let index, let serial):
            receive(entityIndex: index, catalogue: serial, &state)
            return []
        case .articleLoaded(let request, let result):
            return receive(loaded: result, for: request, &state)
        case .bookmarksAnchored(let anchors):
            state.bookmarks.setAnchors(anchors)
            return []
        case .sectorsLoaded(let classifier):
            receive(classifier: classifier, &state)
            return []
        case .sectorsFailed(let reason):
            sectorsFailed(reason, &state)
            return []
        case .bookmarksLoaded(let bookmarks):
            return receive(bookmarks: bookmarks, &state)
        case .bookmarkSaved(let bookmark, let outcome):
            return receive(saved: bookmark, outcome, &state)
        case .bookmarkWritten(let change, let result):
            return receive(written: change, result, &state)
        case .storeReport(let report):
            receive(report: report, &state)
            return []
        case .readingLoaded(let snapshot):
            return receive(reading: snapshot, &state)
        case .reviewExported(let result):
            receive(review: result, &state)
            return []
        case .stopping:
            return stopping(&state)
        case .searchFinished(let answer):
            receive(answer: answer, &state)
            return []
        case .searchHistoryLoaded(let snapshot):
            receive(history: snapshot, &state)
            return []
        case .writesRetryDue:
            return [.retryPendingWrites]
        case .linkOpened(let result):
            receive(linkOpened: result, &state)
            return []
        case .linkCopied(let copied):
            state.notice = copied ? .linkCopied : .linkCopyFailed
            return []
        case .viewsSaveFailed(let reason):
            receive(viewsSaveFailure: reason, &state)
            return []
        }
    }

    /// Draws the state into a frame of the state's size.
    public static func render(_ state: AppState) -> Frame { Renderer.frame(for: state) }
}
