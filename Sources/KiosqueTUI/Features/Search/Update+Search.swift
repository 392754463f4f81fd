import KiosqueCore

/// The search prompt (`/`): search as you type, Enter keeps the search as a list filter, Esc
/// brings back the search there was, Up/Down walk the history. While open it takes every key but
/// Ctrl-C, as the note editor does.
///
/// Every change of the text parses it (`SearchQuery(typing: true)`: the last word is a prefix
/// from two letters, while typing only: Enter searches the text as typed) and asks for a search (`Effect.search`, run off the key path); the answer
/// comes back as `Message.searchFinished` and narrows the list, unless a newer request was made
/// since (stale answers are dropped).
extension App {
    /// `/`: opens the prompt on the active search's text (Esc brings that search back).
    static func openSearchPrompt(_ state: inout AppState) {
        let active = state.list.filter?.search
        var editor = LineEditor(text: active?.text ?? "")
        editor.keepCursorVisible(width: PromptLayout.searchFieldWidth(state))
        state.search.prompt = SearchPrompt(editor: editor, previous: active, anchor: state.selectedID)
    }

    /// A key while the prompt is open.
    static func updateSearchPrompt(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var prompt = state.search.prompt else { return [] }
        switch key {
        case .up: return walkHistory(older: true, &state)
        case .down: return walkHistory(older: false, &state)
        // Ctrl-C (`App.takesInterrupt`): the prompt is cancelled, as Esc does; the program stays.
        case .ctrl("c"): return cancelSearchPrompt(&state)
        default: break
        }
        switch prompt.editor.handle(key) {
        case .ignored:
            return []
        case .edited, .limited:
            let changed = prompt.editor.text != state.search.prompt?.editor.text
            prompt.editor.keepCursorVisible(width: PromptLayout.searchFieldWidth(state))
            if changed { prompt.historyIndex = nil }
            state.search.prompt = prompt
            return changed ? searchTextChanged(&state) : []
        case .cancel:
            return cancelSearchPrompt(&state)
        case .submit:
            return submitSearch(&state)
        }
    }

    /// Up (older) and Down (newer) in the history; Down past the newest entry brings back the
    /// text being typed. Entries equal to the text shown are skipped.
    static func walkHistory(older: Bool, _ state: inout AppState) -> [Effect] {
        guard var prompt = state.search.prompt else { return [] }
        let history = state.search.history
        let shown = prompt.editor.text
        var index = prompt.historyIndex
        var text: String?
        if older {
            var next = (index ?? -1) + 1
            while next < history.count && history[next] == shown { next += 1 }
            guard next < history.count else { return [] }
            if index == nil { prompt.draft = shown }
            index = next
            text = history[next]
        } else {
            guard let current = index else { return [] }
            var next = current - 1
            while next >= 0 && history[next] == shown { next -= 1 }
            if next < 0 {
                index = nil
                text = prompt.draft
            } else {
                index = next
                text = history[next]
            }
        }
        guard let text else { return [] }
        prompt.historyIndex = index
        prompt.editor = LineEditor(text: text)
        prompt.editor.keepCursorVisible(width: PromptLayout.searchFieldWidth(state))
        state.search.prompt = prompt
        return searchTextChanged(&state)
    }

    /// The prompt's text changed: blank, no search; a query that cannot be parsed, the error is
    /// shown and the list keeps the last good search; otherwise the new search is asked for. A
    /// query with the same terms as the active one (a space added) asks for nothing.
    static func searchTextChanged(_ state: inout AppState) -> [Effect] {
        guard var prompt = state.search.prompt else { return [] }
        let text = prompt.editor.text
        let query: SearchQuery
        do {
            query = try SearchQuery(text, typing: true)
        } catch .empty {
            prompt.error = nil
            state.search.prompt = prompt
            setSearch(nil, &state)
            return []
        } catch {
            prompt.error = error
            state.search.prompt = prompt
            return []
        }
        prompt.error = nil
        state.search.prompt = prompt
        if var active = state.list.filter?.search, active.query.terms == query.terms {
            active.query = query
            setSearch(active, &state)
            return []
        }
        return requestSearch(query, keeping: state.list.filter?.search, &state)
    }

