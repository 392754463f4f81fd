import KiosqueCore

/// The note editor of a bookmark (`b`, or `e` in the bookmark view): a one-line field in place
/// of the hint bar, where `#words` are the bookmark's tags (`BookmarkTags.split`); also the tag
/// editor (`T` in the bookmark view: only the tags). Enter saves (the new bookmark, or the changed
/// note or tags), Esc cancels.
public struct NoteEditorState: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        /// A new bookmark on `range` of an article, made on Enter.
        case new(article: ArticleID, range: TextRange)
        /// The note of an existing bookmark.
        case edit(BookmarkID)
        /// The tags of an existing bookmark, alone (words, `#` optional).
        case tags(BookmarkID)
    }

    public var purpose: Purpose
    public var editor: LineEditor

    /// The most characters typing or pasting may bring a note to (a note stored longer, from an
    /// import, is kept whole until the user deletes from it).
    public static let noteLimit = 10_000

    public init(purpose: Purpose, editor: LineEditor = LineEditor()) {
        self.purpose = purpose
        self.editor = editor
    }
}
