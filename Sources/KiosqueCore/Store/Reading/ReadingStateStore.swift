import Foundation
import GRDB

/// Per article, where the user was and whether it was read, and the last article opened:
/// `$XDG_STATE_HOME/kiosque/reading.sqlite` (WAL, migrations, busy timeout like the bookmarks).
///
/// Losing it is not fatal: a damaged file is moved aside and a new one started (`takeNotices`
/// says so); a failure to write is thrown for the caller to show, nothing is kept in memory.
public final class ReadingStateStore: @unchecked Sendable {
    public static let fileName = "reading.sqlite"

    public let url: URL
    private let pool: DatabaseQueue
    private let lock = NSLock()
    private var notices: [StoreNotice] = []

    /// The store in the user's state folder.
    public convenience init(directories: AppDirectories = AppDirectories(), options: StoreOptions = StoreOptions()) throws(StoreError) {
        try self.init(url: directories.state.appendingPathComponent(Self.fileName), options: options)
    }

    public init(url: URL, options: StoreOptions = StoreOptions()) throws(StoreError) {
        self.url = url
        let (pool, notice) = try SQLiteFile.open(url, kind: .state, migrator: ReadingSchema.migrator, options: options,
                                               connect: DatabaseQueue.init(path:configuration:))
        self.pool = pool
        if let notice { notices.append(notice) }
    }

    /// Notices since the last call (a damaged file moved aside).
    public func takeNotices() -> [StoreNotice] {
        lock.withLock {
            defer { notices.removeAll() }
            return notices
        }
    }

    /// The state of one article, nil when never opened.
    public func state(of article: ArticleKey) throws(StoreError) -> ReadingState? {
        try run { db in
            try Row.fetchOne(db, sql: "SELECT position, read, updated_ms FROM article_state WHERE article_id = ? AND location = ?",
                             arguments: [article.id.rawValue, article.location]).map(Self.state)
        }
    }

    /// Every article's state (for the list's unread marks).
    public func allStates() throws(StoreError) -> [ArticleKey: ReadingState] {
        try run { db in
            var out: [ArticleKey: ReadingState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT article_id, location, position, read, updated_ms FROM article_state") {
                out[ArticleKey(id: ArticleID(row["article_id"] ?? ""), location: row["location"] ?? "")] = Self.state(row)
            }
            return out
        }
    }

    /// Remembers where the user is in an article.
    public func savePosition(_ position: Int, of article: ArticleKey, at date: Date = Date()) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO article_state (article_id, location, position, read, updated_ms) VALUES (?, ?, ?, 0, ?)
                ON CONFLICT (article_id, location) DO UPDATE SET position = excluded.position, updated_ms = excluded.updated_ms
                """, arguments: [article.id.rawValue, article.location, max(0, position), date.millisecondsSince1970])
        }
    }

    /// Marks an article read (or unread again).
    public func setRead(_ read: Bool, of article: ArticleKey, at date: Date = Date()) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO article_state (article_id, location, position, read, updated_ms) VALUES (?, ?, 0, ?, ?)
                ON CONFLICT (article_id, location) DO UPDATE SET read = excluded.read, updated_ms = excluded.updated_ms
                """, arguments: [article.id.rawValue, article.location, read, date.millisecondsSince1970])
        }
    }

    /// Remembers the article open now, to bring it back when the reader starts again.
    public func setLastOpened(_ article: ArticleKey, at date: Date = Date()) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO last_opened (slot, article_id, location, updated_ms) VALUES (1, ?, ?, ?)
                ON CONFLICT (slot) DO UPDATE SET article_id = excluded.article_id, location = excluded.location,
                    updated_ms = excluded.updated_ms
                """, arguments: [article.id.rawValue, article.location, date.millisecondsSince1970])
        }
    }

    /// A change of one article's state for `record`.
    public struct Change: Hashable, Sendable {
        public var article: ArticleKey
        /// The new position, nil to keep the stored one.
        public var position: Int?
        /// True marks the article read; false leaves the stored mark, unless `unmark`.
        public var read: Bool
        /// True: the user marked the article unread; the stored mark is cleared.
        public var unmark: Bool
        public init(article: ArticleKey, position: Int?, read: Bool, unmark: Bool = false) {
            self.article = article
            self.position = position
            self.read = read
            self.unmark = unmark
        }
    }

    /// Writes several articles' changes and the article open now in one transaction (the reader
    /// batches them: on article change and when it stops).
    public func record(_ changes: [Change], lastOpened: ArticleKey?, at date: Date = Date()) throws(StoreError) {
        try write { db in
            for change in changes {
                let position = change.position.map { max(0, $0) }
                try db.execute(sql: """
                    INSERT INTO article_state (article_id, location, position, read, updated_ms) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (article_id, location) DO UPDATE SET position = COALESCE(?, article_state.position),
                        read = CASE WHEN ? THEN 0 ELSE MAX(article_state.read, excluded.read) END,
                        updated_ms = excluded.updated_ms
                    """, arguments: [change.article.id.rawValue, change.article.location, position ?? 0,
                                    change.read && !change.unmark, date.millisecondsSince1970, position, change.unmark])
            }
            if let lastOpened {
                try db.execute(sql: """
                    INSERT INTO last_opened (slot, article_id, location, updated_ms) VALUES (1, ?, ?, ?)
                    ON CONFLICT (slot) DO UPDATE SET article_id = excluded.article_id, location = excluded.location,
                        updated_ms = excluded.updated_ms
                    """, arguments: [lastOpened.id.rawValue, lastOpened.location, date.millisecondsSince1970])
            }
        }
    }

    /// The article open when the reader last stopped, nil when none.
    public func lastOpened() throws(StoreError) -> ArticleKey? {
        try run { db in
            try Row.fetchOne(db, sql: "SELECT article_id, location FROM last_opened WHERE slot = 1").map {
                ArticleKey(id: ArticleID($0["article_id"] ?? ""), location: $0["location"] ?? "")
            }
        }
    }

    private static func state(_ row: Row) -> ReadingState {
        ReadingState(position: row["position"] ?? 0, read: row["read"] ?? false,
                     updated: Date(millisecondsSince1970: row["updated_ms"] ?? 0))
    }

    private func run<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError.from(error, path: url.path)
        }
    }

    private func write(_ body: (Database) throws -> Void) throws(StoreError) {
        do {
            try pool.write(body)
        } catch {
            throw StoreError.from(error, path: url.path)
        }
    }
}