    /// Makes `query` the active search, the answer of `shown` (a search, or none) shown until the
    /// new one comes, and asks for it.
    static func requestSearch(_ query: SearchQuery, keeping shown: ListSearch?, _ state: inout AppState) -> [Effect] {
        let request = newSearchRequest(query, &state)
        var search = ListSearch(query: query, matches: shown?.matches, pending: request.id,
                                catalogue: shown?.catalogue ?? state.catalogueSerial)
        // The first rows of the previous answer are still only first rows (`N+ articles…`).
        search.firstRowsOnly = shown?.firstRowsOnly ?? false
        setSearch(search, &state)
        return [.search(request)]
    }

    /// The next numbered request for `query`, against the catalogue the state holds now, in the
    /// list's order (its first rows are the head of the list), for as many first rows as the
    /// screen shows.
    static func newSearchRequest(_ query: SearchQuery, _ state: inout AppState) -> SearchRequest {
        state.search.lastRequest += 1
        let order = rowsSearchNarrows(&state)
        return SearchRequest(id: state.search.lastRequest, query: query, catalogue: state.catalogue,
                             catalogueSerial: state.catalogueSerial, order: order,
                             firstRows: max(1, state.size.height))
    }

    /// Sets the list filter's search (nil: none), keeping the other criteria and the selection.
    static func setSearch(_ search: ListSearch?, _ state: inout AppState) {
        var filter = state.list.filter ?? ListFilter()
        // A key typed shows the previous answer until its own comes: the same matches give the
        // same rows, not computed again (at a million articles, milliseconds on every key).
        if let old = filter.search, let new = search, old.matches == new.matches, old.catalogue == new.catalogue,
           old.failure == new.failure {
            filter.search = new
            state.list.filter = filter
            return
        }
        filter.search = search
        setFilter(filter, &state, keeping: listAnchor(state))
    }

    /// Enter: the search stays as a filter of the list and goes into the history; a blank text
    /// removes the search; a text that cannot be searched keeps the prompt open.
    static func submitSearch(_ state: inout AppState) -> [Effect] {
        guard let prompt = state.search.prompt else { return [] }
        if let error = prompt.error {
            state.notice = .searchQuery(error)
            return []
        }
        state.search.prompt = nil
        guard let active = state.list.filter?.search else { return [] }
        let text = active.text.trimmingCharacters(in: .whitespaces)
        state.search.history.removeAll { $0 == text }
        state.search.history.insert(text, at: 0)
        if state.search.history.count > SearchState.historyLimit { state.search.history.removeLast() }
        return searchAsTyped(active, &state) + [.recordSearch(text)]
    }

    /// Enter: the search kept is the text as typed (`SearchQuery(typing: false)`), as
    /// `kiosque search` reads it: the last word is a prefix only while typing (`gouvernement`
    /// then Enter must not also find `gouvernementale`). Asks again when that changes the terms.
    static func searchAsTyped(_ active: ListSearch, _ state: inout AppState) -> [Effect] {
        guard let exact = try? SearchQuery(active.text, typing: false) else { return [] }
        guard exact.terms != active.query.terms else {
            var kept = active
            kept.query = exact
            setSearch(kept, &state)
            return []
        }
        return requestSearch(exact, keeping: active, &state)
    }

    /// Esc: the search there was when the prompt opened comes back (or none); an answer it was
    /// still waiting for is asked for again (the worker may have dropped it for a newer one), and
    /// so is one given for a catalogue read again since.
    static func cancelSearchPrompt(_ state: inout AppState) -> [Effect] {
        guard let prompt = state.search.prompt else { return [] }
        if let previous = prompt.previous, previous.pending != nil || previous.catalogue != state.catalogueSerial {
            let effects = requestSearch(previous.query, keeping: previous, &state)
            state.search.prompt = nil
            return effects
        }
        setSearch(prompt.previous, &state)
        state.search.prompt = nil
        return []
    }

