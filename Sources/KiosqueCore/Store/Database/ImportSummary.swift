/// What an import did.
public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
    /// Bookmarks that were not in the database.
    public var added = 0
    /// Bookmarks already there, replaced by a newer version from the file.
    public var updated = 0
    /// Bookmarks already there in the same or a newer version (left as they are).
    public var unchanged = 0

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
    }

    public var description: String { "\(added) added, \(updated) updated, \(unchanged) already there" }
}
