import KiosqueCore

/// The bookmark view (`B`) and what acts on bookmarks: Enter jumps to the passage, `e` edits the
/// note, `T` the tags, `d` deletes, `u` undoes, `x` exports; the list filter's sectors (and entity) apply.
extension App {
    /// `B`: the bookmark view (which takes the focus, so that `j`/`k` move in it; the store is
    /// read again, another reader may have added bookmarks), or back to the outline.
    static func toggleBookmarkView(_ state: inout AppState) -> [Effect] {
        if state.side.view == .bookmarks {
            state.side.view = .outline
            state.side.scroll = 0
            clampSideScroll(&state)
            return []
        }
        state.side.view = .bookmarks
        state.side.scroll = 0
        state.zoomed = false
        state.focus = .side
        keepBookmarkSelectionVisible(&state)
        return [.loadBookmarks]
    }

    /// True when the bookmark view has the keys.
    static func inBookmarkView(_ state: AppState) -> Bool { state.focus == .side && state.side.view == .bookmarks }

    /// The bookmarks the view lists: those the list filter keeps, newest first (`BookmarkState.shown`).
    static func shownBookmarks(_ state: AppState) -> [Bookmark] { state.bookmarks.shown }

    /// Gives the bookmark view the list filter's criteria (after any change of the filter).
    static func syncBookmarkCriteria(_ state: inout AppState) {
        state.bookmarks.show(BookmarkCriteria(filter: state.list.filter, match: state.list.sectorMatch))
    }

    static func selectedBookmark(_ state: AppState) -> Bookmark? {
        let shown = shownBookmarks(state)
        let position = state.bookmarks.selectedPosition
        return shown.indices.contains(position) ? shown[position] : nil
    }

    static func moveBookmarks(_ state: inout AppState, _ motion: Motion) {
        let shown = shownBookmarks(state)
        guard !shown.isEmpty else { return }
        let perPage = max(1, sideHeight(state) / BookmarkPanelLayout.entryHeight)
        let target = Int64(state.bookmarks.selectedPosition) + Int64(motion.rows(height: perPage))
        state.bookmarks.selected = shown[Int(max(0, min(Int64(shown.count - 1), target)))].id
        keepBookmarkSelectionVisible(&state)
    }

    /// Pins the selection to the bookmark it shows (the first when none is chosen or it is no
    /// longer shown) and keeps its rows on screen.
    static func keepBookmarkSelectionVisible(_ state: inout AppState) {
        let rows = BookmarkPanelLayout.rows(state, width: max(1, sideWidth(state)))
        let shown = shownBookmarks(state)
        let position = state.bookmarks.selectedPosition
        state.bookmarks.selected = shown.indices.contains(position) ? shown[position].id : nil
        guard let first = rows.firstIndex(where: { $0.entry == position }) else {
            state.bookmarks.scroll = 0
            return
        }
        let last = rows.lastIndex { $0.entry == position } ?? first
        let height = sideHeight(state)
        var top = min(state.bookmarks.scroll, max(0, rows.count - height))
        if first < top { top = first }
        if last >= top + height { top = min(first, last - height + 1) }
        state.bookmarks.scroll = max(0, top)
    }

    /// Enter in the bookmark view: opens the bookmark's article with the cursor on the passage's
    /// first sentence and the view on it. A bookmark whose article is not in the open corpus says
    /// so instead; one whose passage is no longer found (detached) opens the article where the
    /// user was and says why (decided once the article has arrived).
    static func jumpToSelectedBookmark(_ state: inout AppState) -> [Effect] {
        guard let bookmark = selectedBookmark(state) else { return [] }
        guard let id = state.bookmarks.placement(of: bookmark.id)?.article else {
            state.notice = .bookmarkNotInCorpus(location: bookmark.article.location)
            return []
        }
        return open(&state, id: id, target: .bookmark(bookmark.id))
    }

    /// `d` in the bookmark view: deletes the selected bookmark (`u` brings it back).
    static func deleteSelectedBookmark(_ state: inout AppState) -> [Effect] {
        let position = state.bookmarks.selectedPosition
        guard let bookmark = selectedBookmark(state), let removed = state.bookmarks.remove(bookmark.id) else { return [] }
        // The one that takes its place is selected (the one before, when it was the last).
        let shown = shownBookmarks(state)
        state.bookmarks.selected = shown.isEmpty ? nil : shown[min(position, shown.count - 1)].id
        state.bookmarks.deleted.append(removed)
        state.notice = .bookmarkDeleted
        keepBookmarkSelectionVisible(&state)
        return [.deleteBookmark(removed.id)]
    }

