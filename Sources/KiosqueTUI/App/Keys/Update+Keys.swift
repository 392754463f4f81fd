/// From a key press to an action, and from an action to the part of the state it concerns.
extension App {
    static func handle(key: Key, _ state: inout AppState) -> [Effect] {
        // Ctrl-c always quits, whatever the key map says, so a broken key map cannot trap the
        // user; but never with a text being typed: the note editor keeps it, the search prompt
        // closes (`takesInterrupt`), and the next Ctrl-c quits.
        if key == .ctrl("c") && !takesInterrupt(state) { return [.quit] }
        // The last answer goes with the next key.
        state.notice = nil
        state.userActed = true
        // The note editor takes every other key: text is never a key-map action there.
        if state.noteEditor != nil { return updateNoteEditor(key, &state) }
        // So does the search prompt.
        if state.search.prompt != nil { return updateSearchPrompt(key, &state) }
        // And the period and view-name prompts.
        if state.views.prompt != nil { return updateViewsPrompt(key, &state) }
        // And the review's title prompt (`x`).
        if state.bookmarks.reviewTitle != nil { return updateReviewTitle(key, &state) }
        if state.picker != nil && state.help == nil && key == .character(" ") {
            togglePickedSector(&state)
            return []
        }
        guard let action = state.keyMap.action(for: key) else { return [] }
        return perform(action, &state, sector: state.keyMap.sector(for: key))
    }

    /// True while a text is being typed (a note, a search): Ctrl-C then comes as a key that
    /// keeps or cancels it, never as the end of the program (the runtime's `interruptIsKey`).
    public static func takesInterrupt(_ state: AppState) -> Bool {
        state.noteEditor != nil || state.search.prompt != nil || state.views.prompt != nil || state.bookmarks.reviewTitle != nil
    }

