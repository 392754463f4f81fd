/// Moving in the side panel: scrolling the outline and details, or the selection in the
/// entity view.
extension App {
    static func sideHeight(_ state: AppState) -> Int {
        let rect = state.layout(showing: .side).rect(of: .side)
        return max(1, (rect?.height ?? state.size.height) - 2)
    }

    static func moveSide(_ state: inout AppState, _ motion: Motion) {
        if state.side.view == .bookmarks {
            moveBookmarks(&state, motion)
            return
        }
        if state.side.view == .entities {
            let items = summary(state).items
            guard !items.isEmpty else { return }
            let target = Int64(entityPosition(state, in: items)) + Int64(motion.rows(height: sideHeight(state)))
            state.side.entity = items[Int(max(0, min(Int64(items.count - 1), target)))].key
            keepEntitySelectionVisible(&state)
            return
        }
        let target = Int64(state.side.scroll) + Int64(motion.rows(height: sideHeight(state)))
        state.side.scroll = Int(max(0, min(Int64(Int.max / 4), target)))
        clampSideScroll(&state)
    }

    static func clampSideScroll(_ state: inout AppState) {
        if state.side.view == .bookmarks {
            keepBookmarkSelectionVisible(&state)
            return
        }
        if state.side.view == .entities {
            keepEntitySelectionVisible(&state)
            return
        }
        let rows = SidePanelLayout.content(state, width: max(1, sideWidth(state))).rowCount
        state.side.scroll = max(0, min(state.side.scroll, rows - sideHeight(state)))
    }

    /// Pins the selection to the entity it shows (the first when none was chosen) and keeps its
    /// row on screen, moving as little as possible.
    static func keepEntitySelectionVisible(_ state: inout AppState) {
        let rows = EntityPanelLayout.rows(state)
        state.side.entity = selectedEntity(state)
        let row = rows.firstIndex(where: \.selected) ?? 0
        // The selected entity's row, and the lines of its spellings under it when there is room.
        var below = row
        while below + 1 < rows.count, rows[below + 1].role == .articleMeta { below += 1 }
        var scroll = ListState(selected: below, scroll: state.side.scroll).visibleScroll(height: sideHeight(state), count: rows.count)
        scroll = ListState(selected: row, scroll: scroll).visibleScroll(height: sideHeight(state), count: rows.count)
        state.side.scroll = scroll
    }

    static func sideWidth(_ state: AppState) -> Int {
        (state.layout(showing: .side).rect(of: .side)?.width ?? state.size.width) - 2
    }
}
