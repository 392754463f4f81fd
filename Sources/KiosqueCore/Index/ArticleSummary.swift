/// What a row of the article list needs, read from the index without opening the article.
public struct ArticleSummary: Hashable, Sendable {
    public var id: ArticleID
    public var title: String
    public var date: ArticleDate?
    /// The publication, when the input names one (JSONL `source`).
    public var source: String?
    /// Where to read the whole article (`ArticleLoader`); `place.location` is `Article.location`.
    public var place: ArticlePlace
    /// The article's level per sector, in the taxonomy's order.
    public var sectorLevels: [SectorLevel]
    /// The article's score per sector, in the taxonomy's order.
    public var sectorScores: [Double]
    /// The article's link, when the input gives one (a feed entry's, a page's, JSONL `url`).
    public var url: String?

    public init(id: ArticleID, title: String, date: ArticleDate?, source: String?, place: ArticlePlace,
                sectorLevels: [SectorLevel], sectorScores: [Double], url: String? = nil) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.place = place
        self.sectorLevels = sectorLevels
        self.sectorScores = sectorScores
        self.url = url
    }

    public var location: String { place.location }
}
