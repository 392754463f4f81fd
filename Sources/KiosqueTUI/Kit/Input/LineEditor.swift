/// A one-line text field as a value: the text, a cursor between graphemes, and the first grapheme
/// shown when the text is wider than the field (horizontal scrolling). Pure: the note editor of
/// bookmarks uses it, and the search prompt will.
///
/// The cursor counts grapheme clusters (what the user sees as one character: `é` typed as `e` +
/// U+0301, a CJK ideograph, a flag), so Left, Right, Backspace and Delete move or remove whole
/// characters, and widths come from `DisplayWidth` (a wide character takes two columns).
///
/// Keys: Left/Right, Home/End and Ctrl-a/Ctrl-e move; Backspace and Delete (Ctrl-d) remove the
/// character before or under the cursor; Ctrl-u and Ctrl-k remove everything before or after it,
/// Ctrl-w the word before it; any other character is inserted. Enter and Esc are the caller's.
public struct LineEditor: Hashable, Sendable {
    /// The text typed so far.
    public private(set) var text: String
    /// The cursor, in graphemes from the start (0...text.count).
    public private(set) var cursor: Int
    /// The first grapheme shown (kept by `keepCursorVisible(width:)`).
    public private(set) var scroll: Int = 0

    /// An editor holding `text`, the cursor at its end.
    public init(text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// What a key did.
    public enum Response: Hashable, Sendable {
        /// The text or the cursor changed (or the key was an editing key with nothing to do).
        case edited
        /// Enter: the caller takes the text.
        case submit
        /// Esc: the caller drops the edit.
        case cancel
        /// Not an editing key (function keys, Tab, PgUp...): ignored.
        case ignored
    }

    /// Applies a key.
    public mutating func handle(_ key: Key) -> Response {
        switch key {
        case .enter: return .submit
        case .escape: return .cancel
        case .character(let character): insert(character)
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .backspace: deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        case .ctrl("w"): deleteWordBackward()
        default: return .ignored
        }
        return .edited
    }

    // MARK: Editing

    /// Inserts text at the cursor; the cursor goes after it. A combining mark typed after a
    /// letter joins it (`e` then U+0301 is one `é`), so the cursor stays after the joined character.
    public mutating func insert(_ inserted: some StringProtocol) {
        let (before, after) = split()
        let head = before + String(inserted)
        text = head + after
        cursor = min(text.count, head.count)
    }

    public mutating func insert(_ character: Character) { insert(String(character)) }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }

    /// Removes the character before the cursor (a whole grapheme: a wide character, a letter
    /// with its combining accents).
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        var characters = Array(text)
        characters.remove(at: cursor - 1)
        text = String(characters)
        cursor -= 1
    }

    /// Removes the character under the cursor.
    public mutating func deleteForward() {
        var characters = Array(text)
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
        text = String(characters)
    }

    public mutating func deleteToStart() {
        text = String(text.dropFirst(cursor))
        cursor = 0
    }

    public mutating func deleteToEnd() { text = String(text.prefix(cursor)) }

    /// Removes the spaces before the cursor, then the word before them.
    public mutating func deleteWordBackward() {
        var characters = Array(text)
        var start = cursor
        while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
        while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        text = String(characters)
        cursor = start
    }

    /// The text before and after the cursor.
    private func split() -> (String, String) {
        let index = text.index(text.startIndex, offsetBy: min(cursor, text.count))
        return (String(text[..<index]), String(text[index...]))
    }

    // MARK: Display

    /// What a field `width` columns wide shows: the visible text (with `…` at an end where text
    /// is hidden) and the column of the cursor in it.
    public struct Window: Hashable, Sendable {
        public var text: String
        public var cursorColumn: Int
    }

    /// The visible part for the current scroll (clamped), cursor column included.
    public func window(width: Int) -> Window {
        let characters = Array(text)
        let widths = characters.map(Self.width)
        let s = max(0, min(scroll, cursor, characters.count))
        let span = visibleSpan(from: s, width: width, widths: widths)
        var out = span.left ? "…" : ""
        var column = span.left ? 1 : 0
        var cursorColumn = column
        for i in s..<span.end {
            if i == cursor { cursorColumn = column }
            out.append(characters[i])
            column += widths[i]
        }
        if cursor >= span.end { cursorColumn = column }
        if span.right { out += "…" }
        return Window(text: out, cursorColumn: min(cursorColumn, max(0, width - 1)))
    }

    /// Moves the scroll as little as possible so that the cursor is inside a field `width`
    /// columns wide; when the end of the text is shown and there is room on the left, text
    /// comes back in from the left (after a deletion).
    public mutating func keepCursorVisible(width: Int) {
        let widths = Array(text).map(Self.width)
        var s = min(scroll, cursor)
        while s < cursor && !isCursorVisible(from: s, width: width, widths: widths) { s += 1 }
        while s > 0 && !visibleSpan(from: s - 1, width: width, widths: widths).right { s -= 1 }
        scroll = s
    }

    /// Graphemes shown from `start`: up to `end` (exclusive), `left` / `right` when `…` marks
    /// hidden text at that end. A column is kept after the text for the cursor at the end.
    private func visibleSpan(from start: Int, width: Int, widths: [Int]) -> (end: Int, left: Bool, right: Bool) {
        let left = start > 0
        var room = max(0, width - (left ? 1 : 0))
        let rest = widths[start...].reduce(0, +)
        if rest + 1 <= room { return (widths.count, left, false) }
        room = max(0, room - 1)
        var end = start
        var used = 0
        while end < widths.count && used + widths[end] <= room {
            used += widths[end]
            end += 1
        }
        return (end, left, true)
    }

    private func isCursorVisible(from start: Int, width: Int, widths: [Int]) -> Bool {
        guard start <= cursor else { return false }
        let span = visibleSpan(from: start, width: width, widths: widths)
        return cursor < span.end || (cursor == widths.count && !span.right)
    }

    /// Columns of a grapheme in the field, as `Grid.put` draws it.
    static func width(_ character: Character) -> Int { DisplayWidth.of(SafeText.replacement(for: character) ?? character) }
}
