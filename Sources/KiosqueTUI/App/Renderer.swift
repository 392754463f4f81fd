/// State -> frame: the layout, then each view in its rectangle, then the help overlay.
enum Renderer {
    static func frame(for state: AppState) -> Frame {
        var grid = Grid(size: state.size)
        let layout = state.layout
        if layout.mode == .tooSmall {
            TooSmallView.draw(state, into: &grid)
            return Frame(base: grid)
        }
        if let bar = layout.tabBar { TabBarView.draw(state, in: bar, into: &grid) }
        for (panel, rect) in layout.panels.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            switch panel {
            case .list: ArticleListView.draw(state, in: rect, into: &grid)
            case .reader: ReaderView.draw(state, in: rect, into: &grid)
            case .side: SidePanelView.draw(state, in: rect, into: &grid)
            }
        }
        StatusBarView.draw(state, in: layout.status, into: &grid)
        var cursor: Position?
        if state.noteEditor != nil || state.search.prompt != nil || state.views.prompt != nil
            || state.bookmarks.reviewTitle != nil {
            cursor = PromptView.draw(state, in: layout.hints, into: &grid)
        } else {
            HintBarView.draw(state, in: layout.hints, into: &grid)
        }
        return Frame(base: grid, overlays: [LegendView.overlay(state), SectorPickerView.overlay(state), SectorWhyView.overlay(state), ViewsPickerView.overlay(state),
                                                   ProblemsView.overlay(state), HelpView.overlay(state)].compactMap { $0 }, cursor: cursor)
    }
}
