import Foundation
import KiosqueCore

/// The note editor: `b` opens it for a new bookmark, `e` (bookmark view) for a bookmark's note
/// and tags (`#tag` words), `T` (bookmark view) for its tags alone. While open it takes every key
/// but Ctrl-C: printable keys are text, never key-map actions.
extension App {
    /// `b`: bookmarks the selection, else the cursor sentence, once the note is typed. A passage
    /// already bookmarked exactly so opens its note instead (no duplicate).
    static func startBookmark(_ state: inout AppState) {
        guard requireReader(&state), let id = state.reader.article, let range = passageRange(state) else { return }
        if let existing = state.bookmarks.ranges(inArticle: id).first(where: { $0.range == range })?.bookmark {
            openNoteEditor(&state, .edit(existing.id), text: BookmarkTags.editorText(note: existing.note, tags: existing.tags))
            state.notice = .bookmarkAlready
            return
        }
        openNoteEditor(&state, .new(article: id, range: range), text: "")
    }

    /// `e` in the bookmark view: the selected bookmark's note, then its tags as `#tag`, to change.
    static func editSelectedNote(_ state: inout AppState) {
        guard let bookmark = selectedBookmark(state) else { return }
        openNoteEditor(&state, .edit(bookmark.id), text: BookmarkTags.editorText(note: bookmark.note, tags: bookmark.tags))
    }

    /// `T` in the bookmark view: the selected bookmark's tags alone (`#a #b `, the cursor after
    /// them), to change; words typed there are tags, with or without `#`.
    static func editSelectedTags(_ state: inout AppState) {
        guard let bookmark = selectedBookmark(state) else { return }
        let text = BookmarkTags.written(bookmark.tags)
        openNoteEditor(&state, .tags(bookmark.id), text: text.isEmpty ? "" : text + " ")
    }

    static func openNoteEditor(_ state: inout AppState, _ purpose: NoteEditorState.Purpose, text: String) {
        var editor = LineEditor(text: text, limit: NoteEditorState.noteLimit)
        editor.keepCursorVisible(width: PromptLayout.fieldWidth(state))
        state.noteEditor = NoteEditorState(purpose: purpose, editor: editor)
    }

    /// A key while the editor is open: Enter saves, Esc cancels, Ctrl-C saves and says so, the
    /// rest edits the text.
    static func updateNoteEditor(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var editing = state.noteEditor else { return [] }
        // The state lets go of its copy, so the edit changes the text in place (no copy per key).
        state.noteEditor = nil
        if key == .ctrl("c") {
            // Ctrl-C (`App.takesInterrupt`): what was typed is kept, as Enter keeps it, and said;
            // a second Ctrl-C, the editor closed, ends the program.
            state.notice = .noteKeptOnInterrupt
            return submit(editing, &state)
        }
        let response = editing.editor.handle(key)
        switch response {
        case .edited, .limited:
            // A paste comes as keys: each one past the limit says so (the next key clears it).
            if response == .limited { state.notice = .noteLimit(NoteEditorState.noteLimit) }
            editing.editor.keepCursorVisible(width: PromptLayout.fieldWidth(state))
            state.noteEditor = editing
            return []
        case .ignored:
            state.noteEditor = editing
            return []
        case .cancel:
            if case .new = editing.purpose { state.notice = .bookmarkCancelled }
            return []
        case .submit:
            return submit(editing, &state)
        }
    }

    /// Enter: the new bookmark, or the new note and tags, go to the store. The note is kept as
    /// typed, composed (NFC) and trimmed of surrounding spaces, less its `#tags`.
    static func submit(_ editing: NoteEditorState, _ state: inout AppState) -> [Effect] {
        let typed = editing.editor.text.precomposedStringWithCanonicalMapping
        if case .tags(let id) = editing.purpose {
            guard let bookmark = state.bookmarks.bookmark(id) else { return [] }
            let tags = BookmarkTags.parse(list: typed)
            guard tags != bookmark.tags else { return [] }
            state.bookmarks.setTags(tags, of: id)
            return [.updateTags(id, tags)]
        }
        let (note, tags) = Self.noteAndTags(typed)
        switch editing.purpose {
        case .tags:
            return []
        case .new(let id, let range):
            guard let article = state.open, article.id == id else { return [] }
            let sectors = openSectors(state)?.article == id ? openSectors(state)?.analysis : nil
            // Entities under the corpus's canonical names (a bare `Macron` filed as `Emmanuel Macron`).
            let entities = article.entities.map { entity in
                var named = entity
                named.canonical = state.entities.key(of: entity).name
                return named
            }
            var draft = BookmarkDraft(article: article.article, range: range, analysis: sectors, entities: entities)
            draft.note = note
            draft.tags = tags
            state.reader.selection = nil
            return [.saveBookmark(draft)]
        case .edit(let id):
            guard let bookmark = state.bookmarks.bookmark(id) else { return [] }
            state.bookmarks.setNote(note, of: id)
            var effects: [Effect] = [.updateNote(id, note)]
            if tags != bookmark.tags {
                state.bookmarks.setTags(tags, of: id)
                effects.append(.updateTags(id, tags))
            }
            return effects
        }
    }

    /// The note (trimmed of surrounding spaces) and the `#tags` of the editor's text; a text
    /// without tags is the note as typed.
    static func noteAndTags(_ typed: String) -> (note: String, tags: [String]) {
        let split = BookmarkTags.split(note: typed)
        guard !split.tags.isEmpty else { return (typed.trimmingCharacters(in: .whitespaces), []) }
        return split
    }

    /// Keeps the editor's cursor in its field after a resize.
    static func clampNoteEditor(_ state: inout AppState) {
        let width = PromptLayout.fieldWidth(state)
        state.noteEditor?.editor.keepCursorVisible(width: width)
    }
}
