import Foundation

/// Which bookmarks to list: one article's, some sectors', some tags', those made since a time.
public struct BookmarkFilter: Hashable, Sendable {
    public var article: ArticleID?
    /// Any of these sector names (compared ignoring case and accents); empty: every bookmark.
    public var sectors: [String]
    /// Any of these tags (compared ignoring case, accents and a leading `#`); empty: every bookmark.
    public var tags: [String]
    /// Made at or after this time.
    public var since: Date?
    /// Deleted bookmarks too (for an undo list).
    public var includeDeleted: Bool

    public init(article: ArticleID? = nil, sectors: [String] = [], tags: [String] = [], since: Date? = nil,
                includeDeleted: Bool = false) {
        self.article = article
        self.sectors = sectors
        self.tags = tags
        self.since = since
        self.includeDeleted = includeDeleted
    }

    public static let all = BookmarkFilter()

    public func matches(_ bookmark: Bookmark) -> Bool {
        if !includeDeleted && bookmark.isDeleted { return false }
        if let article, bookmark.article.id != article { return false }
        if let since, bookmark.created < since { return false }
        if !sectors.isEmpty {
            let wanted = Set(sectors.map(Folding.fold))
            if !bookmark.sectors.contains(where: { wanted.contains(Folding.fold($0)) }) { return false }
        }
        if !BookmarkTags.matches(bookmark.tags, any: tags) { return false }
        return true
    }

    /// The bookmarks that match, in the order given.
    public func apply(_ bookmarks: [Bookmark]) -> [Bookmark] { bookmarks.filter(matches) }
}
