/// Moving in the article list.
extension App {
    /// Rows of the list for the current size (as if the list were on screen).
    static func listHeight(_ state: AppState) -> Int {
        let rect = state.layout(showing: .list).rect(of: .list)
        return max(1, (rect?.height ?? state.size.height) - 2)
    }

    static func moveList(_ state: inout AppState, _ motion: Motion) {
        let count = state.listCount
        guard count > 0 else { return }
        let target = Int64(state.list.selected) + Int64(motion.rows(height: listHeight(state)))
        state.list.selected = Int(max(0, min(Int64(count - 1), target)))
        keepListSelectionVisible(&state)
    }

    static func keepListSelectionVisible(_ state: inout AppState) {
        state.list.scroll = state.list.visibleScroll(height: listHeight(state), count: state.listCount)
    }
}
