import Testing
@testable import KiosqueTUI

@Suite("LineEditor: a one-line field over graphemes")
struct LineEditorTests {
    /// An editor after typing `keys` (names as in the key map, or any single character).
    func typed(_ keys: [Key], into editor: LineEditor = LineEditor()) -> LineEditor {
        var editor = editor
        for key in keys { _ = editor.handle(key) }
        return editor
    }

    func chars(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test("accented and wide characters are inserted at the cursor, one grapheme each")
    func insertsAccentedAndWideCharacters() {
        var editor = typed(chars("éœü漢"))
        #expect(editor.text == "éœü漢")
        #expect(editor.cursor == 4)
        _ = editor.handle(.left)
        _ = editor.handle(.left)
        _ = editor.handle(.character("à"))
        #expect(editor.text == "éœàü漢")
        #expect(editor.cursor == 3)
        // A combining accent typed after its letter joins it: one grapheme, the cursor after it.
        editor = typed(chars("cafe") + [.character("\u{301}"), .character("!")])
        #expect(editor.text == "cafe\u{301}!")
        #expect(editor.text.count == 5)
        #expect(editor.cursor == 5)
    }

    @Test("Left, Right, Home, End, Ctrl-a and Ctrl-e move within the text and stop at its ends")
    func movesTheCursor() {
        var editor = LineEditor(text: "l’été 漢字")
        #expect(editor.cursor == 8)
        _ = editor.handle(.right)
        #expect(editor.cursor == 8)
        _ = editor.handle(.home)
        #expect(editor.cursor == 0)
        _ = editor.handle(.left)
        #expect(editor.cursor == 0)
        _ = editor.handle(.ctrl("e"))
        #expect(editor.cursor == 8)
        _ = editor.handle(.ctrl("a"))
        _ = editor.handle(.right)
        _ = editor.handle(.right)
        #expect(editor.cursor == 2)
        _ = editor.handle(.end)
        #expect(editor.cursor == 8)
    }

    @Test("Backspace removes a whole wide character, and a letter with its combining accent")
    func backspaceOverWideAndCombining() {
        var editor = LineEditor(text: "a漢b")
        _ = editor.handle(.left)
        _ = editor.handle(.backspace)
        #expect(editor.text == "ab")
        #expect(editor.cursor == 1)
        editor = LineEditor(text: "ne\u{301}")  // `né` written decomposed: two graphemes
        _ = editor.handle(.backspace)
        #expect(editor.text == "n")
        #expect(editor.cursor == 1)
        // A flag (two regional indicators) is one grapheme too.
        editor = LineEditor(text: "FR 🇫🇷")
        _ = editor.handle(.backspace)
        #expect(editor.text == "FR ")
        // At the start, Backspace does nothing.
        editor = LineEditor(text: "é")
        _ = editor.handle(.home)
        _ = editor.handle(.backspace)
        #expect(editor.text == "é")
    }

    @Test("Delete and Ctrl-d remove the character under the cursor; Ctrl-u, Ctrl-k and Ctrl-w remove more")
    func deletions() {
        var editor = LineEditor(text: "漢é字")
        _ = editor.handle(.home)
        _ = editor.handle(.delete)
        #expect(editor.text == "é字")
        _ = editor.handle(.ctrl("d"))
        #expect(editor.text == "字")
        #expect(editor.cursor == 0)
        _ = editor.handle(.end)
        _ = editor.handle(.delete)
        #expect(editor.text == "字")

        editor = LineEditor(text: "reprise de Kidal")
        _ = editor.handle(.ctrl("w"))
        #expect(editor.text == "reprise de ")
        _ = editor.handle(.ctrl("w"))
        #expect(editor.text == "reprise ")
        editor = LineEditor(text: "avant|après")
        for _ in 0..<6 { _ = editor.handle(.left) }
        _ = editor.handle(.ctrl("k"))
        #expect(editor.text == "avant")
        editor = LineEditor(text: "avant|après")
        for _ in 0..<6 { _ = editor.handle(.left) }
        _ = editor.handle(.ctrl("u"))
        #expect(editor.text == "|après")
        #expect(editor.cursor == 0)
    }

    @Test("Enter submits, Esc cancels, keys that do not edit are ignored")
    func responses() {
        var editor = LineEditor(text: "note")
        #expect(editor.handle(.enter) == .submit)
        #expect(editor.handle(.escape) == .cancel)
        #expect(editor.handle(.function(1)) == .ignored)
        #expect(editor.handle(.pageDown) == .ignored)
        #expect(editor.handle(.tab) == .ignored)
        #expect(editor.text == "note")
        #expect(editor.handle(.character("s")) == .edited)
        #expect(editor.text == "notes")
    }

    @Test("the cursor column counts display columns: two for each wide character")
    func cursorColumnAfterWideCharacters() {
        var editor = LineEditor(text: "漢a字")
        #expect(editor.window(width: 20) == LineEditor.Window(text: "漢a字", cursorColumn: 5))
        _ = editor.handle(.left)
        #expect(editor.window(width: 20).cursorColumn == 3)
        _ = editor.handle(.left)
        #expect(editor.window(width: 20).cursorColumn == 2)
    }

    @Test("a text wider than the field scrolls: … marks the hidden side, the cursor stays inside")
    func horizontalScrolling() {
        var editor = LineEditor(text: String(repeating: "漢字é", count: 6)) // 30 columns
        editor.keepCursorVisible(width: 12)
        var window = editor.window(width: 12)
        #expect(window.text.hasPrefix("…"))
        #expect(window.text.hasSuffix("é"), "the end of the text is shown: \(window.text)")
        #expect(DisplayWidth.of(window.text) <= 12)
        #expect(window.cursorColumn == DisplayWidth.of(window.text))
        #expect(window.cursorColumn < 12)
        _ = editor.handle(.home)
        editor.keepCursorVisible(width: 12)
        window = editor.window(width: 12)
        #expect(window.text.hasPrefix("漢字é"))
        #expect(window.text.hasSuffix("…"))
        #expect(window.cursorColumn == 0)
        #expect(DisplayWidth.of(window.text) <= 12)
    }

    @Test("at every cursor position of a mixed text the window fits and shows the cursor's character")
    func everyPositionFits() {
        let text = "Reprise de Kidal : 漢字, l’œuvre, ne\u{301}e 🇫🇷 fin"
        for width in [4, 7, 12, 30] {
            var editor = LineEditor(text: text)
            for position in stride(from: text.count, through: 0, by: -1) {
                editor.keepCursorVisible(width: width)
                let window = editor.window(width: width)
                #expect(DisplayWidth.of(window.text) <= width, "width \(width) at \(position): \(window.text)")
                #expect(window.cursorColumn < width)
                if position < text.count {
                    let characters = Array(text)
                    let shown = Array(window.text)
                    // The character under the cursor is drawn at the cursor's column.
                    var column = 0
                    var found: Character?
                    for ch in shown {
                        if column == window.cursorColumn { found = ch; break }
                        column += DisplayWidth.of(ch)
                    }
                    #expect(found == characters[position], "width \(width) at \(position): \(window.text)")
                }
                _ = editor.handle(.left)
            }
        }
    }

    @Test("after deleting at the end, text comes back in from the left")
    func scrollsBackAfterDeletion() {
        var editor = LineEditor(text: String(repeating: "a", count: 40))
        editor.keepCursorVisible(width: 10)
        #expect(editor.scroll > 0)
        for _ in 0..<35 { _ = editor.handle(.backspace) }
        editor.keepCursorVisible(width: 10)
        #expect(editor.scroll == 0)
        #expect(editor.window(width: 10).text == "aaaaa")
    }
}
