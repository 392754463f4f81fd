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
///
/// The text is held as graphemes with their widths, so a key costs what it changes plus the width
/// of the field, not the length of the text (a 20 MB note made every key take 1.1 s, a paste of
/// 20,000 characters 28 s); `limit` caps what typing and pasting may add.
public struct LineEditor: Hashable, Sendable {
    /// The text's graphemes, and the columns each takes in the field.
    private var characters: [Character]
    private var widths: [Int]
    /// The cursor, in graphemes from the start (0...characters.count).
    public private(set) var cursor: Int
    /// The first grapheme shown (kept by `keepCursorVisible(width:)`).
    public private(set) var scroll: Int = 0
    /// The most graphemes typing and pasting may bring the text to (nil: no limit). A text given
    /// at the start may be longer: it is kept whole (nothing is lost unless the user deletes it),
    /// but nothing more can be inserted.
    public let limit: Int?

    /// An editor holding `text`, the cursor at its end.
    public init(text: String = "", limit: Int? = nil) {
        characters = Array(text)
        widths = characters.map(Self.width)
        cursor = characters.count
        self.limit = limit
    }

    /// The text typed so far.
    public var text: String { String(characters) }

    /// Graphemes in the text.
    public var count: Int { characters.count }

    /// What a key did.
    public enum Response: Hashable, Sendable {
        /// The text or the cursor changed (or the key was an editing key with nothing to do).
        case edited
        /// Text was inserted, cut short (or not at all) by `limit`.
        case limited
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
        case .character(let character): return insert(character) ? .edited : .limited
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
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
    /// Returns false when `limit` cut the text inserted (or left no room for it).
    @discardableResult
    public mutating func insert(_ inserted: some StringProtocol) -> Bool {
        var new = Array(String(inserted))
        var whole = true
        if let limit, characters.count + new.count > limit {
            new = Array(new.prefix(max(0, limit - characters.count)))
            whole = false
        }
        guard !new.isEmpty else { return whole }
        // Only the graphemes next to the insertion can join it: re-split them with it.
        let start = max(0, cursor - 1)
        let end = min(characters.count, cursor + 1)
        let head = String(characters[start..<cursor]) + String(new)
        let joined = Array(head + String(characters[cursor..<end]))
        characters.replaceSubrange(start..<end, with: joined)
        widths.replaceSubrange(start..<end, with: joined.map(Self.width))
        cursor = start + min(joined.count, head.count)
        return whole
    }

    @discardableResult
    public mutating func insert(_ character: Character) -> Bool { insert(String(character)) }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }

    /// Removes the character before the cursor (a whole grapheme: a wide character, a letter
    /// with its combining accents).
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        remove(cursor - 1..<cursor)
        cursor -= 1
    }

    /// Removes the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        remove(cursor..<cursor + 1)
    }

    public mutating func deleteToStart() {
        remove(0..<cursor)
        cursor = 0
    }

    public mutating func deleteToEnd() { remove(cursor..<characters.count) }

    /// Removes the spaces before the cursor, then the word before them.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0 && characters[start - 1].isWhitespace { start -= 1 }
        while start > 0 && !characters[start - 1].isWhitespace { start -= 1 }
        remove(start..<cursor)
        cursor = start
    }

    private mutating func remove(_ range: Range<Int>) {
        characters.removeSubrange(range)
        widths.removeSubrange(range)
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
        let s = max(0, min(scroll, cursor, characters.count))
        let span = visibleSpan(from: s, width: width)
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
    /// comes back in from the left (after a deletion). Costs the width of the field, not the
    /// length of the text.
    public mutating func keepCursorVisible(width: Int) {
        var s = min(scroll, cursor)
        if !isCursorVisible(from: s, width: width) {
            // The first start that shows the cursor: walk back from it, adding up the columns
            // (the cursor's, and `…` on either side), then check, and step forward if needed.
            let right = cursor < widths.count ? 1 : 0
            var used = cursor < widths.count ? widths[cursor] : 1
            s = cursor
            while s > 0 && used + widths[s - 1] + (s - 1 > 0 ? 1 : 0) + right <= width {
                used += widths[s - 1]
                s -= 1
            }
            while s < cursor && !isCursorVisible(from: s, width: width) { s += 1 }
        }
        while s > 0 && !visibleSpan(from: s - 1, width: width).right { s -= 1 }
        scroll = s
    }

    /// Graphemes shown from `start`: up to `end` (exclusive), `left` / `right` when `…` marks
    /// hidden text at that end. A column is kept after the text for the cursor at the end.
    private func visibleSpan(from start: Int, width: Int) -> (end: Int, left: Bool, right: Bool) {
        let left = start > 0
        let room = max(0, width - (left ? 1 : 0))
        // The rest fits with a column for the cursor after it (looked at only up to `room`).
        var rest = 0
        var index = start
        while index < widths.count && rest + 1 <= room {
            rest += widths[index]
            index += 1
        }
        if index == widths.count && rest + 1 <= room { return (widths.count, left, false) }
        let shown = max(0, room - 1)
        var end = start
        var used = 0
        while end < widths.count && used + widths[end] <= shown {
            used += widths[end]
            end += 1
        }
        return (end, left, true)
    }

    private func isCursorVisible(from start: Int, width: Int) -> Bool {
        guard start <= cursor else { return false }
        let span = visibleSpan(from: start, width: width)
        return cursor < span.end || (cursor == widths.count && !span.right)
    }

    /// Columns of a grapheme in the field, as `Grid.put` draws it.
    static func width(_ character: Character) -> Int { DisplayWidth.of(SafeText.replacement(for: character) ?? character) }
}
