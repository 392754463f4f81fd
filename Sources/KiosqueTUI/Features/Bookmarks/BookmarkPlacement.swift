import KiosqueCore

/// Where a bookmark's passage is in the open corpus: its article (by id, as the catalogue has it)
/// and its anchor there; `article` nil when the article is not in the catalogue (the bookmark is
/// still listed, as not in this corpus), `anchor` nil while the passage has not been looked for
/// in the article's current text yet.
public struct BookmarkPlacement: Hashable, Sendable {
    public var article: ArticleID?
    public var anchor: Anchor?
    /// The article (id and location) the anchor was found in: a new location means another text.
    var key: ArticleKey?

    public init(article: ArticleID?, anchor: Anchor?) {
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

    /// The article of each bookmark in the catalogue (`Catalogue.positions(of:)`, as
    /// `kiosque bookmarks list` finds them).
    static func positions(of bookmarks: [Bookmark], in catalogue: Catalogue) -> [BookmarkID: Int] {
        catalogue.positions(of: bookmarks)
    }
}
