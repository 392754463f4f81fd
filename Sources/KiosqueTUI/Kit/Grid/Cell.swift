/// One column of the screen.
///
/// A wide character (CJK, emoji) occupies its cell with `width == 2` and the next cell holds a
/// continuation (`isContinuation`), as in ratatui's buffer: the backend draws the glyph once.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, already safe to send to a terminal (no control characters).
    public var grapheme: String
    public var width: UInt8
    public var style: Style

    public init(_ grapheme: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell { Cell("", width: 0, style: style) }
    public var isContinuation: Bool { width == 0 }
    public static let blank = Cell()

    /// The one-scalar strings of U+0000–U+02FF, made once: drawing a Latin cell copies one.
    private static let latin: [String] = (0..<0x300).map { Unicode.Scalar($0).map { String(Character($0)) } ?? " " }

    /// `scalar` as a cell's grapheme, from the table when it is Latin.
    @inline(__always)
    static func grapheme(of scalar: Unicode.Scalar) -> String {
        scalar.value < 0x300 ? latin[Int(scalar.value)] : String(Character(scalar))
    }
}
