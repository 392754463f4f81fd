import KiosqueCore

/// The list's order and sector filter last from one start to the next: any change is kept
/// (`Effect.saveListView`), and `restore(view:)` brings it back before the first frame.
extension App {
    /// The list's view now.
    static func listView(_ state: AppState) -> ListView {
        ListView(order: state.list.order, sectors: state.list.filter?.sectors ?? [], match: state.list.sectorMatch)
    }

    /// The view to keep when it differs from the one kept last, which it becomes.
    static func changedListView(_ state: inout AppState) -> ListView? {
        let view = listView(state)
        guard view != state.list.keptView else { return nil }
        state.list.keptView = view
        return view
    }

    /// The order and sectors kept at the last session, at start: sector names are checked when
    /// the taxonomy arrives (`receive(classifier:)`: an unknown one is dropped and named).
    public static func restore(view: ListView, _ state: inout AppState) {
        state.list.keptView = view
        state.list.sectorMatch = view.sectorMatch
        if !view.sectors.isEmpty {
            var filter = state.list.filter ?? ListFilter()
            filter.sectors = view.sectors
            setFilter(filter, &state, keeping: state.selectedArticle)
        }
        if let order = view.listOrder, order != state.list.order { setOrder(order, &state) }
    }
}
