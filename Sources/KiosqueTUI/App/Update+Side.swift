/// Scrolling the side panel.
extension App {
    static func sideHeight(_ state: AppState) -> Int {
        let rect = ScreenLayout(size: state.size, focus: .side, zoomed: false).rect(of: .side)
        return max(1, (rect?.height ?? state.size.height) - 2)
    }

    static func moveSide(_ state: inout AppState, _ motion: Motion) {
        let target = Int64(state.side.scroll) + Int64(motion.rows(height: sideHeight(state)))
        state.side.scroll = Int(max(0, min(Int64(Int.max / 4), target)))
        clampSideScroll(&state)
    }

    static func clampSideScroll(_ state: inout AppState) {
        let rows = SidePanelView.content(state, width: max(1, sideWidth(state))).rowCount
        state.side.scroll = max(0, min(state.side.scroll, rows - sideHeight(state)))
    }

    static func sideWidth(_ state: AppState) -> Int {
        (ScreenLayout(size: state.size, focus: .side, zoomed: false).rect(of: .side)?.width ?? state.size.width) - 2
    }
}
