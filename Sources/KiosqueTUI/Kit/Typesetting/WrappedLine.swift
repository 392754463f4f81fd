/// One screen line produced by `Wrapper`, keeping the source offsets of what it shows.
public struct WrappedLine: Hashable, Sendable {
    public var glyphs: [Glyph]
    /// Offset of the first glyph, or of the break that made an empty line: the line's anchor.
    public var start: Int
    /// Offset just after the last glyph (equal to `start` for an empty line).
    public var end: Int

    public init(glyphs: [Glyph], fallbackOffset: Int) {
        self.glyphs = glyphs
        if let first = glyphs.first, let last = glyphs.last {
            start = first.offset
            end = last.offset + last.character.unicodeScalars.count
        } else {
            start = fallbackOffset
            end = fallbackOffset
        }
    }

    /// Columns the line takes.
    public var width: Int { glyphs.reduce(0) { $0 + $1.width } }
    /// The line as plain text.
    public var text: String { String(glyphs.map(\.character)) }
    /// True when some glyph of the line carries `tag`.
    public func contains(tag: Int) -> Bool { glyphs.contains { $0.tag == tag } }
}
