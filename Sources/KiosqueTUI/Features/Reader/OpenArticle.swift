import KiosqueCore

/// The open article, the only one held in full: its text, its stored analysis, and the entities
/// the reader shows (highlighting, `]`/`[`, the entity view).
public struct OpenArticle: Sendable {
    public var article: Article
    /// The index's analysis; nil when the index no longer has it (dropped since the catalogue
    /// was read): the article is then shown without entities.
    public var analysis: ArticleAnalysis?
    /// Mentions in the title block and the shown paragraphs, sorted by position: page debris
    /// (menus, the unrelated headlines after `AUTRES INFOS`) is never shown, so its names would
    /// be counted in the entity view.
    public var entities: [Entity]
    /// The hash of `article.text`, computed once: what the layout cache keys on.
    public let textHash: ContentHash
    /// The article's wrapped paragraphs kept across frames (one cache per opened article).
    public let layouts: LayoutCache
    /// The side panel's details rows kept across frames.
    let detailRows = DetailRowsMemo()

    public init(article: Article, analysis: ArticleAnalysis?) {
        self.article = article
        self.analysis = analysis
        entities = (analysis?.readableEntities ?? [])
            .sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
        textHash = ContentHash(of: article.text)
        layouts = LayoutCache()
    }

    /// The article's id (the same as `ReaderState.article`).
    public var id: ArticleID { article.id }
}
