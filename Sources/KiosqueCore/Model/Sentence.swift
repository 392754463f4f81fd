/// One sentence of a paragraph, the unit the reader's passage cursor moves over.
public struct Sentence: Hashable, Sendable {
    /// Where the sentence lies in the article's source text (trimmed of surrounding spaces).
    public var range: TextRange
    /// The sentence's text, exactly `range` of the source text.
    public var text: String
    /// How the reader shows it: ordinary text, a dimmed teaser (`A lire : ...`), a heading.
    public var style: LineStyle
    /// True when a line break follows the sentence inside its paragraph (the reader keeps it).
    public var endsLine: Bool

    public init(range: TextRange, text: String, style: LineStyle = .text, endsLine: Bool = false) {
        self.range = range
        self.text = text
        self.style = style
        self.endsLine = endsLine
    }
}

/// How a line of article text is presented.
public enum LineStyle: String, Hashable, Sendable, Codable {
    case text
    /// Cross-links such as `A lire : ...`, `Lire aussi`: shown dimmed.
    case teaser
    /// A short line without final punctuation that introduces what follows.
    case heading
}
