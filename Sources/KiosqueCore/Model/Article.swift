/// One article as the reader and the commands see it: metadata, source text, and its structure.
public struct Article: Sendable {
    public var id: ArticleID
    public var title: String
    public var date: ArticleDate?
    /// Where it came from: a file path, `path:line` for a JSONL line, `path#N` for a feed's Nth entry.
    public var location: String
    /// The publication or feed, when the input names one (JSONL `source`).
    public var source: String?
    public var url: String?
    /// The author, when the input names one (a feed entry's, a page's, a JSONL `author`).
    public var author: String?
    /// The language the input declares (`fr`, `en-US`), when it does.
    public var language: String?
    /// The decoded source text (BOM removed, line endings LF, NFC): every range points into it.
    public var text: String
    /// Every block of `text`, shown or not, in order.
    public var paragraphs: [Paragraph]
    /// Facts about how the file was read (e.g. decoded as Windows-1252), shown in the details.
    public var notes: [String]
    /// What the user is warned of though the article was read (a date no form reads, and the
    /// article kept without it): the commands' standard error and the reader's problems list
    /// name each at `location`.
    public var warnings: [String] = []
    /// True when neither the source nor the text gives a title (no title field, no title line):
    /// `title` was made from the first shown sentence, or is the id. `kiosque convert` writes `null`.
    public var titleIsDerived = false

    public init(id: ArticleID, title: String, date: ArticleDate?, location: String, source: String? = nil,
                url: String? = nil, author: String? = nil, language: String? = nil, text: String, paragraphs: [Paragraph],
                notes: [String] = []) {
        self.id = id
        self.title = title
        self.date = date
        self.location = location
        self.source = source
        self.url = url
        self.author = author
        self.language = language
        self.text = text
        self.paragraphs = paragraphs
        self.notes = notes
    }

    /// The paragraphs shown in the reader, in order.
    public var bodyParagraphs: [Paragraph] { paragraphs.filter { $0.role.isShown } }

    /// Number of words of the body, for the details panel.
    public var wordCount: Int {
        bodyParagraphs.reduce(0) { total, p in
            total + p.sentences.reduce(0) { $0 + $1.text.split(whereSeparator: { $0.isWhitespace }).count }
        }
    }
}
