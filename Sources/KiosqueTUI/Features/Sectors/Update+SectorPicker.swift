/// The sector picker (`t`): an overlay listing every sector; it takes the keys while open.
public struct SectorPickerState: Hashable, Sendable {
    /// The row of the sector under the selection (index into the taxonomy's sectors).
    public var selected: Int = 0
    public init(selected: Int = 0) { self.selected = selected }
}

extension App {
    /// `t`: opens the picker (on the first active sector), or closes it.
    static func togglePicker(_ state: inout AppState) {
        if state.picker != nil {
            state.picker = nil
            return
        }
        if let failure = state.sectors.failure {
            state.statusMessage = .sectorUnavailable(reason: failure)
            return
        }
        state.picker = SectorPickerState(selected: activeSectors(state).first ?? 0)
    }

    /// A key while the picker is open: `j`/`k` (and pages) move, Enter toggles, Esc, `t` or `q`
    /// close; the filter keys (`1`..`3`, `0`, `a`, `s`) and help work as everywhere; the rest
    /// is ignored. Space is handled before the key map (it toggles here, it pages elsewhere).
    /// Returns false when the action is not the picker's, for the normal handling.
    static func updatePicker(_ state: inout AppState, _ action: Action) -> Bool {
        guard var picker = state.picker else { return false }
        let count = state.sectors.sectors.count
        switch action {
        case .back, .sectorPicker, .quit:
            state.picker = nil
            return true
        case .open:
            togglePickedSector(&state)
            return true
        case .toggleSector, .clearFilter, .sectorMatch, .listOrder, .help:
            return false
        default:
            if let motion = Motion(action), count > 0 {
                let target = Int64(picker.selected) + Int64(motion.rows(height: max(1, count)))
                picker.selected = Int(max(0, min(Int64(count - 1), target)))
                state.picker = picker
            }
            return true
        }
    }

    /// Enter or Space in the picker: the selected sector in or out of the filter.
    static func togglePickedSector(_ state: inout AppState) {
        guard let picker = state.picker, state.sectors.sectors.indices.contains(picker.selected) else { return }
        toggleSector(named: state.sectors.sectors[picker.selected].name, &state)
    }
}

/// The "why" view (`w`): an overlay with the terms and scores behind the sectors of the open
/// article and of the passage under the cursor; it takes the keys while open.
public struct SectorWhyState: Hashable, Sendable {
    public var scroll: Int = 0
    public init(scroll: Int = 0) { self.scroll = scroll }
}

extension App {
    /// `w`: opens or closes the why view.
    static func toggleWhy(_ state: inout AppState) {
        state.why = state.why == nil ? SectorWhyState() : nil
    }

    /// A key while the why view is open: motions scroll it, `}` / `{` move the cursor to the next
    /// passage (the view follows it), Esc, `w` or `q` close; the sector filter keys and help work
    /// as everywhere (an active sector is listed even where absent); the rest is ignored.
    /// Returns false when the action is not the view's, for the normal handling.
    static func updateWhy(_ state: inout AppState, _ action: Action) -> Bool {
        guard var why = state.why else { return false }
        switch action {
        case .back, .sectorWhy, .quit:
            state.why = nil
            return true
        case .nextSectorPassage, .previousSectorPassage:
            state.why?.scroll = 0
            return false
        case .toggleSector, .clearFilter, .sectorMatch, .listOrder, .help:
            return false
        default:
            if let motion = Motion(action) {
                let metrics = WhyLayout.metrics(state)
                let target = Int64(why.scroll) + Int64(motion.rows(height: metrics.viewport))
                why.scroll = Int(max(0, min(Int64(metrics.maxScroll), target)))
                state.why = why
            }
            return true
        }
    }
}
