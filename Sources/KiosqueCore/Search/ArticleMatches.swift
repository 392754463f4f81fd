/// Where a query matches in one article: ranges to highlight and step through with `n`/`N`.
public struct ArticleMatches: Hashable, Sendable {
    /// Code point ranges into `Article.title`, in order, overlaps merged.
    public var title: [TextRange]
    /// Code point ranges into `Article.text` (shown paragraphs only), in order, overlaps merged.
    public var text: [TextRange]
    /// True when every term of the query occurs in the title or the text: exactly the articles
    /// the full-text index returns.
    public var isMatch: Bool

    public init(title: [TextRange], text: [TextRange], isMatch: Bool) {
        self.title = title
        self.text = text
        self.isMatch = isMatch
    }

    /// The first text match starting at or after `offset`, for `n`.
    public func next(after offset: Int) -> TextRange? { text.first { $0.start > offset } }

    /// The last text match starting before `offset`, for `N`.
    public func previous(before offset: Int) -> TextRange? { text.last { $0.start < offset } }
}
