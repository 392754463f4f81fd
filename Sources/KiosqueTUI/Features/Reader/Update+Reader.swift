import KiosqueCore

/// The reader: the passage cursor, scrolling (opening is in `Update+Open`).
///
/// `j`/`k` move the cursor sentence by sentence across paragraphs and the view follows;
/// pages scroll the view and put the cursor on the first sentence visible; `g`/`G` go to the
/// first and last sentence.
extension App {
    static func moveReader(_ state: inout AppState, _ motion: Motion) {
        guard let context = ReaderContext(state), let cursor = state.reader.cursor else { return }
        let article = context.article
        switch motion {
        case .down:
            state.reader.cursor = article.shownSentence(after: cursor) ?? cursor
            followCursor(&state, context)
        case .up:
            state.reader.cursor = article.shownSentence(before: cursor) ?? cursor
            followCursor(&state, context)
        case .top:
            state.reader.cursor = article.firstShownSentence
            followCursor(&state, context)
        case .bottom:
            state.reader.cursor = article.lastShownSentence
            followCursor(&state, context)
        case .page, .halfPage:
            scrollReader(&state, context, rows: motion.rows(height: context.height))
        }
    }

    /// Scrolls the view by `rows` and puts the cursor on the first sentence visible; when the
    /// view cannot move further, the cursor goes to the first or last sentence instead.
    static func scrollReader(_ state: inout AppState, _ context: ReaderContext, rows: Int) {
        let layout = context.layout
        let top = context.top(state.reader.topOffset)
        var newTop = layout.advance(top, by: rows)
        if rows > 0 { newTop = min(newTop, max(top, layout.lastTop(height: context.height))) }
        if newTop == top {
            state.reader.cursor = rows > 0 ? context.article.lastShownSentence : context.article.firstShownSentence
            followCursor(&state, context)
            return
        }
        state.reader.topOffset = layout.anchorOffset(of: newTop)
        state.reader.cursor = context.firstVisibleSentence(top: newTop) ?? state.reader.cursor
    }

    /// Scrolls the reader so that the cursor sentence is visible with some context.
    static func followCursor(_ state: inout AppState) {
        guard let context = ReaderContext(state) else { return }
        followCursor(&state, context)
    }

    static func followCursor(_ state: inout AppState, _ context: ReaderContext) {
        guard let cursor = state.reader.cursor else { return }
        let top = context.top(state.reader.topOffset)
        state.reader.topOffset = context.layout.anchorOffset(of: context.follow(cursor: cursor, top: top))
    }
}
