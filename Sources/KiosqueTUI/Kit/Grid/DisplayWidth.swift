/// Terminal column width of graphemes, computed from Unicode properties (no locale needed).
///
/// Zero for combining marks and format characters, two for East Asian wide and full-width
/// characters and emoji shown as pictures, one otherwise. Control characters never reach this:
/// `SafeText` turns them into visible symbols first.
public enum DisplayWidth {
    /// Width of one grapheme cluster: the width of its first scalar that has one.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { return 2 } // emoji presentation selector
            let w = of(scalar)
            if w > width { width = w }
        }
        return width
    }

    /// The part of a grapheme that every terminal draws in the columns `of` gives: a sequence
    /// joined by U+200D (an emoji family, a profession) is drawn by some terminals as one picture
    /// and by others (tmux) as each part side by side, which pushed the panel border right and
    /// left stale cells; only its first part (with its presentation selector) is drawn.
    public static func drawable(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard scalars.contains(where: { $0.value == 0x200D }), let first = scalars.first else { return character }
        var kept = String.UnicodeScalarView([first])
        if scalars.dropFirst().first?.value == 0xFE0F { kept.append("\u{FE0F}") }
        return Character(String(kept))
    }

    /// Width of one scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B { return 0 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Total width of a string.
    public static func of(_ string: some StringProtocol) -> Int {
        if let width = latinWidth(string) { return width }
        return string.reduce(0) { $0 + of($1) }
    }

    /// A scalar below U+0300 that is not a control: one column, a grapheme of its own, safe to draw.
    @inline(__always)
    static func isPrintableLatin(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x20 && v < 0x7F) || (v >= 0xA0 && v < 0x300)
    }

    /// A scalar that is one column wide, a grapheme of its own and safe to draw, known without
    /// looking up Unicode properties: printable Latin, and the punctuation, symbols and box
    /// drawing lines that French titles and the panels use (`’ « » … • — €`, `─ │`). Bidi controls,
    /// joiners and other format characters (U+2000–U+200F, U+2028–U+202F, U+205F–U+206F) are not.
    @inline(__always)
    static func isSimple(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x300 { return (v >= 0x20 && v < 0x7F) || v >= 0xA0 }
        return (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E) || (v >= 0x20A0 && v <= 0x20C0)
            || (v >= 0x2190 && v <= 0x21FF) || (v >= 0x2500 && v <= 0x259F)
    }

    /// The width of a string whose scalars are all below U+0300 (no combining mark, no wide
    /// character: each scalar is its own grapheme but CR LF, whose width is 0), summed by
    /// scalar without grapheme breaking; nil for any other string. Most French text.
    static func latinWidth(_ string: some StringProtocol) -> Int? {
        var width = 0
        for scalar in string.unicodeScalars {
            guard scalar.value < 0x300 else { return nil }
            if isPrintableLatin(scalar) { width += 1 }
        }
        return width
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks, from Unicode's EastAsianWidth.txt.
    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
