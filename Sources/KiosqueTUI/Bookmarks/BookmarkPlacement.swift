import KiosqueCore

/// Where a bookmark's passage is in the open corpus: its article (an index into
/// `AppState.articles`) and its anchor there; `article` nil when the article is not among the
/// loaded ones (the bookmark is still listed, as not in this corpus).
public struct BookmarkPlacement: Hashable, Sendable {
    public var article: Int?
    public var anchor: Anchor?

    public init(article: Int?, anchor: Anchor?) {
        self.article = article
        self.anchor = anchor
    }

    /// The passage's range in the article's current text, nil when detached or not in the corpus.
    public var range: TextRange? { anchor?.range }
    public var isDetached: Bool { anchor?.isDetached == true }

    /// Places each bookmark as `AnchoredBookmark.place` does (same id and location, else the
    /// first article with the id), keeping the article's index; each article's text is prepared
    /// once.
    static func place(_ bookmarks: [Bookmark], in articles: [Article], byID: [ArticleID: [Int]])
        -> [BookmarkID: BookmarkPlacement] {
        var prepared: [Int: Anchoring] = [:]
        var out: [BookmarkID: BookmarkPlacement] = [:]
        for bookmark in bookmarks {
            guard let candidates = byID[bookmark.article.id], let first = candidates.first else {
                out[bookmark.id] = BookmarkPlacement(article: nil, anchor: nil)
                continue
            }
            let index = candidates.first { bookmark.article.isSameArticle(articles[$0]) } ?? first
            let anchoring = prepared[index] ?? Anchoring(text: articles[index].text)
            prepared[index] = anchoring
            out[bookmark.id] = BookmarkPlacement(article: index, anchor: anchoring.anchor(bookmark))
        }
        return out
    }
}
