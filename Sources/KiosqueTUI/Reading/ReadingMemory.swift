import KiosqueCore

/// Per article, where the user was (the source offset of the cursor sentence's start) and
/// whether it was read, as the reading store gave it at start plus what changed since; the
/// changes wait in `changed` until the next write (an article change, or the end).
///
/// An article is read once the user opens it (Enter in the list or on a bookmark) or moves the
/// passage cursor in it; the article the reader shows by itself at start is not read until then.
public struct ReadingMemory: Sendable {
    public struct Entry: Hashable, Sendable {
        /// Source offset of the cursor sentence's start, nil when unknown.
        public var position: Int?
        public var read: Bool
        public init(position: Int? = nil, read: Bool = false) {
            self.position = position
            self.read = read
        }
    }

    /// True once the store's state has arrived: only then are unread articles marked in the list
    /// (without a store, nothing is known to be read or unread).
    public var loaded = false
    /// By article (index into `AppState.articles`).
    public private(set) var entries: [Int: Entry] = [:]
    /// Articles whose entry changed since the last write.
    public private(set) var changed: Set<Int> = []

    public init() {}

    public func entry(_ article: Int) -> Entry? { entries[article] }

    /// True when the article is known to be read.
    public func isRead(_ article: Int) -> Bool { entries[article]?.read == true }

    /// True when the list should mark the article unread.
    public func isUnread(_ article: Int) -> Bool { loaded && !isRead(article) }

    /// The store's state, by article index (the caller maps article keys to indices).
    mutating func load(_ stored: [Int: Entry]) {
        for (article, entry) in stored where entries[article] == nil { entries[article] = entry }
        loaded = true
    }

    mutating func markRead(_ article: Int) {
        guard !isRead(article) else { return }
        entries[article, default: Entry()].read = true
        changed.insert(article)
    }

    mutating func setPosition(_ position: Int, of article: Int) {
        guard entries[article]?.position != position else { return }
        entries[article, default: Entry()].position = position
        changed.insert(article)
    }

    /// The changes to write, which are then forgotten.
    mutating func takeChanges() -> [Int: Entry] {
        defer { changed.removeAll() }
        return Dictionary(uniqueKeysWithValues: changed.compactMap { article in entries[article].map { (article, $0) } })
    }
}
