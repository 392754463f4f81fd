import KiosqueCore

/// The index worker's news: a catalogue read again (while indexing, articles appear, possibly
/// before others), the progress, the end of the update, the corpus-wide entity index.
extension App {
    /// A new catalogue. The state names articles by id (open article, article on its way, note
    /// editor, bookmarks, the search prompt's anchor), so nothing is remapped: what the new
    /// catalogue lacks is dropped (the open article is closed, the load and the new bookmark are
    /// given up), and the selected article stays selected. The search's matches are carried over
    /// by analysis, and the search is asked again against the new catalogue; filter rows, sector
    /// counts and issues are computed again. Reading marks are kept by `ArticleKey` and do not
    /// move. An entity index of another catalogue is dropped (the worker builds a new one at the
    /// end of the update). When nothing is open yet (a first index), the first article is shown,
    /// or the last one read once it is in.
    static func receive(catalogue update: CatalogueUpdate, _ state: inout AppState) -> [Effect] {
        guard update.serial >= state.catalogueSerial else { return [] }
        let old = state.catalogue
        let new = update.catalogue
        let selected = state.selectedID
        if let open = state.open, new.position(of: open.id) == nil {
            // Its file is gone: the reader closes it.
            state.open = nil
            state.reader = ReaderState()
            state.sectors.open = nil
            state.search.open = nil
        }
        if let pending = state.loads.pending, new.position(of: pending.request.id) == nil { state.loads.pending = nil }
        if case .new(let article, _)? = state.noteEditor?.purpose, new.position(of: article) == nil { state.noteEditor = nil }
        if update.serial != state.catalogueSerial { state.entities.index = nil }
        state.catalogue = new
        state.ordering = new.ordering(state.list.order)
        state.catalogueSerial = update.serial
        state.issues = mergedIssues(new.problems, state.index.issues, feeds: state.feeds.failures)
        state.sectors.recount(new)
        var effects = state.bookmarks.place(catalogue: new, open: state.open)
        effects += catalogueChanged(from: old, &state)
        matchReading(&state)
        rebuildReadPositions(&state)
        computeRows(&state)
        reselect(&state, keeping: selected.flatMap(new.position(of:)))
        effects += showSomething(&state)
        return effects
    }

    /// The update ended: the progress goes, filters are no longer partial (once the entity index
    /// is in for entities), files that could not be read join the issues; a failure is shown.
    static func receive(indexOutcome outcome: IndexOutcome, _ state: inout AppState) -> [Effect] {
        state.index.running = false
        state.index.progress = nil
        state.index.issues = outcome.issues
        state.issues = mergedIssues(state.catalogue.problems, outcome.issues, feeds: state.feeds.failures)
        if let failure = outcome.failure {
            state.index.failure = failure
            state.statusMessage = .indexFailed(reason: failure)
        }
        // The last article read never came: it is not in this corpus.
        state.reading.pendingRestore = nil
        refreshFilter(&state)
        return showSomething(&state)
    }

    /// The entity index of catalogue `serial`; refused when the catalogue changed since.
    static func receive(entityIndex index: EntityArticleIndex, catalogue serial: Int, _ state: inout AppState) {
        guard serial == state.catalogueSerial else { return }
        state.entities.index = index
        refreshFilter(&state)
        checkViewEntity(&state)
    }

    /// Issues of the catalogue and of the update, each once.
    /// The catalogue's problems, then the index update's not already among them, then the
    /// feeds that failed in the last fetch.
    static func mergedIssues(_ first: [LoadIssue], _ second: [LoadIssue], feeds: [LoadIssue]) -> [LoadIssue] {
        var seen = Set(first)
        return first + second.filter { seen.insert($0).inserted } + feeds
    }
}
