import KiosqueCore

/// Per article, where the user was (the source offset of the cursor sentence's start) and
/// whether it was read, as the reading store gave it at start plus what changed since; the
/// changes wait in `changed` until the next write (an article change, or the end).
///
/// Articles are known by `ArticleKey` (id and location), not by list position, so entries stay
/// right when a catalogue refresh moves articles. An article is read once the user opens it
/// (Enter in the list or on a bookmark) or moves the passage cursor in it; the article the reader
/// shows by itself at start is not read until then.
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
    /// By article, under the key of the catalogue's article.
    public private(set) var entries: [ArticleKey: Entry] = [:]
    /// Articles whose entry changed since the last write.
    public private(set) var changed: Set<ArticleKey> = []
    /// Articles the user marked unread since the last write (`m`, `U`): written as unread,
    /// where a batch otherwise never unmarks.
    public private(set) var unmarked: Set<ArticleKey> = []
    /// The articles the last "mark all read" (`M`) marked, unread before it: one undo (`U`)
    /// marks exactly these unread again. Nil when there is nothing to undo.
    public var lastMarkAll: [ArticleKey]?
    /// The open article the user marked unread (`m` in the reader): moving the cursor in it
    /// does not mark it read again.
    public var keptUnread: ArticleKey?
    /// Stored entries not yet matched to an article of the catalogue (`App.matchReading`), oldest
    /// change first.
    public private(set) var unmatched: [(key: ArticleKey, entry: Entry)] = []
    /// The last article read, until it is brought back (or the user opens another one).
    public var pendingRestore: ArticleKey?

    public init() {}

    public func entry(_ article: ArticleKey) -> Entry? { entries[article] }

    /// True when the article is known to be read.
    public func isRead(_ article: ArticleKey) -> Bool { entries[article]?.read == true }

    /// True when the list should mark the article unread.
    public func isUnread(_ article: ArticleKey) -> Bool { loaded && !isRead(article) }

    /// The store's state, oldest change first; `match` then files it under the catalogue's keys.
    mutating func load(_ stored: [(key: ArticleKey, entry: Entry)]) {
        unmatched = stored
        loaded = true
    }

    /// Files unmatched entries under the catalogue's keys (stored key -> catalogue key); several
    /// stored entries for one article merge (read if one is; the position of the later change
    /// wins). What this session changed is kept; entries without a match wait.
    mutating func match(_ matches: [ArticleKey: ArticleKey]) {
        var waiting: [(key: ArticleKey, entry: Entry)] = []
        for (stored, entry) in unmatched {
            guard let key = matches[stored] else {
                waiting.append((stored, entry))
                continue
            }
            if changed.contains(key) { continue }
            entries[key] = Entry(position: entry.position, read: entry.read || entries[key]?.read == true)
        }
        unmatched = waiting
    }

    /// Marks the article read; true when it was not.
    @discardableResult
    mutating func markRead(_ article: ArticleKey) -> Bool {
        setRead(true, article)
    }

    /// Marks the article read or unread; true when the mark changed.
    @discardableResult
    mutating func setRead(_ read: Bool, _ article: ArticleKey) -> Bool {
        guard isRead(article) != read else { return false }
        entries[article, default: Entry()].read = read
        changed.insert(article)
        if read { unmarked.remove(article) } else { unmarked.insert(article) }
        return true
    }

    mutating func setPosition(_ position: Int, of article: ArticleKey) {
        guard entries[article]?.position != position else { return }
        entries[article, default: Entry()].position = position
        changed.insert(article)
    }

    /// The changes to write, which are then forgotten; `unmark` for an article marked unread.
    mutating func takeChanges() -> [ArticleKey: (entry: Entry, unmark: Bool)] {
        defer {
            changed.removeAll()
            unmarked.removeAll()
        }
        return Dictionary(uniqueKeysWithValues: changed.compactMap { article in
            entries[article].map { (article, ($0, unmarked.contains(article) && !$0.read)) }
        })
    }
}
