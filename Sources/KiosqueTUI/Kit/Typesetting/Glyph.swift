/// One grapheme ready to be placed on screen, with where it came from in the source text.
///
/// `character` is already safe for a terminal (`SafeText`), except for `"\n"`, which the wrapper
/// takes as a hard line break. `offset` counts code points, like `TextRange`.
public struct Glyph: Hashable, Sendable {
    public var character: Character
    /// Code point offset of the grapheme in the article's source text.
    public var offset: Int
    /// Columns on screen (`DisplayWidth`), computed from the safe character.
    public var width: Int
    /// The caller's label, carried through wrapping: the reader puts the sentence index here,
    /// and -1 on the spaces it inserts between sentences.
    public var tag: Int
    /// What wrapping needs to know, worked out once: a hard break, a breakable space, or other.
    let kind: Kind

    enum Kind: UInt8, Hashable, Sendable { case other, space, hardBreak }

    public init(_ character: Character, offset: Int, tag: Int = -1) {
        self.character = character
        self.offset = offset
        self.tag = tag
        let scalars = character.unicodeScalars
        let first = scalars.first?.value ?? 0
        let single = scalars.count == 1
        if first == 0x0A || (first == 0x0D && !single) {
            kind = .hardBreak
            width = 0
        } else if first == 0x20 && single {
            kind = .space
            width = 1
        } else {
            kind = .other
            width = first >= 0x20 && first < 0x7F && single ? 1 : DisplayWidth.of(character)
        }
    }

    /// Glyphs for `text`, numbered from `offset` in code points; control characters are replaced
    /// by visible symbols, line feeds (and CR LF) stay as hard breaks.
    public static func glyphs(of text: some StringProtocol, startingAt offset: Int = 0, tag: Int = -1) -> [Glyph] {
        var result: [Glyph] = []
        result.reserveCapacity(text.utf8.count)
        var position = offset
        for raw in text {
            let first = raw.unicodeScalars.first?.value ?? 0
            let isPlain = first >= 0x20 && first < 0x7F && raw.unicodeScalars.count == 1
            let isBreak = !isPlain && (raw == "\n" || raw == "\r\n")
            let ch: Character = isPlain ? raw : isBreak ? "\n" : (SafeText.replacement(for: raw) ?? raw)
            result.append(Glyph(ch, offset: position, tag: tag))
            position += raw.unicodeScalars.count
        }
        return result
    }

    /// True for a space where a line may break (not U+00A0, not U+202F).
    var isBreakableSpace: Bool { kind == .space }
    var isHardBreak: Bool { kind == .hardBreak }
}
