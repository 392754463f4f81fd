import Foundation

/// A change waiting to reach the database, kept in memory while the disk refuses it (read-only
/// folder, full disk). Changes are written in order, each in its own transaction.
public enum PendingWrite: Hashable, Sendable {
    /// Insert the bookmark, or replace the one with its id.
    case save(Bookmark)
    case note(BookmarkID, String, at: Date)
    /// The bookmark's tags replaced (already `BookmarkTags.normalized`).
    case tags(BookmarkID, [String], at: Date)
    case delete(BookmarkID, at: Date)
    case restore(BookmarkID)

    /// The bookmark this change is about.
    public var bookmarkID: BookmarkID {
        switch self {
        case .save(let b): return b.id
        case .note(let id, _, _), .tags(let id, _, _), .delete(let id, _), .restore(let id): return id
        }
    }

    /// Applies the change to bookmarks read from the database (for what is shown meanwhile).
    func apply(to bookmarks: inout [BookmarkID: Bookmark]) {
        switch self {
        case .save(let b): bookmarks[b.id] = b
        case .note(let id, let text, let date):
            bookmarks[id]?.note = text
            bookmarks[id]?.updated = date.roundedToMilliseconds
        case .tags(let id, let tags, let date):
            bookmarks[id]?.tags = tags
            bookmarks[id]?.updated = date.roundedToMilliseconds
        case .delete(let id, let date): bookmarks[id]?.deleted = date.roundedToMilliseconds
        case .restore(let id): bookmarks[id]?.deleted = nil
        }
    }
}
