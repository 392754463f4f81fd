import KiosqueCore

/// Opening an article. The reader holds only the open article in full: every way of opening one
/// (Enter in the list, a bookmark, the last article at start, the first article shown by itself,
/// a search match) goes through `open`, which asks for the article with
/// `Effect.loadArticle`; `Message.articleLoaded` brings it, and only then the target is applied
/// and the rest of the opening happens (read mark, selection, focus). The runtime answers the
/// effect before the next frame, so the screen never shows the article half open.
extension App {
    /// Asks for the article at `position` of the catalogue; `target` is where the cursor goes once
    /// it has arrived, `reason` what else happens then. A later request replaces this one.
    @discardableResult
    public static func open(_ state: inout AppState, article position: Int, target: OpenTarget = .resume,
                     reason: OpenReason = .user) -> [Effect] {
        guard position >= 0 && position < state.catalogue.count else { return [] }
        // An explicit open wins over the last article still waiting to be brought back.
        if reason == .user { state.reading.pendingRestore = nil }
        state.loads.lastTicket += 1
        let catalogue = state.catalogue
        let request = ArticleRequest(ticket: state.loads.lastTicket, id: catalogue.ids[position],
                                     place: catalogue.place(at: position), analysisID: catalogue.analysisIDs[position],
                                     sectorLevels: catalogue.sectorLevels(at: position),
                                     sectorScores: catalogue.sectorScores(at: position))
        state.loads.pending = PendingOpen(request: request, target: target, reason: reason)
        return [.loadArticle(request)]
    }

    /// Asks for the article with this id (`open(_:article:)`); nothing when the catalogue lacks it.
    @discardableResult
    public static func open(_ state: inout AppState, id: ArticleID, target: OpenTarget = .resume,
                            reason: OpenReason = .user) -> [Effect] {
        guard let position = state.catalogue.position(of: id) else { return [] }
        return open(&state, article: position, target: target, reason: reason)
    }

    /// The answer to `Effect.loadArticle`: the article is shown, the target applied; a load that
    /// failed (file changed, moved or removed since it was indexed) says why in the status line.
    /// Answers to an earlier request are ignored.
    static func receive(loaded result: Result<LoadedArticle, LoadIssue>, for request: ArticleRequest,
                        _ state: inout AppState) -> [Effect] {
        guard let pending = state.loads.pending, pending.request.ticket == request.ticket else { return [] }
        state.loads.pending = nil
        let loaded: LoadedArticle
        switch result {
        case .failure(let issue):
            state.notice = .openFailed(issue)
            return []
        case .success(let value):
            loaded = value
        }
        if pending.reason == .user { rememberPosition(&state) }
        show(loaded, &state)
        apply(pending.target, &state)
        switch pending.reason {
        case .user:
            state.reading.keptUnread = nil
            setRead(true, ArticleKey(id: request.id, location: request.place.location), at: state.position(of: request), &state)
            reselect(&state, keeping: state.position(of: request))
            state.focus = .reader
            // Without a reading store (tests, or one that could not be opened) nothing is written.
            return state.reading.loaded ? [.saveReading(readingBatch(&state))] : []
        case .restore:
            reselect(&state, keeping: state.position(of: request))
            state.focus = .reader
            return []
        case .shown:
            return []
        }
    }

    /// Makes a loaded article the open one, at its first shown sentence.
    static func show(_ loaded: LoadedArticle, _ state: inout AppState) {
        let article = loaded.article
        state.open = OpenArticle(article: article, analysis: loaded.analysis)
        let first = article.firstShownSentence
        state.reader = ReaderState(article: article.id, cursor: first,
                                   topOffset: first.flatMap { article.sentence(at: $0)?.range.start } ?? 0,
                                   stats: ArticleStats(article))
        state.side.scroll = 0
        state.side.entity = nil
        // Made again for this text (another article may share the id until ids are unique).
        state.search.open = nil
        classifyOpenArticle(&state)
        state.bookmarks.anchor(in: state.open)
        if state.side.view == .entities { keepEntitySelectionVisible(&state) }
    }

    /// Puts the cursor where `target` says in the open article.
    static func apply(_ target: OpenTarget, _ state: inout AppState) {
        guard let article = state.openArticle else { return }
        switch target {
        case .start:
            return
        case .resume:
            if let offset = state.reading.entry(ArticleKey(article))?.position { placeCursor(&state, at: offset) }
        case .offset(let offset):
            placeCursor(&state, at: offset)
        case .sentence(let sentence):
            if let start = article.sentence(at: sentence)?.range.start { placeCursor(&state, at: start) }
        case .bookmark(let id):
            if let range = state.bookmarks.placement(of: id)?.range {
                placeCursor(&state, at: range.start)
                state.zoomed = false
            } else {
                state.notice = .bookmarkDetached
                apply(.resume, &state)
            }
        case .match(let arrival):
            if !goToMatch(arrival, &state) {
                apply(.resume, &state)
                state.notice = .searchNoMatchHere
            }
        }
    }

    /// When nothing is open nor on its way, shows the selected article (the first one at start)
    /// by itself; the last article read, when it is known and the user has not pressed a key,
    /// comes back instead.
    static func showSomething(_ state: inout AppState) -> [Effect] {
        if let key = state.reading.pendingRestore, !state.userActed, let position = position(of: key, state) {
            state.reading.pendingRestore = nil
            if state.reader.article == state.catalogue.ids[position] && state.loads.pending == nil {
                // Already shown by itself: the cursor goes where the user was.
                apply(.resume, &state)
                reselect(&state, keeping: position)
                state.focus = .reader
                return []
            }
            return open(&state, article: position, target: .resume, reason: .restore)
        }
        guard state.open == nil, state.loads.pending == nil, let position = state.selectedArticle ?? state.article(atRow: 0)
        else { return [] }
        return open(&state, article: position, target: .start, reason: .shown)
    }
}
