/// An article as a format gives it (a feed entry, a page, a Markdown file), before it is cut into
/// paragraphs and sentences: what `kiosque convert` writes, one JSONL object.
public struct ArticleDraft: Sendable, Equatable {
    /// The id the source gives (feed guid or id, else link; a page's file name), or nil.
    public var id: String?
    public var title: String?
    public var date: ArticleDate?
    public var url: String?
    /// The outlet or feed title.
    public var source: String?
    public var author: String?
    /// The language the source declares (`fr`, `en-US`), or nil.
    public var language: String?
    /// The readable body without the title: paragraphs separated by one blank line.
    public var text: String
    /// Facts worth a line in the details or a warning (a date not understood, an encoding guessed).
    public var notes: [LoadReason]

    public init(id: String? = nil, title: String? = nil, date: ArticleDate? = nil, url: String? = nil,
                source: String? = nil, author: String? = nil, language: String? = nil, text: String,
                notes: [LoadReason] = []) {
        self.id = id
        self.title = title
        self.date = date
        self.url = url
        self.source = source
        self.author = author
        self.language = language
        self.text = text
        self.notes = notes
    }
}
