import KiosqueCore

/// How the panels share the screen: `|` folds the side panel, `>` / `<` widen or narrow the
/// focused panel; every change is kept (`Effect.savePanelWidths`) and brought back at start
/// (`restore(panels:)`). The panels reflow as after a resize (`App.update`).
extension App {
    /// Steps of `>` / `<`, in percent: the list's share of the room beside the reader, the side
    /// panel's share of the screen.
    static let listStep = 4
    static let sideStep = 2

    /// `|`: fold the side panel (the focus leaves it for the reader), or show it again.
    static func toggleSidePanel(_ state: inout AppState) -> [Effect] {
        let folded = !state.panels.isSideFolded(width: state.size.width)
        state.panels.sideFolded = folded
        if folded && state.focus == .side && state.layout.mode == .threePanels { state.focus = .reader }
        state.notice = folded ? .sideFolded : .sideShown
        return [.savePanelWidths(state.panels)]
    }

    /// `>` / `<`: the focused panel wider or narrower; the reader widens as the list narrows.
    static func resizePanel(_ state: inout AppState, wider: Bool) -> [Effect] {
        let sign = wider ? 1 : -1
        let widths = state.panels
        switch state.focus {
        case .list: state.panels.list += sign * listStep
        case .reader: state.panels.list -= sign * listStep
        case .side: state.panels.side += sign * sideStep
        }
        // Brought back into range (`PanelWidths.init`).
        state.panels = PanelWidths(list: state.panels.list, side: state.panels.side, sideFolded: state.panels.sideFolded)
        state.notice = .panelWidths(list: state.panels.list, side: state.panels.side)
        return state.panels == widths ? [] : [.savePanelWidths(state.panels)]
    }

    /// The widths kept at the last session, at start; `failure` is why `layout.json` could not
    /// be used (the defaults are, and the status line says so until the next key).
    public static func restore(panels: PanelWidths?, failure: String? = nil, _ state: inout AppState) {
        state.panels = panels ?? .standard
        if let failure { state.notice = .layoutFileIgnored(reason: failure) }
        resize(&state, to: state.size)
    }

    /// What of the layout makes the panels reflow when it changes (not the focus alone, which
    /// moves the one panel shown below 100 columns).
    static func layoutShape(_ state: AppState) -> LayoutShape {
        LayoutShape(panels: state.panels,
                    showsSide: ScreenLayout.showsSide(size: state.size, focus: state.focus, zoomed: state.zoomed, widths: state.panels))
    }

    struct LayoutShape: Equatable {
        var panels: PanelWidths
        var showsSide: Bool
    }
}
