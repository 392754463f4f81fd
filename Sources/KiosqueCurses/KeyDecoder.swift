internal import CNcursesw
import KiosqueTUI

/// Turns the result of `wget_wch` into an input event.
enum KeyDecoder {
    /// Decodes a `wget_wch` result: `status` is `OK` for a character, `KEY_CODE_YES` for a
    /// function key. Returns nil for what the reader does not use (unknown keys, mouse...).
    static func decode(status: Int32, code: UInt32, size: () -> Size) -> InputEvent? {
        if status == KEY_CODE_YES {
            if code == UInt32(KEY_RESIZE) { return .resize(size()) }
            return functionKey(Int32(bitPattern: code)).map(InputEvent.key)
        }
        guard status == OK else { return nil }
        return character(code)
    }

    /// A character read as `OK`: control codes become named keys, the rest text.
    static func character(_ code: UInt32) -> InputEvent? {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 8, 127: return .key(.backspace)
        case 3: return .interrupt
        case 12: return .redraw
        case 27: return .key(.escape)
        case 1...26:
            guard let letter = Unicode.Scalar(code + 96) else { return nil }
            return .key(.ctrl(Character(letter)))
        case 0..<32, 128..<160:
            return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// A key code (`KEY_*`) read as `KEY_CODE_YES`.
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BTAB: return .backTab
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case (KEY_F0 + 1)...(KEY_F0 + 24): return .function(Int(code - KEY_F0))
        default: return nil
        }
    }
}
