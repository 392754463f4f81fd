/// The one-line prompt of the note editor, drawn in place of the hint bar: `Note: ` then the
/// visible part of the text (`…` where it is scrolled), the terminal cursor in it.
enum PromptView {
    /// Columns of the text field for the current size.
    static func fieldWidth(_ state: AppState) -> Int {
        let row = state.layout.hints
        return max(1, row.width - 1 - DisplayWidth.of(state.strings[.promptNote]))
    }

    /// Draws the prompt and returns where the terminal cursor goes.
    @discardableResult
    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) -> Position? {
        guard let editing = state.noteEditor, !rect.isEmpty else { return nil }
        grid.fill(rect, with: Cell(" ", style: state.theme.style(for: .promptText)))
        let x = grid.put(state.strings[.promptNote], x: rect.x, y: rect.y, style: state.theme.style(for: .promptLabel), maxX: rect.maxX)
        let window = editing.editor.window(width: max(1, rect.maxX - x - 1))
        grid.put(window.text, x: x, y: rect.y, style: state.theme.style(for: .promptText), maxX: rect.maxX)
        return Position(x: x + window.cursorColumn, y: rect.y)
    }
}
