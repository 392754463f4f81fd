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

    public init(_ character: Character, offset: Int, tag: Int = -1) {
        self.character = character
        self.offset = offset
        self.width = character == "\n" ? 0 : DisplayWidth.of(character)
        self.tag = tag
    }

    /// Glyphs for `text`, numbered from `offset` in code points; control characters are replaced
    /// by visible symbols, line feeds (and CR LF) stay as hard breaks.
    public static func glyphs(of text: some StringProtocol, startingAt offset: Int = 0, tag: Int = -1) -> [Glyph] {
        var result: [Glyph] = []
        result.reserveCapacity(text.utf8.count)
        var position = offset
        for raw in text {
            let isBreak = raw == "\n" || raw == "\r\n"
            let ch: Character = isBreak ? "\n" : (SafeText.replacement(for: raw) ?? raw)
            result.append(Glyph(ch, offset: position, tag: tag))
            position += raw.unicodeScalars.count
        }
        return result
    }

    /// True for a space where a line may break (not U+00A0, not U+202F).
    var isBreakableSpace: Bool { character == " " }
    var isHardBreak: Bool { character == "\n" }
}
