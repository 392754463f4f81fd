import KiosqueCore

/// The list's order and filters last from one start to the next (`view.json`): any change is
/// kept (`Effect.saveListView`), and `restore(view:)` brings it back before the first frame.
/// A search is kept once submitted (not while typed); at start it is asked again
/// (`Message.started`), an entity no article mentions any more is dropped and named
/// (`checkViewEntity`), an unknown sector too (`receive(classifier:)`).
extension App {
    /// The list's view now: the search as submitted (while the prompt is open, the one in force
    /// when it opened).
    static func listView(_ state: AppState) -> ListView {
        let filter = state.list.filter
        let search = state.search.prompt.map { $0.previous?.text } ?? filter?.search?.text
        return ListView(order: state.list.order, sectors: filter?.sectors ?? [], match: state.list.sectorMatch,
                        search: search, entity: filter?.entity, outlet: filter?.outlet, period: filter?.period)
    }

    /// The view to keep when it differs from the one kept last, which it becomes.
    static func changedListView(_ state: inout AppState) -> ListView? {
        let view = listView(state)
        guard view != state.list.keptView else { return nil }
        state.list.keptView = view
        return view
    }

    /// The view kept at the last session, at start: its search is asked for when the reader
    /// starts (`startViewSearch`); sector names are checked when the taxonomy arrives.
    public static func restore(view: ListView, _ state: inout AppState) {
        state.list.keptView = view
        state.list.sectorMatch = view.sectorMatch
        if !view.hasNoFilter {
            let effects = apply(view: view, &state)
            state.views.startSearch = effects.lazy.compactMap { effect -> SearchRequest? in
                if case .search(let request) = effect { return request }
                return nil
            }.first
        } else if let order = view.listOrder, order != state.list.order {
            setOrder(order, &state)
        }
        state.list.keptView = listView(state)
    }
}
