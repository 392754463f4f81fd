import Foundation

/// A passage of an article kept by the analyst, with an optional note.
///
/// The bookmark carries everything a press review needs (quote, article title, date, source,
/// link, sectors, entities), so exports never need the corpus. Its `range` points into the text
/// whose hash is `article.textHash`; when the article's text changed, `Anchoring` finds the
/// passage again from `quote`.
public struct Bookmark: Hashable, Sendable, Identifiable {
    public var id: BookmarkID
    public var article: ArticleReference
    /// Code point offsets of the passage in the article's source text (`article.textHash`).
    public var range: TextRange
    public var quote: TextQuote
    /// The analyst's note; empty when none.
    public var note: String
    /// Names of the sectors the passage is about, most relevant first (`PassageFacts.sectors`).
    public var sectors: [String]
    /// Entities mentioned in the passage, in text order, each once.
    public var entities: [BookmarkEntity]
    /// The analyst's own tags (`BookmarkTags.normalized`: no `#`, no spaces, each once ignoring
    /// case and accents), in the order given.
    public var tags: [String]
    /// Times are kept to the millisecond, so that they survive the database and every export.
    public var created: Date
    public var updated: Date
    /// Set when the bookmark was deleted (it stays in the database so that delete can be undone).
    public var deleted: Date?

    public init(id: BookmarkID = BookmarkID(), article: ArticleReference, range: TextRange, quote: TextQuote,
                note: String = "", sectors: [String] = [], entities: [BookmarkEntity] = [], tags: [String] = [],
                created: Date, updated: Date? = nil, deleted: Date? = nil) {
        self.id = id
        self.article = article
        self.range = range
        self.quote = quote
        self.note = note
        self.sectors = sectors
        self.entities = entities
        self.tags = BookmarkTags.normalized(tags)
        self.created = created.roundedToMilliseconds
        self.updated = (updated ?? created).roundedToMilliseconds
        self.deleted = deleted?.roundedToMilliseconds
    }

    /// A new bookmark on `range` of a loaded article (clamped to its text): the quote and the
    /// article's identity are taken from it.
    public init(article: Article, range: TextRange, note: String = "", sectors: [String] = [],
                entities: [BookmarkEntity] = [], tags: [String] = [], id: BookmarkID = BookmarkID(), at date: Date = Date()) {
        let scalars = Array(article.text.unicodeScalars)
        let start = min(max(0, range.start), scalars.count)
        let clamped = TextRange(start, min(max(start, range.end), scalars.count))
        self.init(id: id, article: ArticleReference(article), range: clamped,
                  quote: TextQuote(scalars: scalars, range: clamped), note: note, sectors: sectors,
                  entities: entities, tags: tags, created: date)
    }

    public var isDeleted: Bool { deleted != nil }
}
