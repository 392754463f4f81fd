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
    public var notes: [LoadReason]
    /// What the user is warned of though the article was read (a date no form reads, and the
    /// article kept without it): the commands' standard error and the reader's problems list
    /// name each at `location`.
    public var warnings: [LoadReason] = []
    /// True when neither the source nor the text gives a title (no title field, no title line):
    /// `title` was made from the first shown sentence, or is the id. `kiosque convert` writes `null`.
    public var titleIsDerived = false
    /// True when `date` is the day the article's address writes (`/2018/11/17/`,
    /// `AddressDate`), the source and the text giving none: `kiosque convert` writes no date then,
    /// as the source gave none, and reading its line back finds the same day again.
    public var dateFromAddress = false

    public init(id: ArticleID, title: String, date: ArticleDate?, location: String, source: String? = nil,
                url: String? = nil, author: String? = nil, language: String? = nil, text: String, paragraphs: [Paragraph],
                notes: [LoadReason] = []) {
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

    /// Notes and warns that the source's date `value` was not understood, saying what the article's
    /// date is then: none, the day a dateline of its text gives, or the day its address writes.
    mutating func warnUnreadDate(_ value: String) {
        let outcome: LoadReason.DateOutcome = date.map { dateFromAddress ? .datedFromAddress($0) : .datedFromText($0) } ?? .keptUndated
        let warning = LoadReason.unreadDate(value, outcome: outcome)
        notes.append(warning)
        warnings.append(warning)
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