    /// `u` in the bookmark view: restores the last bookmark deleted in this session and selects it.
    static func undoLastDelete(_ state: inout AppState) -> [Effect] {
        guard let bookmark = state.bookmarks.deleted.popLast() else {
            state.notice = .bookmarkNothingToUndo
            return []
        }
        let effects = state.bookmarks.insert(bookmark, catalogue: state.catalogue, open: state.open)
        state.bookmarks.selected = bookmark.id
        keepBookmarkSelectionVisible(&state)
        state.notice = .bookmarkRestored
        return [.restoreBookmark(bookmark.id)] + effects
    }

    /// `x`: a press review (Markdown, and HTML beside it) of the bookmarks the filter shows, in the
    /// interface language; by tag when some have tags (`ReviewOutline`). First the prompt for its
    /// title, when the review would hold something (else the status line says why, nothing asked).
    static func exportBookmarks(_ state: inout AppState) -> [Effect] {
        guard reviewContents(&state) != nil else { return [] }
        var editor = LineEditor(text: "", limit: Self.reviewTitleLimit)
        editor.keepCursorVisible(width: reviewTitleFieldWidth(state))
        state.bookmarks.reviewTitle = editor
        return []
    }

    /// The longest review title (characters).
    static let reviewTitleLimit = 200

    /// A key while the title prompt is open: Enter writes the review under the title typed
    /// (empty: the default title), Esc and Ctrl-C close it with nothing written.
    static func updateReviewTitle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var editor = state.bookmarks.reviewTitle else { return [] }
        if key == .ctrl("c") {
            state.bookmarks.reviewTitle = nil
            state.notice = .exportCancelled
            return []
        }
        switch editor.handle(key) {
        case .ignored, .edited, .limited:
            editor.keepCursorVisible(width: reviewTitleFieldWidth(state))
            state.bookmarks.reviewTitle = editor
            return []
        case .cancel:
            state.bookmarks.reviewTitle = nil
            state.notice = .exportCancelled
            return []
        case .submit:
            state.bookmarks.reviewTitle = nil
            // The bookmarks are taken again: the store may have sent new ones while typing.
            guard var request = reviewContents(&state) else { return [] }
            let title = editor.text.trimmingCharacters(in: .whitespacesAndNewlines)
            request.title = title.isEmpty ? nil : title
            return [.exportReview(request)]
        }
    }

    /// Columns of the title prompt's field in the hint row (after its label).
    static func reviewTitleFieldWidth(_ state: AppState) -> Int {
        max(1, state.layout.hints.width - 1 - DisplayWidth.of(state.strings[.promptReviewTitle]))
    }

    /// The review `x` writes (no title yet): the bookmarks shown and, with a period filter, only
    /// those whose article is dated in the period (undated ones out), the period's first and last
    /// days said under the title. Nil (the notice says why) when that leaves no bookmark.
    static func reviewContents(_ state: inout AppState) -> ReviewRequest? {
        var bookmarks = shownBookmarks(state)
        guard !bookmarks.isEmpty else {
            state.notice = .exportNothing
            return nil
        }
        var start: ArticleDate?, end: ArticleDate?
        if let period = state.list.filter?.period {
            // A relative period needs today, which the launcher sets; a range of dates does not.
            let today: Int? = { if case .range = period { return state.list.today ?? 0 } else { return state.list.today } }()
            bookmarks = today.map { day in bookmarks.filter { period.contains($0.article.date, today: day) } } ?? []
            guard !bookmarks.isEmpty else {
                state.notice = .exportNothingInPeriod(period: period.description)
                return nil
            }
            if let today {
                let days = period.days(today: today)
                start = days.first.flatMap(DatePeriod.date(days:))
                end = days.last.flatMap(DatePeriod.date(days:))
            }
        }
        return ReviewRequest(bookmarks: bookmarks, language: state.display.language,
                             sectorOrder: state.sectors.sectors.map(\.name),
                             preferredSectors: state.list.filter?.sectors ?? [], periodStart: start, periodEnd: end)
    }

    /// The live bookmark of the open article whose passage holds the cursor sentence, if any.
    static func bookmarkUnderCursor(_ state: AppState) -> Bookmark? {
        guard let id = state.reader.article, let cursor = state.reader.cursor,
              let sentence = state.openArticle?.sentence(at: cursor)?.range else { return nil }
        return state.bookmarks.ranges(inArticle: id).last { $0.range.overlaps(sentence) }?.bookmark
    }

    /// The first key name of an action in the live key map (for messages), or the action's name.
    static func firstKeyName(_ action: Action, _ state: AppState) -> String {
        state.keyMap.binding(for: action)?.keyNames.first ?? action.rawValue
    }
}
