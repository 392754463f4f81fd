/// Focus, focus mode and going back.
extension App {
    static func focus(_ state: inout AppState, on panel: Panel) {
        state.zoomed = false
        state.focus = panel
        keepListSelectionVisible(&state)
    }

    static func toggleZoom(_ state: inout AppState) {
        state.zoomed.toggle()
        if state.zoomed { state.focus = .reader }
        followCursor(&state)
    }

    /// Esc: leave focus mode first, then go back to the list.
    static func back(_ state: inout AppState) {
        if state.zoomed {
            state.zoomed = false
            followCursor(&state)
        } else if state.focus != .list {
            state.focus = .list
            keepListSelectionVisible(&state)
        } else if state.list.filter != nil {
            clearFilter(&state)
        }
    }

    /// A new terminal size: every panel reflows; the reader keeps the passage at its top row
    /// and its cursor in view, the list keeps its selection in view.
    static func resize(_ state: inout AppState, to size: Size) {
        state.size = size
        keepListSelectionVisible(&state)
        if let context = ReaderContext(state) {
            let top = context.layout.position(ofOffset: state.reader.topOffset)
            state.reader.topOffset = context.layout.anchorOffset(of: top)
        }
        followCursor(&state)
        clampSideScroll(&state)
        clampNoteEditor(&state)
        clampSearchPrompt(&state)
        let reviewWidth = reviewTitleFieldWidth(state)
        state.bookmarks.reviewTitle?.keepCursorVisible(width: reviewWidth)
    }
}
