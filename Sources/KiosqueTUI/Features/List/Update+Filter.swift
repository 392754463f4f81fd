import KiosqueCore

/// The list filter: setting its criteria, computing its rows, clearing it, keeping the selection.
/// Every criterion (entity, sectors, search) goes through `setFilter` and `refreshFilter`, so the
/// rows and the selection are computed in one place; a catalogue refresh recomputes them too.
extension App {
    /// Sets the criteria (nil or empty: no filter), computes the rows and keeps `keep` selected
    /// where it can.
    static func setFilter(_ filter: ListFilter?, _ state: inout AppState, keeping keep: Int?) {
        state.list.filter = filter.flatMap { $0.isEmpty ? nil : $0 }
        // A filter set since a clear: `U` no longer brings the cleared one back over it.
        if state.list.filter != nil { state.list.cleared = nil }
        computeRows(&state)
        reselect(&state, keeping: keep)
    }

    /// `0`, `Ctrl-t`, Esc in the list: every article again (no entity, sector, search, outlet or
    /// period), nothing highlighted; the selected article stays selected. The filter and the
    /// highlight cleared are kept for `U` (`undoClearFilter`).
    static func clearFilter(_ state: inout AppState) {
        let keep = state.selectedArticle
        let cleared = state.list.filter.map { ClearedFilter(filter: $0, highlighted: state.entities.highlighted) }
        state.entities.highlighted = nil
        setFilter(nil, &state, keeping: keep)
        if let cleared {
            state.list.cleared = cleared
            state.notice = .filterCleared
        }
    }

    /// `U` after a clear: the filter cleared comes back, with its highlight; a search whose
    /// answer is for an older catalogue is asked again.
    static func undoClearFilter(_ state: inout AppState) -> [Effect] {
        guard let cleared = state.list.cleared else { return [] }
        state.list.cleared = nil
        state.entities.highlighted = cleared.highlighted
        var filter = cleared.filter
        var effects: [Effect] = []
        if let search = filter.search, search.pending != nil || search.catalogue != state.catalogueSerial {
            // Asked with the other criteria back in: the first rows are the list's head.
            state.list.filter = filter
            let request = newSearchRequest(search.query, &state)
            filter.search?.pending = request.id
            effects.append(.search(request))
        }
        setFilter(filter, &state, keeping: state.selectedArticle)
        state.notice = .filterRestored
        return effects
    }

    /// `O`: only the articles of the selected row's outlet (the open article's, from the reader);
    /// again: every outlet. The other criteria stay.
    static func toggleOutletFilter(_ state: inout AppState) {
        let keep = state.focus == .list ? state.selectedArticle : state.openPosition ?? state.selectedArticle
        var filter = state.list.filter ?? ListFilter()
        if filter.outlet != nil {
            filter.outlet = nil
        } else {
            guard let position = keep, let outlet = ArticleOutlet.name(at: position, in: state.catalogue) else {
                state.notice = .outletNone
                return
            }
            filter.outlet = outlet
        }
        setFilter(filter, &state, keeping: keep)
        focus(&state, on: .list)
    }

    /// Recomputes the rows from the criteria (a new catalogue or entity index, a new order),
    /// keeping the selection.
    static func refreshFilter(_ state: inout AppState) {
        guard state.list.filter != nil else { return }
        let keep = listAnchor(state)
        computeRows(&state)
        reselect(&state, keeping: keep)
    }

    /// The rows and the partial flag of the filter from its criteria and what is known so far.
    /// Until the entity index arrives, an entity filter keeps only the open article (when it
    /// mentions the entity) and says `partial`.
    static func computeRows(_ state: inout AppState) {
        defer { recountUnread(&state) }
        syncBookmarkCriteria(&state)
        guard var filter = state.list.filter else { return }
        filter.rows = rows(of: filter, state)
        let entitiesPartial = filter.entity != nil && (state.entities.index == nil || state.index.running)
        let sectorsPartial = !filter.sectors.isEmpty && !sectorsComplete(state)
        filter.isPartial = entitiesPartial || sectorsPartial || (filter.search.map { searchPartial($0, state) } ?? false)
        state.list.filter = filter
    }

