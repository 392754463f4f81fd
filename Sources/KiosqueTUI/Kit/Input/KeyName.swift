/// The names keys have in `keymap.json` and in the help screen: `j`, `?`, `Down`, `Ctrl-d`,
/// `Space`, `PgDn`, `Shift-Tab`, `F1`...
public enum KeyName {
    static let named: [String: Key] = [
        "Space": .character(" "), "Enter": .enter, "Esc": .escape, "Tab": .tab, "Shift-Tab": .backTab,
        "Backspace": .backspace, "Delete": .delete, "Up": .up, "Down": .down, "Left": .left,
        "Right": .right, "Home": .home, "End": .end, "PgUp": .pageUp, "PgDn": .pageDown,
    ]

    /// The key a name stands for, or nil when the name is not one of the known forms.
    public static func parse(_ name: String) -> Key? {
        if let key = named[name] { return key }
        if name.count == 1, let ch = name.first, !ch.isWhitespace, SafeText.replacement(for: ch) == nil {
            return .character(ch)
        }
        if name.hasPrefix("Ctrl-"), name.count == 6, let ch = name.last, ch.isASCII, ch.isLetter {
            return .ctrl(Character(ch.lowercased()))
        }
        if name.hasPrefix("F"), let n = Int(name.dropFirst()), (1...24).contains(n) { return .function(n) }
        return nil
    }

    /// The name of a key as `parse` reads it.
    public static func name(of key: Key) -> String {
        switch key {
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        default: return key.description
        }
    }
}
