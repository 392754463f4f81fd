/// One article as the reader and the commands see it: metadata, source text, and its structure.
public struct Article: Sendable {
    public var id: ArticleID
    public var title: String
    public var date: ArticleDate?
    /// Where it came from: a file path, or `path:line` for a JSONL line.
    public var location: String
    /// The publication or feed, when the input names one (JSONL `source`).
    public var source: String?
    public var url: String?
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

    public init(id: ArticleID, title: String, date: ArticleDate?, location: String, source: String? = nil,
                url: String? = nil, text: String, paragraphs: [Paragraph], notes: [String] = []) {
        self.id = id
        self.title = title
        self.date = date
        self.location = location
        self.source = source
        self.url = url
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
