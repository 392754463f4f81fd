import KiosqueCore

/// The index worker's news: a catalogue read again (while indexing, articles appear, possibly
/// before others), the progress, the end of the update, the corpus-wide entity index.
extension App {
    /// A new catalogue: every position the state holds (open article, article on its way,
    /// selection, note editor, bookmarks, the search prompt's anchor) is found again by file, line
    /// and id; the search's matches by analysis, and the search is asked again against the new
    /// catalogue; filter rows, sector counts and issues are computed again. Reading marks are kept by `ArticleKey` and do not
    /// move. An entity index of another catalogue is dropped (the worker builds a new one at the
    /// end of the update). When nothing is open yet (a first index), the first article is shown,
    /// or the last one read once it is in.
    static func receive(catalogue update: CatalogueUpdate, _ state: inout AppState) -> [Effect] {
        guard update.serial >= state.catalogueSerial else { return [] }
        let old = state.catalogue
        let new = update.catalogue
        func remap(_ position: Int?) -> Int? {
            guard let position, position >= 0, position < old.count else { return nil }
            let place = old.place(at: position)
            guard let found = new.position(path: place.path, line: place.line), new.ids[found] == old.ids[position] else { return nil }
            return found
        }
        let selected = remap(state.selectedArticle)
        if let open = state.open {
            if let position = remap(open.position) {
                state.open?.position = position
                state.reader.article = position
                state.sectors.open?.article = position
                state.search.open?.article = position
            } else {
                // Its file is gone or changed under it: the reader closes it.
                state.open = nil
                state.reader = ReaderState()
                state.sectors.open = nil
            }
        }
        if let pending = state.loads.pending {
            if let position = remap(pending.position) {
                state.loads.pending?.position = position
            } else {
                state.loads.pending = nil
            }
        }
        if case .new(let article, let range)? = state.noteEditor?.purpose {
            if let position = remap(article) {
                state.noteEditor?.purpose = .new(article: position, range: range)
            } else {
                state.noteEditor = nil
            }
        }
        if update.serial != state.catalogueSerial { state.entities.index = nil }
        state.catalogue = new
        state.catalogueSerial = update.serial
        state.issues = mergedIssues(new.problems, state.index.issues)
        state.sectors.recount(new)
        var effects = state.bookmarks.place(catalogue: new, open: state.open)
        effects += catalogueChanged(from: old, &state, remap: remap)
        matchReading(&state)
        computeRows(&state)
        reselect(&state, keeping: selected)
        effects += showSomething(&state)
        return effects
    }

    /// The update ended: the progress goes, filters are no longer partial (once the entity index
    /// is in for entities), files that could not be read join the issues; a failure is shown.
    static func receive(indexOutcome outcome: IndexOutcome, _ state: inout AppState) -> [Effect] {
        state.index.running = false
        state.index.progress = nil
        state.index.issues = outcome.issues
        state.issues = mergedIssues(state.catalogue.problems, outcome.issues)
        if let failure = outcome.failure {
            state.index.failure = failure
            state.statusMessage = state.strings.format(.indexFailed, ["reason": failure])
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
    }

    /// Issues of the catalogue and of the update, each once.
    static func mergedIssues(_ first: [LoadIssue], _ second: [LoadIssue]) -> [LoadIssue] {
        var seen = Set(first)
        return first + second.filter { seen.insert($0).inserted }
    }
}