    /// Applies an action; `sector` is the sector a `toggleSector` key names.
    static func perform(_ action: Action, _ state: inout AppState, sector: String? = nil) -> [Effect] {
        if state.help != nil {
            updateHelp(&state, action)
            return []
        }
        if state.problems != nil {
            updateProblems(&state, action)
            return []
        }
        if state.views.picker != nil { return updateViewsPicker(action, &state) }
        if updatePicker(&state, action) || updateWhy(&state, action) { return [] }
        let before = (article: state.reader.article, cursor: state.reader.cursor)
        defer { noteCursorMoved(&state, from: before) }
        if action != .quit { state.quitArmed = false }
        switch action {
        case .quit: return quit(&state)
        case .help: state.help = HelpState()
        case .zoom: toggleZoom(&state)
        case .nextPanel: focus(&state, on: state.focus.next)
        case .previousPanel: focus(&state, on: state.focus.previous)
        case .panelLeft: focus(&state, on: state.focus == .list ? .list : state.focus.previous)
        case .panelRight: focus(&state, on: state.focus == .side ? .side : state.focus.next)
        case .back:
            if state.entities.legendShown {
                // The legend is on top: Esc closes it first, as it closes every other overlay.
                state.entities.legendShown = false
            } else if state.focus == .reader, state.reader.selection != nil {
                state.reader.selection = nil
            } else {
                back(&state)
            }
        case .nextEntity: jumpToEntity(&state, forward: true)
        case .previousEntity: jumpToEntity(&state, forward: false)
        case .entityView: toggleEntityView(&state)
        case .legend: state.entities.legendShown.toggle()
        case .togglePerson: toggle(.person, &state)
        case .toggleLocation: toggle(.location, &state)
        case .toggleOrganization: toggle(.organization, &state)
        case .toggleDate: toggle(.date, &state)
        case .filterEntity: filterBySelectedEntity(&state)
        case .clearFilter: clearFilter(&state)
        case .toggleSector: if let sector { toggleSector(named: sector, &state) }
        case .sectorPicker: togglePicker(&state)
        case .sectorMatch: toggleSectorMatch(&state)
        case .listOrder: cycleOrder(&state)
        case .toggleRead: return toggleRead(&state)
        case .markAllRead: return markAllRead(&state)
        case .undoMarkAll: return state.list.cleared != nil ? undoClearFilter(&state) : undoMarkAll(&state)
        case .nextUnread: return jumpToUnread(&state, forward: true)
        case .previousUnread: return jumpToUnread(&state, forward: false)
        case .nextSectorPassage: jumpToSectorPassage(&state, forward: true)
        case .previousSectorPassage: jumpToSectorPassage(&state, forward: false)
        case .sectorWhy: toggleWhy(&state)
        case .select: toggleSelection(&state)
        case .selectParagraph: selectParagraph(&state)
        case .bookmark: startBookmark(&state)
        case .bookmarkView: return toggleBookmarkView(&state)
        case .editNote: if inBookmarkView(state) { editSelectedNote(&state) }
        case .deleteBookmark: if inBookmarkView(state) { return deleteSelectedBookmark(&state) }
        case .undoDelete: if inBookmarkView(state) { return undoLastDelete(&state) }
        case .exportBookmarks: return exportBookmarks(&state)
        case .search: openSearchPrompt(&state)
        case .nextMatch: return jumpToMatch(&state, forward: true)
        case .previousMatch: return jumpToMatch(&state, forward: false)
        case .problems: openProblems(&state)
        case .fetchFeeds: return fetchFeeds(&state)
        case .filterOutlet: toggleOutletFilter(&state)
        case .openLink: return openLink(&state)
        case .copyLink: return copyLink(&state)
        case .editTags: if inBookmarkView(state) { editSelectedTags(&state) }
        case .toggleSidePanel: return toggleSidePanel(&state)
        case .widenPanel: return resizePanel(&state, wider: true)
        case .narrowPanel: return resizePanel(&state, wider: false)
        case .periodFilter: openPeriodPrompt(&state)
        case .saveView: openSaveViewPrompt(&state)
        case .viewPicker: toggleViewsPicker(&state)
        case .open:
            if state.focus == .side, state.side.view == .entities {
                highlightSelectedEntity(&state)
            } else if inBookmarkView(state) {
                return jumpToSelectedBookmark(&state)
            } else if state.focus == .list, let index = state.selectedArticle {
                // From a list the search filters, the article opens on its first match.
                return open(&state, article: index, target: activeSearchQuery(state) != nil ? .match(.first) : .resume)
            }
        case .down, .up, .top, .bottom, .pageDown, .pageUp, .halfPageDown, .halfPageUp:
            guard let motion = Motion(action) else { return [] }
            switch state.focus {
            case .list: moveList(&state, motion)
            case .reader: moveReader(&state, motion)
            case .side: moveSide(&state, motion)
            }
        }
        return []
    }
}

/// A movement inside a panel, whatever key asked for it.
enum Motion: Hashable {
    case down, up, top, bottom
    /// Whole pages (1 or -1).
    case page(Int)
    /// Half pages (1 or -1).
    case halfPage(Int)

    init?(_ action: Action) {
        switch action {
        case .down: self = .down
        case .up: self = .up
        case .top: self = .top
        case .bottom: self = .bottom
        case .pageDown: self = .page(1)
        case .pageUp: self = .page(-1)
        case .halfPageDown: self = .halfPage(1)
        case .halfPageUp: self = .halfPage(-1)
        default: return nil
        }
    }

    /// Rows a simple scroll moves for a viewport of `height` rows (pages keep one row of context).
    func rows(height: Int) -> Int {
        switch self {
        case .down: return 1
        case .up: return -1
        case .top: return Int.min / 2
        case .bottom: return Int.max / 2
        case .page(let sign): return sign * max(1, height - 1)
        case .halfPage(let sign): return sign * max(1, height / 2)
        }
    }
}
