import KiosqueCore

/// The widths of the one-line prompts' fields (note editor, search) in the hint row: shared by
/// `PromptView`, which draws them, and `update`, which keeps the text cursor in the field.
enum PromptLayout {
    /// Columns of the note editor's field for the current size.
    static func fieldWidth(_ state: AppState) -> Int {
        let row = state.layout.hints
        // The wider of the two labels, so that the field is the same for notes and tags.
        let label = max(DisplayWidth.of(state.strings[.promptNote]), DisplayWidth.of(state.strings[.promptTags]))
        return max(1, row.width - 1 - label)
    }

    /// Columns kept at the right of the search prompt for the count (fixed, so the field does
    /// not change width while the count changes).
    static func searchInfoWidth(_ state: AppState) -> Int { min(18, state.layout.hints.width / 4) }

    /// Columns of the search field for the current size.
    static func searchFieldWidth(_ state: AppState) -> Int {
        let row = state.layout.hints
        return max(1, row.width - 1 - DisplayWidth.of(state.strings[.promptSearch]) - searchInfoWidth(state))
    }
}
