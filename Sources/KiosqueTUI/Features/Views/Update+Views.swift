import KiosqueCore

/// The period filter (`p`), saved views (`S` saves, `W` picks, recalls and deletes) and a view
/// applied to the list (a recalled one, or the one kept at the last session).
///
/// A view names its criteria (sector names, a search's text, an entity, an outlet, a period):
/// applying it sets them all at once through `setFilter`, asks for its search (`Effect.search`),
/// and sets its order; a view's entity no article mentions any more is dropped and named.
extension App {
    // MARK: the prompts

    /// `p`: the period prompt, on the period in force (empty: none).
    static func openPeriodPrompt(_ state: inout AppState) {
        var editor = LineEditor(text: state.list.filter?.period?.description ?? "")
        editor.keepCursorVisible(width: viewsFieldWidth(.period, state))
        state.views.prompt = ViewsPrompt(kind: .period, editor: editor)
    }

    /// The longest view name (characters).
    static let viewNameLimit = 80

    /// `S`: the prompt for the name of the view to save. Refused while `views.json` cannot be
    /// read (it would be written over).
    static func openSaveViewPrompt(_ state: inout AppState) {
        if let problem = state.views.fileProblem {
            state.notice = .viewsFileBroken(reason: problem)
            return
        }
        state.views.prompt = ViewsPrompt(kind: .name, editor: LineEditor(text: "", limit: Self.viewNameLimit))
    }

    /// A key while a prompt is open: Enter applies it, Esc and Ctrl-C close it with nothing changed.
    static func updateViewsPrompt(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var prompt = state.views.prompt else { return [] }
        if key == .ctrl("c") {
            state.views.prompt = nil
            state.notice = .promptCancelled
            return []
        }
        switch prompt.editor.handle(key) {
        case .ignored, .edited, .limited:
            prompt.editor.keepCursorVisible(width: viewsFieldWidth(prompt.kind, state))
            state.views.prompt = prompt
            return []
        case .cancel:
            state.views.prompt = nil
            return []
        case .submit:
            let text = prompt.editor.text
            switch prompt.kind {
            case .period:
                return submitPeriod(text, &state)
            case .name:
                return saveView(named: text, &state)
            }
        }
    }

    /// Columns of a prompt's field in the hint row (after its label).
    static func viewsFieldWidth(_ kind: ViewsPrompt.Kind, _ state: AppState) -> Int {
        let label = state.strings[kind == .period ? .promptPeriod : .promptViewName]
        return max(1, state.layout.hints.width - 1 - DisplayWidth.of(label))
    }

