import KiosqueCore

/// Sector keys: the classifier arriving, the sector filter (toggles, any/all, order), the open
/// article's passages (`}` / `{`).
extension App {
    /// The worker loaded the classifier: sectors named before it came are spelt as the taxonomy
    /// spells them (unknown ones are dropped and named in the status line), the open article is
    /// classified, and the filter is computed again.
    static func receive(classifier: SectorClassifier, _ state: inout AppState) {
        state.sectors.classifier = classifier
        state.sectors.failure = nil
        if var filter = state.list.filter {
            let unknown = filter.sectors.filter { state.sectors.index(of: $0) == nil }
            filter.sectors = filter.sectors.compactMap { name in state.sectors.index(of: name).map { state.sectors.sectors[$0].name } }
            if let name = unknown.first { state.statusMessage = .sectorUnknown(name: name) }
            state.list.filter = filter
        }
        classifyOpenArticle(&state)
        refreshFilter(&state)
    }

    /// The taxonomy could not be read: the reader goes on without sectors and says why.
    static func sectorsFailed(_ reason: String, _ state: inout AppState) {
        state.sectors.failure = reason
        state.statusMessage = .sectorUnavailable(reason: reason)
        if var filter = state.list.filter, !filter.sectors.isEmpty {
            filter.sectors = []
            setFilter(filter, &state, keeping: state.selectedArticle)
        }
    }

    /// Classifies the open article in full (paragraphs, terms, marked sentences) when a
    /// classifier is known.
    static func classifyOpenArticle(_ state: inout AppState) {
        guard let open = state.open, let classifier = state.sectors.classifier else {
            state.sectors.open = nil
            return
        }
        state.sectors.open = OpenArticleSectors(open.article, classifier: classifier)
    }

    /// `1`, `2`, `3` (the key map names the sector): adds the sector to the list filter, or
    /// removes it when it is there. Before the taxonomy is known the name is kept as given
    /// (the filter then says `partial`); a name the taxonomy lacks is refused in the status line.
    static func toggleSector(named name: String, _ state: inout AppState) {
        if let failure = state.sectors.failure {
            state.statusMessage = .sectorUnavailable(reason: failure)
            return
        }
        var spelt = name
        if state.sectors.classifier != nil {
            guard let index = state.sectors.index(of: name) else {
                state.statusMessage = .sectorUnknown(name: name)
                return
            }
            spelt = state.sectors.sectors[index].name
        }
        var filter = state.list.filter ?? ListFilter()
        if let at = filter.sectors.firstIndex(where: { Folding.fold($0) == Folding.fold(spelt) }) {
            filter.sectors.remove(at: at)
        } else {
            filter.sectors.append(spelt)
        }
        setFilter(filter, &state, keeping: state.selectedArticle ?? state.openPosition)
    }

    /// `a`: any of the sectors, or all of them.
    static func toggleSectorMatch(_ state: inout AppState) {
        state.list.sectorMatch = state.list.sectorMatch == .any ? .all : .any
        refreshFilter(&state)
    }

    /// The sectors of the filter, as indices into the taxonomy.
    static func activeSectors(_ state: AppState) -> [Int] {
        (state.list.filter?.sectors ?? []).compactMap { state.sectors.index(of: $0) }
    }

    /// The open article's analysis, when it is the one open.
    static func openSectors(_ state: AppState) -> OpenArticleSectors? {
        guard let open = state.sectors.open, open.article == state.reader.article else { return nil }
        return open
    }

    /// `}` / `{`: the cursor goes to the start of the next passage of the active sectors, or of
    /// the passage it is in (then the previous one) going back, and the view follows. A passage
    /// is a run of marked sentences in one paragraph. No wrap-around; nothing without a sector
    /// filter.
    static func jumpToSectorPassage(_ state: inout AppState, forward: Bool) {
        guard let context = ReaderContext(state), let cursor = state.reader.cursor,
              let open = openSectors(state) else { return }
        let active = activeSectors(state)
        // Never silent: no sector chosen, none of its passages here, or no more of them this way.
        guard !active.isEmpty else {
            state.notice = .sectorPassageNoSector
            return
        }
        let starts = open.passageStarts(SectorMask.of(active))
        guard !starts.isEmpty else {
            state.notice = .sectorPassageNone
            return
        }
        let target = forward ? starts.first { $0 > cursor } : starts.last { $0 < cursor }
        guard let target else {
            state.notice = forward ? .sectorPassageLast : .sectorPassageFirst
            return
        }
        state.reader.cursor = target
        followCursor(&state, context)
    }
}