    /// An answer: the list narrows to it, unless it is stale (the list waits for another
    /// request, or has no search any more; a catalogue read again since asked for another). A
    /// failure empties the list (the answer shown was another query's: `/macron` must not list
    /// what `mac*` found) and says why, in the title and the status line, until another answer.
    static func receive(answer: SearchAnswer, _ state: inout AppState) {
        guard var search = state.list.filter?.search, search.pending == answer.id,
              answer.catalogueSerial == state.catalogueSerial else { return }
        if !answer.complete {
            // The first rows: shown at once; the request stays pending for the whole answer.
            // They come in the list's order; `matches` are ascending.
            guard case .success(let first) = answer.result else { return }
            search.matches = first.sorted()
            search.catalogue = answer.catalogueSerial
            search.failure = nil
            search.firstRowsOnly = true
            setSearch(search, &state)
            return
        }
        search.pending = nil
        search.firstRowsOnly = false
        switch answer.result {
        case .success(let matches):
            search.matches = matches
            search.catalogue = answer.catalogueSerial
            search.failure = nil
        case .failure(let failure):
            search.matches = []
            search.failure = failure.reason
            state.notice = .searchFailed(reason: failure.reason)
        }
        setSearch(search, &state)
    }

    /// A search's rows are partial while the index is being updated (more articles may come and
    /// match) and while its matches answer an older catalogue than the one shown.
    static func searchPartial(_ search: ListSearch, _ state: AppState) -> Bool {
        state.index.running || (search.matches != nil && search.catalogue != state.catalogueSerial)
    }

    /// The catalogue was read again (`receive(catalogue:)`, after `state.catalogue` became
    /// `new`): the active search's matches (and those Esc would bring back) are carried over to
    /// the new positions by analysis (the same content matches the same query), and the active
    /// search is asked again against the new catalogue, since new articles may match; the answer
    /// to an earlier request is then stale. The caller computes the rows.
    static func catalogueChanged(from old: Catalogue, _ state: inout AppState) -> [Effect] {
        func carried(_ search: ListSearch?) -> ListSearch? {
            guard var search else { return nil }
            search.matches = search.matches.map { positions(of: $0, in: old, to: state.catalogue) }
            return search
        }
        if var prompt = state.search.prompt {
            prompt.previous = carried(prompt.previous)
            state.search.prompt = prompt
        }
        guard var search = carried(state.list.filter?.search) else { return [] }
        let request = newSearchRequest(search.query, &state)
        search.pending = request.id
        state.list.filter?.search = search
        return [.search(request)]
    }

    /// Positions in `new` of the articles with the analyses of `positions` in `old` (ascending).
    static func positions(of positions: [Int], in old: Catalogue, to new: Catalogue) -> [Int] {
        let analyses = Set(positions.lazy.filter { $0 >= 0 && $0 < old.count }.map { old.analysisIDs[$0] })
        return new.positions(ofAnalyses: analyses.sorted())
    }

    /// The history at start (the session's own entries stay first).
    static func receive(history snapshot: SearchHistorySnapshot, _ state: inout AppState) {
        var merged = state.search.history
        for query in snapshot.queries where !merged.contains(query) { merged.append(query) }
        state.search.history = Array(merged.prefix(SearchState.historyLimit))
        if let failure = snapshot.failure {
            state.statusMessage = .searchHistoryUnavailable(reason: failure)
        } else if !snapshot.notes.isEmpty {
            state.statusMessage = .said(snapshot.notes)
        }
    }

    /// Keeps the prompt's cursor in its field after a resize.
    static func clampSearchPrompt(_ state: inout AppState) {
        let width = PromptLayout.searchFieldWidth(state)
        state.search.prompt?.editor.keepCursorVisible(width: width)
    }
}
