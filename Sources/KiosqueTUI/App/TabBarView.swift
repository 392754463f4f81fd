/// The tab bar of the one-panel layout: ` [Articles]  Reader   Details`, the shown panel in
/// brackets and reverse.
enum TabBarView {
    static func names(_ state: AppState) -> [(Panel, String)] {
        [(.list, state.strings[.panelList]), (.reader, state.strings[.panelReader]), (.side, SidePanelView.title(state))]
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        var x = rect.x + 1
        for (panel, name) in names(state) {
            let active = panel == state.focus
            let label = active ? "[\(name)]" : " \(name) "
            x = grid.put(label, x: x, y: rect.y, style: state.theme.style(for: active ? .tabActive : .tabInactive), maxX: rect.maxX)
            x = grid.put(" ", x: x, y: rect.y, maxX: rect.maxX)
        }
    }
}
