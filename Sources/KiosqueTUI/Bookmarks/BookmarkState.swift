import KiosqueCore

/// What the reader knows of bookmarks: every live bookmark of every article (from the store,
/// with those made in this session), where each one's passage is in the open corpus, the
/// bookmark view's selection, and the deletions that `u` can undo.
public struct BookmarkState: Sendable {
    /// Live bookmarks, oldest first, as the store lists them (those kept in memory included).
    public private(set) var all: [Bookmark] = []
    /// Where each bookmark's passage is in the loaded articles.
    public private(set) var placements: [BookmarkID: BookmarkPlacement] = [:]
    /// True once the store's bookmarks have arrived.
    public var loaded = false
    /// Bookmarks deleted in this session, the last one last: `u` restores them one by one.
    public var deleted: [Bookmark] = []
    /// Changes the store keeps in memory because the disk refuses them (0: everything is written).
    public var pendingWrites = 0
    /// In the bookmark view: the selected entry (an index into the shown bookmarks) and the first
    /// row shown.
    public var selected = 0
    public var scroll = 0
    /// The articles by id, built when bookmarks first need placing.
    private var articlesByID: [ArticleID: [Int]]?

    public init() {}

    /// Replaces the bookmarks with the store's and places them in `articles`.
    /// A bookmark already placed keeps its placement when its passage did not change (a note
    /// edit): only new or moved passages are anchored again.
    mutating func load(_ bookmarks: [Bookmark], articles: [Article]) {
        let previous = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        all = bookmarks.filter { !$0.isDeleted }
        var kept: [BookmarkID: BookmarkPlacement] = [:]
        var toPlace: [Bookmark] = []
        for bookmark in all {
            if let old = previous[bookmark.id], let placement = placements[bookmark.id], old.article == bookmark.article,
               old.range == bookmark.range, old.quote == bookmark.quote {
                kept[bookmark.id] = placement
            } else {
                toPlace.append(bookmark)
            }
        }
        placements = kept.merging(BookmarkPlacement.place(toPlace, in: articles, byID: index(articles))) { $1 }
        let live = Set(all.map(\.id))
        deleted.removeAll { live.contains($0.id) }
        loaded = true
    }

    /// Adds (or replaces) one bookmark and places it.
    mutating func insert(_ bookmark: Bookmark, articles: [Article]) {
        if let at = all.firstIndex(where: { $0.id == bookmark.id }) {
            all[at] = bookmark
        } else {
            all.append(bookmark)
        }
        placements[bookmark.id] = BookmarkPlacement.place([bookmark], in: articles, byID: index(articles))[bookmark.id]
    }

    /// Takes a bookmark out of the live ones (deleted); returns it.
    mutating func remove(_ id: BookmarkID) -> Bookmark? {
        guard let at = all.firstIndex(where: { $0.id == id }) else { return nil }
        return all.remove(at: at)
    }

    /// Changes a bookmark's note.
    mutating func setNote(_ note: String, of id: BookmarkID) {
        guard let at = all.firstIndex(where: { $0.id == id }) else { return }
        all[at].note = note
    }

    public func bookmark(_ id: BookmarkID) -> Bookmark? { all.first { $0.id == id } }

    public func placement(of id: BookmarkID) -> BookmarkPlacement? { placements[id] }

    /// The live bookmarks placed in an article (index into the articles), with their current ranges.
    public func ranges(inArticle index: Int) -> [(bookmark: Bookmark, range: TextRange)] {
        all.compactMap { bookmark in
            guard let placement = placements[bookmark.id], placement.article == index, let range = placement.range
            else { return nil }
            return (bookmark, range)
        }
    }

    private mutating func index(_ articles: [Article]) -> [ArticleID: [Int]] {
        if let articlesByID { return articlesByID }
        var byID: [ArticleID: [Int]] = [:]
        for (i, article) in articles.enumerated() { byID[article.id, default: []].append(i) }
        articlesByID = byID
        return byID
    }
}
