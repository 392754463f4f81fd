import KiosqueCore

/// The passage under the cursor and the selection (`v`, `V`, Esc): a passage is whole sentences,
/// from the selection's start to the cursor sentence, across paragraphs.
extension App {
    /// `v`: starts a selection at the cursor sentence (`j`/`k` and the other motions then extend
    /// it); again: clears it.
    static func toggleSelection(_ state: inout AppState) {
        guard requireReader(&state), let cursor = state.reader.cursor else { return }
        state.reader.selection = state.reader.selection == nil ? cursor : nil
    }

    /// `V`: selects the cursor's paragraph (the cursor goes to its last sentence, so `j` extends
    /// into the next paragraph); on a selection that is already that paragraph, clears it.
    static func selectParagraph(_ state: inout AppState) {
        guard requireReader(&state), let cursor = state.reader.cursor, let article = state.openArticle else { return }
        let count = article.paragraphs[cursor.paragraph].sentences.count
        let first = SentenceIndex(paragraph: cursor.paragraph, sentence: 0)
        let last = SentenceIndex(paragraph: cursor.paragraph, sentence: max(0, count - 1))
        if let span = selectedSentences(state), span.first == first, span.last == last, state.reader.selection != nil {
            state.reader.selection = nil
            return
        }
        state.reader.selection = first
        state.reader.cursor = last
        followCursor(&state)
    }

    /// The selected sentences (first and last, in reading order), nil without a selection.
    static func selectedSentences(_ state: AppState) -> (first: SentenceIndex, last: SentenceIndex)? {
        guard let anchor = state.reader.selection, let cursor = state.reader.cursor else { return nil }
        return (min(anchor, cursor), max(anchor, cursor))
    }

    /// The passage `b` bookmarks: the selection, else the cursor sentence; as source offsets from
    /// the first sentence's start to the last one's end.
    static func passageRange(_ state: AppState) -> TextRange? {
        guard let article = state.openArticle, let cursor = state.reader.cursor else { return nil }
        let (first, last) = selectedSentences(state) ?? (cursor, cursor)
        guard let start = article.sentence(at: first)?.range.start, let end = article.sentence(at: last)?.range.end else { return nil }
        return TextRange(start, end)
    }

    /// True when the reader has the focus and an article is open; else says where to go.
    static func requireReader(_ state: inout AppState) -> Bool {
        if state.focus == .reader, state.reader.cursor != nil { return true }
        state.notice = .bookmarkReaderOnly
        return false
    }
}