    /// Enter in the period prompt: the period read (empty: none) becomes the list's; a text that
    /// is not a period keeps the prompt open and says why.
    static func submitPeriod(_ text: String, _ state: inout AppState) -> [Effect] {
        var period: DatePeriod?
        if !text.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                period = try DatePeriod(parsing: text)
            } catch {
                state.notice = .periodInvalid(error)
                return []
            }
        }
        state.views.prompt = nil
        setPeriod(period, &state)
        return []
    }

    /// Sets the period filter (nil: none), keeping the other criteria and the selection.
    static func setPeriod(_ period: DatePeriod?, _ state: inout AppState) {
        let keep = state.focus == .list ? state.selectedArticle : state.openPosition ?? state.selectedArticle
        var filter = state.list.filter ?? ListFilter()
        filter.period = period
        setFilter(filter, &state, keeping: keep)
        focus(&state, on: .list)
    }

    /// Enter in the name prompt: the list's view saved under the name (a view of that name,
    /// case and accents ignored, is replaced in place), then written (`Effect.saveViews`).
    static func saveView(named text: String, _ state: inout AppState) -> [Effect] {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
            state.notice = .viewNameEmpty
            return []
        }
        state.views.prompt = nil
        let view = SavedView(name: name, view: listView(state))
        let key = SavedViewsFile.key(name)
        if let index = state.views.saved.firstIndex(where: { SavedViewsFile.key($0.name) == key }) {
            state.views.saved[index] = view
            state.notice = .viewReplaced(name: name)
        } else {
            state.views.saved.append(view)
            state.notice = .viewSaved(name: name)
        }
        return [.saveViews(state.views.saved)]
    }

    // MARK: the picker

    /// `W`: the picker of saved views, or closes it.
    static func toggleViewsPicker(_ state: inout AppState) {
        if state.views.picker != nil {
            state.views.picker = nil
            return
        }
        if let problem = state.views.fileProblem {
            state.notice = .viewsFileBroken(reason: problem)
            return
        }
        guard !state.views.saved.isEmpty || state.views.lastDeleted != nil else {
            state.notice = .viewsNone(save: firstKeyName(.saveView, state))
            return
        }
        state.views.picker = ViewsPicker()
    }

    /// A key while the picker is open: `j`/`k` move, Enter recalls, `d` deletes (`u` brings it
    /// back), Esc or `W` close, `q` quits; the rest is ignored.
    static func updateViewsPicker(_ action: Action, _ state: inout AppState) -> [Effect] {
        guard var picker = state.views.picker else { return [] }
        let count = state.views.saved.count
        switch action {
        case .quit:
            state.views.picker = nil
            return quit(&state)
        case .back, .viewPicker:
            state.views.picker = nil
        case .help:
            state.help = HelpState()
        case .open:
            guard picker.selected < count else { return [] }
            let saved = state.views.saved[picker.selected]
            state.views.picker = nil
            let effects = apply(view: saved.view, &state)
            state.notice = .viewRecalled(name: saved.name)
            return effects
        case .deleteBookmark:
            guard picker.selected < count else { return [] }
            let removed = state.views.saved.remove(at: picker.selected)
            state.views.lastDeleted = DeletedView(view: removed, index: picker.selected)
            picker.selected = max(0, min(picker.selected, state.views.saved.count - 1))
            state.views.picker = picker
            state.notice = .viewDeleted(name: removed.name, undo: firstKeyName(.undoDelete, state))
            return [.saveViews(state.views.saved)]
        case .undoDelete:
            guard let deleted = state.views.lastDeleted else {
                state.notice = .viewsNothingToUndo
                return []
            }
            state.views.lastDeleted = nil
            let index = min(deleted.index, state.views.saved.count)
            let key = SavedViewsFile.key(deleted.view.name)
            state.views.saved.removeAll { SavedViewsFile.key($0.name) == key }
            state.views.saved.insert(deleted.view, at: min(index, state.views.saved.count))
            picker.selected = state.views.saved.firstIndex(of: deleted.view) ?? 0
            state.views.picker = picker
            state.notice = .viewRestored(name: deleted.view.name)
            return [.saveViews(state.views.saved)]
        default:
            if let motion = Motion(action), count > 0 {
                let target = Int64(picker.selected) + Int64(motion.rows(height: max(1, count)))
                picker.selected = Int(max(0, min(Int64(count - 1), target)))
                state.views.picker = picker
            }
        }
        return []
    }

    // MARK: applying a view

    /// Sets every criterion and the order of `view` (nothing of the filter before stays); its
    /// search is asked for, its entity checked against the entity index when it is in.
    static func apply(view: ListView, _ state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        var filter = ListFilter()
        filter.sectors = view.sectors
        filter.outlet = view.outlet.flatMap { $0.isEmpty ? nil : $0 }
        filter.period = view.datePeriod
        filter.entity = view.entity?.key
        let query = view.search.flatMap { try? SearchQuery($0, typing: false) }
        if let query {
            filter.search = ListSearch(query: query, matches: [], catalogue: state.catalogueSerial)
        }
        state.list.sectorMatch = view.sectorMatch
        state.entities.highlighted = nil
        state.views.restoredEntity = filter.entity
        setFilter(filter, &state, keeping: state.selectedArticle)
        if let order = view.listOrder, order != state.list.order { setOrder(order, &state) }
        // Asked once the view's criteria and order are in: its first rows are the list's head.
        if let query {
            let request = newSearchRequest(query, &state)
            state.list.filter?.search?.pending = request.id
            effects.append(.search(request))
        }
        checkViewEntity(&state)
        return effects
    }

    /// The entity of an applied view, once the entity index is in: kept when an article mentions
    /// it, else dropped from the filter and named in the status line.
    static func checkViewEntity(_ state: inout AppState) {
        guard let entity = state.views.restoredEntity, let index = state.entities.index else { return }
        state.views.restoredEntity = nil
        guard state.list.filter?.entity == entity, index.articles(mentioning: entity).isEmpty else { return }
        var filter = state.list.filter
        filter?.entity = nil
        setFilter(filter, &state, keeping: state.selectedArticle)
        state.statusMessage = .viewEntityGone(name: entity.name)
    }

    /// At start (`Message.started`): the search of the view kept at the last session is asked for.
    static func startViewSearch(_ state: inout AppState) -> [Effect] {
        guard let request = state.views.startSearch else { return [] }
        state.views.startSearch = nil
        guard state.list.filter?.search?.pending == request.id else { return [] }
        return [.search(request)]
    }

    /// The saved views read at start, or why `views.json` cannot be used (said in the status
    /// line; nothing is saved over it).
    public static func receive(savedViews result: Result<[SavedView], SavedViewsError>, _ state: inout AppState) {
        switch result {
        case .success(let views):
            state.views.saved = views
            state.views.fileProblem = nil
        case .failure(let error):
            state.views.saved = []
            state.views.fileProblem = error.description
            let said = Notice.viewsFileBroken(reason: error.description)
            state.statusMessage = state.statusMessage.map { .several([$0, said]) } ?? said
        }
    }

    /// Writing `views.json` failed: said, the views stay in memory for this session.
    static func receive(viewsSaveFailure reason: String, _ state: inout AppState) {
        state.notice = .viewsSaveFailed(reason: reason)
    }
}
