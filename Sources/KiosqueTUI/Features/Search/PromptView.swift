/// The one-line prompts, drawn in place of the hint bar: the note editor (`Note: ` then the
/// text) and the search (`Search: ` then the query, the count of matching articles at the right
/// end). The visible part of the text scrolls (`…` where it is cut); the terminal cursor is in it.
enum PromptView {
    /// Draws the open prompt and returns where the terminal cursor goes.
    @discardableResult
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) -> Position? {
        guard !rect.isEmpty else { return nil }
        if let editing = state.noteEditor {
            let label: StringKey = { if case .tags = editing.purpose { return .promptTags } else { return .promptNote } }()
            return draw(label: state.strings[label], editor: editing.editor, info: nil, infoWidth: 0, state, in: rect, into: &grid)
        }
        if let prompt = state.views.prompt {
            let label = state.strings[prompt.kind == .period ? .promptPeriod : .promptViewName]
            return draw(label: label, editor: prompt.editor, info: nil, infoWidth: 0, state, in: rect, into: &grid)
        }
        if let editor = state.bookmarks.reviewTitle {
            return draw(label: state.strings[.promptReviewTitle], editor: editor, info: nil, infoWidth: 0, state, in: rect, into: &grid)
        }
        if let prompt = state.search.prompt {
            return draw(label: state.strings[.promptSearch], editor: prompt.editor, info: searchInfo(state),
                        infoWidth: PromptLayout.searchInfoWidth(state), state, in: rect, into: &grid)
        }
        return nil
    }

    private static func draw(label: String, editor: LineEditor, info: String?, infoWidth: Int, _ state: AppState,
                             in rect: Rect, into grid: inout Grid) -> Position {
        let theme = state.theme
        grid.fill(rect, with: Cell(" ", style: theme.style(for: .promptText)))
        let x = grid.put(label, x: rect.x, y: rect.y, style: theme.style(for: .promptLabel), maxX: rect.maxX)
        let fieldEnd = rect.maxX - infoWidth
        let window = editor.window(width: max(1, fieldEnd - x - 1))
        grid.put(window.text, x: x, y: rect.y, style: theme.style(for: .promptText), maxX: max(x, fieldEnd))
        if let info, infoWidth > 1 {
            let text = Truncation.truncate(info, width: infoWidth - 1)
            grid.put(text, x: rect.maxX - DisplayWidth.of(text), y: rect.y, style: theme.style(for: .promptInfo), maxX: rect.maxX)
        }
        return Position(x: x + window.cursorColumn, y: rect.y)
    }

    /// `37 articles` (with `…` while a newer answer is awaited; `500+ articles…` while only the
    /// first rows are in), `searching…` before the first
    /// answer, nothing without a search.
    static func searchInfo(_ state: AppState) -> String? {
        guard let search = state.list.filter?.search else { return nil }
        guard let matches = search.matches else { return state.strings[.searchSearching] }
        if search.firstRowsOnly {
            return state.strings.format(.searchCountAtLeast, ["count": state.strings.number(matches.count)]) + "…"
        }
        return count(matches.count, state) + (search.pending != nil ? "…" : "")
    }

    /// `no article`, `1 article`, `5,030 articles`.
    static func count(_ value: Int, _ state: AppState) -> String {
        switch value {
        case 0: return state.strings[.searchCountNone]
        case 1: return state.strings[.searchCountOne]
        default: return state.strings.format(.searchCountMany, ["count": state.strings.number(value)])
        }
    }
}
