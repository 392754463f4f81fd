import Foundation
import KiosqueCore

/// A bookmark as `update` prepares it: everything but its identity and time, which the runtime
/// gives when it saves it (a new UUID and the clock are effects, not state changes).
public struct BookmarkDraft: Hashable, Sendable {
    public var article: ArticleReference
    public var range: TextRange
    public var quote: TextQuote
    public var note: String
    public var sectors: [String]
    public var entities: [BookmarkEntity]
    /// The analyst's tags (the note's `#tags`).
    public var tags: [String] = []

    public init(article: ArticleReference, range: TextRange, quote: TextQuote, note: String = "",
                sectors: [String] = [], entities: [BookmarkEntity] = []) {
        self.article = article
        self.range = range
        self.quote = quote
        self.note = note
        self.sectors = sectors
        self.entities = entities
    }

    /// The passage `range` of a loaded article, with the sectors and entities of the passage
    /// when the article's analysis is known (`analysis` nil, `entities` empty otherwise).
    public init(article: Article, range: TextRange, analysis: SectorAnalysis?, entities: [Entity]) {
        let scalars = Array(article.text.unicodeScalars)
        let start = min(max(0, range.start), scalars.count)
        let clamped = TextRange(start, min(max(start, range.end), scalars.count))
        self.init(article: ArticleReference(article), range: clamped, quote: TextQuote(scalars: scalars, range: clamped),
                  sectors: analysis.map { PassageFacts.sectors(of: clamped, in: article, analysis: $0) } ?? [],
                  entities: PassageFacts.entities(of: clamped, among: entities))
    }

    /// The bookmark, made now with a new identity.
    public func bookmark(id: BookmarkID = BookmarkID(), at date: Date = Date()) -> Bookmark {
        Bookmark(id: id, article: article, range: range, quote: quote, note: note, sectors: sectors,
                 entities: entities, tags: tags, created: date)
    }
}
