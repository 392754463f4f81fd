import KiosqueTUI
import Testing
@testable import KiosqueCurses

/// Decoding of `wget_wch` results into keys, without a terminal.
///
/// Only KiosqueCurses imports CNcursesw: the curses constants are spelled here from curses.h.
struct KeyDecoderTests {
    private let OK: Int32 = 0, ERR: Int32 = -1, KEY_CODE_YES: Int32 = 0o400
    private let KEY_DOWN: Int32 = 0o402, KEY_UP: Int32 = 0o403, KEY_BACKSPACE: Int32 = 0o407
    private let KEY_F0: Int32 = 0o410, KEY_DC: Int32 = 0o512, KEY_NPAGE: Int32 = 0o522
    private let KEY_PPAGE: Int32 = 0o523, KEY_ENTER: Int32 = 0o527, KEY_BTAB: Int32 = 0o541
    private let KEY_MOUSE: Int32 = 0o631, KEY_RESIZE: Int32 = 0o632

    private func key(_ status: Int32, _ code: Int32) -> InputEvent? {
        KeyDecoder.decode(status: status, code: UInt32(bitPattern: code), size: { Size(width: 70, height: 20) })
    }

    @Test("characters, accented and wide ones included")
    func characters() {
        #expect(key(OK, 0x71) == .key(.character("q")))
        #expect(key(OK, 0xE9) == .key(.character("é")))
        #expect(key(OK, 0x6F22) == .key(.character("漢")))
        #expect(key(OK, 0x20) == .key(.character(" ")))
    }

    @Test("control codes: Ctrl-letters, Tab, Enter, Backspace, Esc, Ctrl-C, Ctrl-L")
    func controls() {
        #expect(key(OK, 4) == .key(.ctrl("d")))
        #expect(key(OK, 1) == .key(.ctrl("a")))
        #expect(key(OK, 26) == .key(.ctrl("z")))
        #expect(key(OK, 9) == .key(.tab))
        #expect(key(OK, 10) == .key(.enter))
        #expect(key(OK, 13) == .key(.enter))
        #expect(key(OK, 127) == .key(.backspace))
        #expect(key(OK, 8) == .key(.backspace))
        #expect(key(OK, 27) == .key(.escape))
        #expect(key(OK, 3) == .interrupt)
        #expect(key(OK, 12) == .redraw)
        #expect(key(OK, 0) == nil)
        #expect(key(OK, 0x85) == nil)
    }

    @Test("function keys and resize")
    func functionKeys() {
        #expect(key(KEY_CODE_YES, KEY_UP) == .key(.up))
        #expect(key(KEY_CODE_YES, KEY_DOWN) == .key(.down))
        #expect(key(KEY_CODE_YES, KEY_NPAGE) == .key(.pageDown))
        #expect(key(KEY_CODE_YES, KEY_PPAGE) == .key(.pageUp))
        #expect(key(KEY_CODE_YES, KEY_BTAB) == .key(.backTab))
        #expect(key(KEY_CODE_YES, KEY_DC) == .key(.delete))
        #expect(key(KEY_CODE_YES, KEY_ENTER) == .key(.enter))
        #expect(key(KEY_CODE_YES, KEY_BACKSPACE) == .key(.backspace))
        #expect(key(KEY_CODE_YES, KEY_F0 + 5) == .key(.function(5)))
        #expect(key(KEY_CODE_YES, KEY_RESIZE) == .resize(Size(width: 70, height: 20)))
        #expect(key(KEY_CODE_YES, KEY_MOUSE) == nil)
        #expect(key(ERR, 0) == nil)
    }
}
