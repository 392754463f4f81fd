/// A block of the source text between blank lines (the unit `shared/eval/score.py` counts).
public struct Paragraph: Hashable, Sendable {
    public var range: TextRange
    public var role: ParagraphRole
    /// The sentences of the block, in order; empty for boilerplate (title and dateline blocks keep
    /// theirs so that analysis can read the headline).
    public var sentences: [Sentence]

    public init(range: TextRange, role: ParagraphRole, sentences: [Sentence]) {
        self.range = range
        self.role = role
        self.sentences = sentences
    }
}

/// What a block of the source text is, once web page debris is told apart from the article.
public enum ParagraphRole: String, Hashable, Sendable, Codable {
    /// Article text, shown in the reader.
    case body
    /// The line taken as the article's title.
    case title
    /// A line that only gives the date.
    case dateline
    /// Page debris (menus, comment prompts, unrelated headlines): kept for offsets, never shown.
    case boilerplate

    public var isShown: Bool { self == .body }
}
