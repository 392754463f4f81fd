import KiosqueCore

/// The active search in the reader: its matches in the open article (highlighted), `n`/`N`
/// from match to match and on to the next or previous article of the list.
extension App {
    /// The active search's query, if any.
    static func activeSearchQuery(_ state: AppState) -> SearchQuery? { state.list.filter?.search?.query }

    /// Keeps `state.search.open` in step with the open article and the active search (called
    /// after every message): the article's search words are made once per article, matches
    /// once per query. The current match goes when either changes.
    static func syncOpenSearch(_ state: inout AppState) {
        guard let query = activeSearchQuery(state), let id = state.reader.article, let article = state.openArticle else {
            state.search.open = nil
            state.search.current = nil
            return
        }
        if let open = state.search.open, open.article == id, open.terms == query.terms { return }
        let document = state.search.open.flatMap { $0.article == id ? $0.document : nil } ?? SearchDocument(article)
        state.search.open = OpenArticleSearch(article: id, terms: query.terms, document: document,
                                              matches: SearchMatcher(query).matches(in: document))
        state.search.current = nil
    }

    /// Puts the cursor on the open article's first or last match of the active search and makes
    /// it the current one (`OpenTarget.match`, applied when the article has arrived); false when
    /// the article has no match.
    static func goToMatch(_ arrival: SearchArrival, _ state: inout AppState) -> Bool {
        syncOpenSearch(&state)
        guard let stops = state.search.open?.stops,
              let stop = arrival == .first ? stops.first : stops.last else { return false }
        go(to: stop, &state)
        return true
    }

    /// `n` (forward) / `N`: the next or previous match after the current one (or, once the cursor
    /// has left it, after the cursor sentence's start); past the last (first) match of the
    /// article, the first (last) match of the next (previous) article of the list; at the end of
    /// the list nothing moves and the status line says so. The reader takes the focus.
    static func jumpToMatch(_ state: inout AppState, forward: Bool) -> [Effect] {
        guard activeSearchQuery(state) != nil else {
            state.notice = .searchNone
            return []
        }
        syncOpenSearch(&state)
        if let open = state.search.open, let stop = nextStop(in: open.stops, state, forward: forward) {
            go(to: stop, &state)
            state.focus = .reader
            return []
        }
        return jumpToArticle(&state, forward: forward)
    }

    /// The stop after (before) the reference: the current match while the cursor is where it
    /// left it, else the cursor sentence's start.
    static func nextStop(in stops: [SearchStop], _ state: AppState, forward: Bool) -> SearchStop? {
        if let current = state.search.current, current.cursor == state.reader.cursor, stops.contains(current.stop) {
            return forward ? stops.first { $0 > current.stop } : stops.last { $0 < current.stop }
        }
        let start = state.reader.cursor.flatMap { state.openArticle?.sentence(at: $0)?.range.start } ?? 0
        if forward { return stops.first { if case .text(let r) = $0 { r.start >= start } else { false } } }
        return stops.last { if case .text(let r) = $0 { r.start < start } else { true } }
    }

    /// Past the open article's matches: the next (previous) article of the list, opened on its
    /// first (last) match once it has arrived (`OpenTarget.match`). From an article the list does
    /// not show, the selected one.
    static func jumpToArticle(_ state: inout AppState, forward: Bool) -> [Effect] {
        guard state.listCount > 0 else {
            state.notice = .searchNoArticle(query: activeSearchQuery(state)?.text ?? "")
            return []
        }
        let row: Int
        if let open = state.reader.article, let openRow = state.row(of: open) {
            row = openRow + (forward ? 1 : -1)
        } else {
            row = state.list.selected
        }
        guard row >= 0, row < state.listCount, let index = state.article(atRow: row) else {
            state.notice = forward ? .searchLastMatch : .searchFirstMatch
            return []
        }
        state.list.selected = row
        return open(&state, article: index, target: .match(forward ? .first : .last))
    }

    /// Puts the cursor on a match's sentence (a title match: the first sentence, the view at the
    /// top) and makes it the current match; the status line gives its number.
    static func go(to stop: SearchStop, _ state: inout AppState) {
        guard let context = ReaderContext(state) else { return }
        let article = context.article
        switch stop {
        case .title:
            state.reader.cursor = article.firstShownSentence
            state.reader.topOffset = article.firstShownSentence.flatMap { article.sentence(at: $0)?.range.start } ?? 0
        case .text(let range):
            if let sentence = article.shownSentence(containing: range.start) { state.reader.cursor = sentence }
        }
        followCursor(&state, context)
        state.search.current = SearchCurrent(stop: stop, cursor: state.reader.cursor)
        if let stops = state.search.open?.stops, let number = stops.firstIndex(of: stop) {
            state.notice = .searchPosition(current: number + 1, total: stops.count)
        }
    }

    /// The first key bound to an action, for messages (`/`).
    static func keyName(_ action: Action, _ state: AppState) -> String {
        state.keyMap.binding(for: action)?.keyNames.first ?? action.rawValue
    }
}
