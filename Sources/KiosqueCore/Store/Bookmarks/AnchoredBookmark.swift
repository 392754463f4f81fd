/// A bookmark with where its passage is in the loaded corpus.
public struct AnchoredBookmark: Hashable, Sendable {
    public var bookmark: Bookmark
    /// Nil when the bookmark's article is not among the loaded articles.
    public var anchor: Anchor?

    public init(bookmark: Bookmark, anchor: Anchor?) {
        self.bookmark = bookmark
        self.anchor = anchor
    }

    /// Anchors each bookmark in its article: the article at the same location with the same id
    /// (or another qualification of its source id: `CorpusIDs`, so that a bookmark stays attached
    /// when a folder with a file of the same name is added), else the first with the same id (the
    /// same files opened from another folder); none: `anchor` nil. Each article's text is
    /// prepared once.
    public static func place(_ bookmarks: [Bookmark], in articles: [Article]) -> [AnchoredBookmark] {
        var byID: [ArticleID: [Int]] = [:]
        var byLocation: [String: [Int]] = [:]
        for (i, article) in articles.enumerated() {
            byID[article.id, default: []].append(i)
            byLocation[article.location, default: []].append(i)
        }
        var prepared: [Int: Anchoring] = [:]
        return bookmarks.map { bookmark in
            let here = byLocation[bookmark.article.location]?.first { bookmark.article.isSameArticle(articles[$0]) }
            guard let index = here ?? byID[bookmark.article.id]?.first else {
                return AnchoredBookmark(bookmark: bookmark, anchor: nil)
            }
            let anchoring = prepared[index] ?? Anchoring(text: articles[index].text)
            prepared[index] = anchoring
            return AnchoredBookmark(bookmark: bookmark, anchor: anchoring.anchor(bookmark))
        }
    }
}
