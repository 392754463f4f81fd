/// Makes article text safe to draw: nothing from an article ever reaches the terminal raw.
///
/// C0 controls become the Control Pictures symbols (ESC -> ␛), DEL -> ␡, C1 controls and
/// bidirectional overrides and isolates (U+202A-202E, U+2066-2069, which would reorder the
/// line on screen) become `⍰`-style visible marks. Tabs become a space.
public enum SafeText {
    /// The visible replacement for a character, or nil when it is safe as it is.
    public static func replacement(for character: Character) -> Character? {
        for scalar in character.unicodeScalars where needsReplacing(scalar) {
            return visibleSymbol(for: scalar)
        }
        return nil
    }

    /// True for scalars that must never be written to a terminal as they are.
    public static func needsReplacing(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        if v == 0x200E || v == 0x200F || v == 0x061C { return true } // directional marks
        if (0xD800...0xDFFF).contains(v) || v == 0xFFFE || v == 0xFFFF { return true }
        return false
    }

    static func visibleSymbol(for s: Unicode.Scalar) -> Character {
        let v = s.value
        if v == 0x09 { return " " }
        if v < 0x20, let pic = Unicode.Scalar(0x2400 + v) { return Character(pic) } // ␀..␟
        if v == 0x7F { return "\u{2421}" } // ␡
        return "\u{FFFD}" // C1 controls, bidi overrides: the replacement character, width 1
    }

    /// A whole string with every unsafe character replaced.
    public static func sanitize(_ string: String) -> String {
        // Most text is safe: one pass over the scalars, no copy.
        guard string.unicodeScalars.contains(where: needsReplacing) else { return string }
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for ch in string { out.append(replacement(for: ch) ?? ch) }
        return out
    }
}
