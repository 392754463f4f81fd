import KiosqueCore

/// Where a bookmark's passage is in the open corpus: its article (a position in the catalogue)
/// and its anchor there; `article` nil when the article is not in the catalogue (the bookmark is
/// still listed, as not in this corpus), `anchor` nil while the passage has not been looked for
/// in the article's current text yet.
public struct BookmarkPlacement: Hashable, Sendable {
    public var article: Int?
    public var anchor: Anchor?
    /// The article the anchor was found in (positions move when the catalogue is read again).
    var key: ArticleKey?

    public init(article: Int?, anchor: Anchor?) {
        self.article = article
        self.anchor = anchor
    }

    /// The passage's range in the article's current text, nil when detached, not in the corpus
    /// or not looked for yet.
    public var range: TextRange? { anchor?.range }
    public var isDetached: Bool { anchor?.isDetached == true }

    // Where the passage is is the placement; the key only tells whether the anchor still holds.
    public static func == (a: BookmarkPlacement, b: BookmarkPlacement) -> Bool { a.article == b.article && a.anchor == b.anchor }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(article)
        hasher.combine(anchor)
    }

    /// The article of each bookmark in the catalogue, as `AnchoredBookmark.place` chooses it: the
    /// same id and location, else the first article with the id (one pass over the ids for those).
    static func positions(of bookmarks: [Bookmark], in catalogue: Catalogue) -> [BookmarkID: Int] {
        var out: [BookmarkID: Int] = [:]
        var byID: [ArticleID: [BookmarkID]] = [:]
        for bookmark in bookmarks {
            if let position = catalogue.position(location: bookmark.article.location, id: bookmark.article.id) {
                out[bookmark.id] = position
            } else {
                byID[bookmark.article.id, default: []].append(bookmark.id)
            }
        }
        for (id, positions) in catalogue.positions(ofIDs: Set(byID.keys)) {
            guard let first = positions.first else { continue }
            for bookmark in byID[id] ?? [] { out[bookmark] = first }
        }
        return out
    }
}
