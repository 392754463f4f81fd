import KiosqueCore

/// The reading routine: a read mark set by hand (`m`), every shown article marked read (`M`,
/// undone by `U`, which first brings back a filter cleared since: `undoClearFilter`), the next or previous unread article (`.`, `,`), and the unread count of the
/// list's header (`ListState.unread`), kept up by each mark so that no frame walks the list.
/// Marks are written at once through `Effect.saveReading`, as an opened article's are.
extension App {
    /// The article `m` acts on: the selected row in the list, else the open article.
    static func routineArticle(_ state: AppState) -> Int? {
        state.focus == .list ? state.selectedArticle : state.openPosition
    }

    /// `m`: the article read, or unread again. An open article marked unread stays unread while
    /// the cursor moves in it (`ReadingMemory.keptUnread`).
    static func toggleRead(_ state: inout AppState) -> [Effect] {
        guard state.reading.loaded else {
            state.notice = .readMarksUnavailable
            return []
        }
        guard let position = routineArticle(state) else { return [] }
        let key = state.key(at: position)
        let read = !state.reading.isRead(key)
        setRead(read, key, at: position, &state)
        state.reading.keptUnread = read || state.openPosition != position ? nil : key
        state.notice = read ? .markedRead : .markedUnread
        return saveMarks(&state)
    }

    /// `M`: every article the list shows marked read; the ones that were unread are kept for `U`.
    static func markAllRead(_ state: inout AppState) -> [Effect] {
        guard state.reading.loaded else {
            state.notice = .readMarksUnavailable
            return []
        }
        var marked: [ArticleKey] = []
        for row in 0..<state.listCount {
            guard let position = state.article(atRow: row) else { continue }
            let key = state.key(at: position)
            if state.reading.setRead(true, key) {
                marked.append(key)
                state.readPositions.insert(position)
            }
        }
        state.reading.lastMarkAll = marked
        // `U` now undoes this, the latest change.
        state.list.cleared = nil
        state.reading.keptUnread = nil
        recountUnread(&state)
        state.notice = .markedAllRead(count: marked.count)
        return saveMarks(&state)
    }

    /// `U`: the articles the last `M` marked are unread again, exactly those (one level).
    static func undoMarkAll(_ state: inout AppState) -> [Effect] {
        guard let marked = state.reading.lastMarkAll else {
            state.notice = .markAllNothingToUndo
            return []
        }
        state.reading.lastMarkAll = nil
        for key in marked where state.reading.setRead(false, key) {
            if let position = position(of: key, state) { state.readPositions.remove(position) }
        }
        recountUnread(&state)
        state.notice = .markAllUndone(count: marked.count)
        return saveMarks(&state)
    }

    /// `.` / `,`: the next or previous unread row after the selected one (in the list) or the
    /// open article's row (elsewhere, where the article is then opened). No wrap-around.
    static func jumpToUnread(_ state: inout AppState, forward: Bool) -> [Effect] {
        guard state.reading.loaded else {
            state.notice = .readMarksUnavailable
            return []
        }
        let start = state.focus == .list ? state.list.selected
            : state.openPosition.flatMap(state.row(ofArticle:)) ?? state.list.selected
        let step = forward ? 1 : -1
        var row = start + step
        while row >= 0 && row < state.listCount {
            if let position = state.article(atRow: row), !state.readPositions.contains(position) {
                state.list.selected = row
                keepListSelectionVisible(&state)
                return state.focus == .list ? [] : open(&state, article: position, target: .resume)
            }
            row += step
        }
        state.notice = forward ? .unreadNoneAfter : .unreadNoneBefore
        return []
    }

    /// Sets a mark and keeps `readPositions` and the unread count up; false when it was so.
    @discardableResult
    static func setRead(_ read: Bool, _ key: ArticleKey, at position: Int?, _ state: inout AppState) -> Bool {
        guard state.reading.setRead(read, key) else { return false }
        guard let position else { return true }
        let changed = read ? state.readPositions.insert(position).inserted : state.readPositions.remove(position) != nil
        if changed, let unread = state.list.unread, state.row(ofArticle: position) != nil {
            state.list.unread = max(0, unread + (read ? -1 : 1))
        }
        return true
    }

    /// The read positions from the reading state, for a new catalogue or reading state.
    static func rebuildReadPositions(_ state: inout AppState) {
        var read = Set<Int>()
        for (key, entry) in state.reading.entries where entry.read {
            if let position = state.catalogue.position(location: key.location, id: key.id) { read.insert(position) }
        }
        state.readPositions = read
    }

    /// The unread articles among the list's rows: one pass over a filter's rows, none without.
    static func recountUnread(_ state: inout AppState) {
        guard state.reading.loaded else {
            state.list.unread = nil
            return
        }
        if let rows = state.list.filter?.rows {
            let read = state.readPositions
            state.list.unread = read.isEmpty ? rows.count : rows.reduce(0) { $0 + (read.contains($1) ? 0 : 1) }
        } else {
            state.list.unread = max(0, state.catalogue.count - state.readPositions.count)
        }
    }

    /// The marks changed by hand, written now.
    static func saveMarks(_ state: inout AppState) -> [Effect] {
        let batch = readingBatch(&state)
        return batch.isEmpty ? [] : [.saveReading(batch)]
    }

    // MARK: the order

    /// The order the list follows: `relevance` needs a sector filter, else newest.
    static func effectiveOrder(_ state: AppState) -> ListOrder {
        let order = state.list.order
        return order.needsSectors && (state.list.filter?.sectors.isEmpty ?? true) ? .newest : order
    }

    /// `s`: the next order: newest first, oldest first, by outlet, file order, then under a
    /// sector filter by relevance. The selected article stays selected.
    static func cycleOrder(_ state: inout AppState) {
        let sectors = !(state.list.filter?.sectors.isEmpty ?? true)
        let cycle: [ListOrder] = [.newest, .oldest, .outlet, .corpus] + (sectors ? [.relevance] : [])
        let current = cycle.firstIndex(of: effectiveOrder(state)) ?? 0
        setOrder(cycle[(current + 1) % cycle.count], &state)
        state.notice = .listOrdered(effectiveOrder(state))
    }

    /// Sets the order; the catalogue is sorted again only when the base order changes
    /// (O(n log n) once), filter rows are put in the new order.
    static func setOrder(_ order: ListOrder, _ state: inout AppState) {
        let keep = listAnchor(state)
        state.list.order = order
        if state.ordering.order != order.base || state.ordering.count != state.catalogue.count {
            state.ordering = state.catalogue.ordering(order)
        }
        if state.list.filter != nil { computeRows(&state) }
        reselect(&state, keeping: keep)
    }
}
