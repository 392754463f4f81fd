import KiosqueCore

/// Entity keys: jumping between mentions, types on and off, the entity view, highlight, filter.
extension App {
    /// `]` / `[`: marks the next or previous mention after the mark (or, when the cursor has
    /// left the mark's sentence, after the cursor sentence's start), moves the cursor to its
    /// sentence and the view with it. Only shown types count; when an entity is highlighted and
    /// mentioned in the article, only its mentions. No wrap-around at either end.
    static func jumpToEntity(_ state: inout AppState, forward: Bool) {
        guard let context = ReaderContext(state) else { return }
        let article = context.article
        let mentions = jumpTargets(state)
        guard !mentions.isEmpty else { return }
        let cursorRange = state.reader.cursor.flatMap { article.sentence(at: $0)?.range }
        let reference: TextRange
        if let mark = state.reader.mark, cursorRange.map({ $0.contains(mark.start) }) ?? true {
            reference = mark
        } else {
            let start = cursorRange?.start ?? 0
            // An empty range just before the cursor sentence: `]` finds its first mention.
            reference = forward ? TextRange(start - 1, start - 1) : TextRange(start, start)
        }
        let target = forward
            ? mentions.first { ($0.range.start, $0.range.end) > (reference.start, reference.end) }
            : mentions.last { ($0.range.start, $0.range.end) < (reference.start, reference.end) }
        guard let target else { return }
        mark(target, in: article, &state, context)
    }

    /// The mentions `]` and `[` visit in the open article: shown types, in shown paragraphs, and
    /// only the highlighted entity's when it is mentioned there.
    static func jumpTargets(_ state: AppState) -> [Entity] {
        guard let open = state.open else { return [] }
        let article = open.article
        var mentions = state.entities.visible(open.entities)
            .filter { article.shownSentence(containing: $0.range.start) != nil }
        if let key = state.entities.highlighted {
            let own = mentions.filter { state.entities.mentions(key, $0) }
            if !own.isEmpty { mentions = own }
        }
        return mentions
    }

    /// Marks a mention and brings its sentence into view under the cursor.
    static func mark(_ entity: Entity, in article: Article, _ state: inout AppState, _ context: ReaderContext) {
        state.reader.mark = entity.range
        if let sentence = article.shownSentence(containing: entity.range.start) {
            state.reader.cursor = sentence
            followCursor(&state, context)
        }
    }

    /// `F1`..`F4`: shows or hides a type; a hidden mark is dropped.
    static func toggle(_ kind: EntityKind, _ state: inout AppState) {
        if state.entities.hidden.contains(kind) {
            state.entities.hidden.remove(kind)
        } else {
            state.entities.hidden.insert(kind)
            if let mark = state.reader.mark,
               state.open?.entities.contains(where: { $0.range == mark && $0.kind == kind }) == true {
                state.reader.mark = nil
            }
        }
    }

    /// `E`: the entity view (which takes the focus, so that `j`/`k` move in it), or back to
    /// the outline and details.
    static func toggleEntityView(_ state: inout AppState) {
        state.side.scroll = 0
        if state.side.view != .entities {
            state.side.view = .entities
            state.zoomed = false
            state.focus = .side
            keepEntitySelectionVisible(&state)
        } else {
            state.side.view = .outline
            clampSideScroll(&state)
        }
    }

    /// The open article's entities, grouped for the entity view.
    static func summary(_ state: AppState) -> EntitySummary {
        EntitySummary(state.open?.entities ?? [], index: state.entities.index)
    }

    /// The entity selected in the entity view.
    static func selectedEntity(_ state: AppState) -> EntityKey? {
        let items = summary(state).items
        let position = entityPosition(state, in: items)
        return items.indices.contains(position) ? items[position].key : nil
    }

    /// The selected entity's position in `items`: its key, or the canonical name the index has
    /// since given it (`Lavrov` became `Sergueï Lavrov`); the first when it is gone.
    static func entityPosition(_ state: AppState, in items: [EntitySummary.Item]) -> Int {
        guard let key = state.side.entity else { return 0 }
        if let here = items.firstIndex(where: { $0.key == key }) { return here }
        let canonical = state.entities.index?.canonical(key) ?? key
        return items.firstIndex { $0.key == canonical } ?? 0
    }

    /// Enter in the entity view: highlights every mention of the selected entity and marks the
    /// first; Enter on the highlighted one turns the highlight off.
    static func highlightSelectedEntity(_ state: inout AppState) {
        guard let key = selectedEntity(state) else { return }
        if state.entities.highlighted == key {
            state.entities.highlighted = nil
            return
        }
        state.entities.highlighted = key
        guard let context = ReaderContext(state), let first = jumpTargets(state).first(where: { state.entities.mentions(key, $0) }) else { return }
        mark(first, in: context.article, &state, context)
    }

    /// `f`: the list keeps only the articles that mention the selected entity (in the entity
    /// view) or the marked one (in the reader), with the sector filter if any; the entity is
    /// highlighted and the list focused.
    static func filterBySelectedEntity(_ state: inout AppState) {
        var key: EntityKey?
        if state.focus == .side && state.side.view == .entities {
            key = selectedEntity(state)
        } else if let mark = state.reader.mark {
            key = state.open?.entities.first { $0.range == mark }.map(state.entities.key(of:))
        }
        guard let key else { return }
        let keep = state.selectedArticle ?? state.openPosition
        var filter = state.list.filter ?? ListFilter()
        filter.entity = key
        state.entities.highlighted = key
        setFilter(filter, &state, keeping: keep)
        focus(&state, on: .list)
    }
}