    /// The rows `filter`'s criteria keep, in the list's order.
    static func rows(of filter: ListFilter, _ state: AppState) -> [Int] {
        var candidates: [Int]?
        if let entity = filter.entity {
            if let index = state.entities.index {
                candidates = index.articles(mentioning: entity)
            } else if let open = state.open, open.entities.contains(where: entity.matches) {
                candidates = state.catalogue.position(of: open.id).map { [$0] } ?? []
            } else {
                candidates = []
            }
        }
        if let matches = filter.search?.matches {
            candidates = candidates.map { SortedIndices.intersection($0, matches) } ?? matches
        }
        if let outlet = filter.outlet {
            let same = state.catalogue.positions(outlet: outlet)
            candidates = candidates.map { SortedIndices.intersection($0, same) } ?? same
        }
        if let period = filter.period {
            // Without a known today (never in the reader: the launcher sets it), no day is "today".
            let dated = state.list.today.map { state.catalogue.positions(in: period, today: $0) } ?? []
            candidates = candidates.map { SortedIndices.intersection($0, dated) } ?? dated
        }
        let indices = filter.sectors.compactMap { state.sectors.index(of: $0) }
        if !filter.sectors.isEmpty && (indices.count < filter.sectors.count || !state.sectors.follows(state.catalogue)) {
            return [] // the taxonomy is not known yet, or the catalogue is from another one
        }
        return SectorRows.rows(candidates: candidates, sectors: indices, match: state.list.sectorMatch,
                               order: state.list.order, catalogue: state.catalogue, ordering: state.ordering)
    }

    /// The rows a search narrows, in the list's order: the rows of the filter's other criteria
    /// (`SearchRequest.order`); nil for every article in corpus order. Every criterion keeps
    /// the order, so the whole answer's rows are these rows with the matches only.
    static func rowsSearchNarrows(_ state: inout AppState) -> [Int]? {
        var others = state.list.filter ?? ListFilter()
        others.search = nil
        if !others.isEmpty {
            others.rows = []
            others.isPartial = false
            let key = NarrowedRows.Key(filter: others, order: state.list.order, match: state.list.sectorMatch,
                                       sectors: others.sectors.compactMap { state.sectors.index(of: $0) },
                                       sectorsFollow: state.sectors.follows(state.catalogue),
                                       catalogueSerial: state.catalogueSerial, entitiesIn: state.entities.index != nil)
            if let kept = state.search.narrowed, kept.key == key { return kept.rows }
            let narrowed = rows(of: others, state)
            state.search.narrowed = NarrowedRows(key: key, rows: narrowed)
            return narrowed
        }
        let ordering = state.ordering
        guard ordering.count == state.catalogue.count, ordering.order == state.list.order.base,
              ordering.order != .corpus else { return nil }
        return ordering.positions
    }

    /// True when every article's sectors are known, or no more will come: the taxonomy is known
    /// and no index update runs, or the taxonomy could not be read.
    static func sectorsComplete(_ state: AppState) -> Bool {
        if state.sectors.failure != nil { return true }
        return state.sectors.classifier != nil && !state.index.running
    }

    /// The article to keep selected when the rows change: the one selected when the search
    /// prompt opened while it is open (the list narrows and widens under the typing), else the
    /// one selected now.
    static func listAnchor(_ state: AppState) -> Int? {
        if let prompt = state.search.prompt { return prompt.anchor.flatMap(state.catalogue.position(of:)) }
        return state.selectedArticle
    }

    /// Selects the row of `article`; when the filter hides it, the first row under a search (its
    /// results read from the top: from the bottom of the list, the nearest article would be the
    /// last result), else the row of the nearest article after it in the list's base order, or else of
    /// the last one before it; without an article, the same row number within bounds.
    static func reselect(_ state: inout AppState, keeping article: Int?) {
        let count = state.listCount
        if let article, let row = state.row(ofArticle: article) {
            state.list.selected = row
        } else if article != nil, state.list.filter?.search != nil, count > 0 {
            state.list.selected = 0
        } else if let article, let rows = state.list.filter?.rows, !rows.isEmpty {
            // Nearest in the base order (corpus order when it does not fit the catalogue).
            let ranks = state.ordering.count == state.catalogue.count ? state.ordering.ranks : nil
            func rank(_ position: Int) -> Int { ranks.map { Int($0[position]) } ?? position }
            let target = rank(article)
            let after = rows.indices.filter { rank(rows[$0]) > target }.min { rank(rows[$0]) < rank(rows[$1]) }
            let before = rows.indices.max { rank(rows[$0]) < rank(rows[$1]) }
            state.list.selected = after ?? before ?? 0
        } else {
            state.list.selected = max(0, min(state.list.selected, count - 1))
        }
        keepListSelectionVisible(&state)
    }
}
