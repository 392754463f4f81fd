/// What a bookmark remembers of its article: enough to find it again in a corpus (id, location,
/// hash of the text) and to write a press review without loading it (title, date, source, url).
public struct ArticleReference: Hashable, Sendable {
    public var id: ArticleID
    /// Where the article was read: a file path, or `path:line` for a JSONL line.
    public var location: String
    /// The hash of the article's source text when the bookmark was made (or last re-anchored);
    /// nil when the stored value cannot be read (written by another version): the passage is
    /// then always looked for by its quote.
    public var textHash: ContentHash?
    public var title: String
    public var date: ArticleDate?
    public var source: String?
    public var url: String?

    public init(id: ArticleID, location: String, textHash: ContentHash?, title: String,
                date: ArticleDate? = nil, source: String? = nil, url: String? = nil) {
        self.id = id
        self.location = location
        self.textHash = textHash
        self.title = title
        self.date = date
        self.source = source
        self.url = url
    }

    /// The reference of a loaded article (hashes its text).
    public init(_ article: Article) {
        self.init(id: article.id, location: article.location, textHash: ContentHash(of: article.text),
                  title: article.title, date: article.date, source: article.source, url: article.url)
    }

    /// True when `article` is this article: same location, and the same id or another
    /// qualification of its source id (`CorpusIDs.sameSource`; see `AnchoredBookmark.place`).
    public func isSameArticle(_ article: Article) -> Bool {
        article.location == location && CorpusIDs.sameSource(article.id.rawValue, id.rawValue)
    }
}
