import Foundation
import GRDB

/// The searches typed, most recent first, each once, at most `limit` of them
/// (`$XDG_STATE_HOME/kiosque/history.sqlite`).
///
/// Two instances may write at once: each write is one short transaction in WAL mode, and a query
/// typed again only moves to the top.
public final class SearchHistory: Sendable {
    public static let defaultLimit = 500
    public let url: URL
    public let limit: Int
    private let database: DatabaseQueue

    /// Opens (creating if needed) the history file, as state (`SQLiteFile`'s recovery policy): a
    /// damaged file, or one of another version, is moved aside and a new one started (`notes`
    /// says so).
    public init(url: URL, limit: Int = SearchHistory.defaultLimit, options: StoreOptions = StoreOptions()) throws(IndexError) {
        self.url = url
        self.limit = max(1, limit)
        let notice: StoreNotice?
        do {
            (database, notice) = try SQLiteFile.open(url, kind: .state, migrator: Self.migrator, options: options,
                                                     adopt: { db in try SQLiteFile.tableNames(db).contains("search") },
                                                     connect: DatabaseQueue.init(path:configuration:))
        } catch {
            throw .file(error)
        }
        notes = notice.map { [$0] } ?? []
    }

    /// The history's migrations; the first one also takes a history made before migrations were
    /// recorded (same table) as it is.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-history") { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS search(
                    query TEXT PRIMARY KEY NOT NULL,
                    time REAL NOT NULL)
                """)
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS search_time ON search(time)")
        }
        return migrator
    }

    /// What happened on opening (a damaged file moved aside), for the status line.
    public let notes: [StoreNotice]

    /// The history of the user's state folder.
    public convenience init(directories: AppDirectories = AppDirectories()) throws(IndexError) {
        try self.init(url: directories.state.appendingPathComponent("history.sqlite"))
    }

    /// Closes the file now instead of when the history is released (before the process exits).
    public func close() throws(IndexError) {
        try IndexError.wrap(path: url.path) { try database.close() }
    }

    /// Records a search as the most recent; blank queries are ignored. Keeps at most `limit`.
    public func record(_ query: String, at time: Date = Date()) throws(IndexError) {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        let limit = self.limit
        try IndexError.wrap(path: url.path) {
            try database.write { db in
                try db.execute(sql: """
                    INSERT INTO search(query, time) VALUES (\(WholeText.placeholder), ?)
                    ON CONFLICT(query) DO UPDATE SET time = excluded.time
                    """, arguments: [WholeText.argument(trimmed), time.timeIntervalSince1970])
                try db.execute(sql: """
                    DELETE FROM search WHERE query NOT IN (
                        SELECT query FROM search ORDER BY time DESC, rowid DESC LIMIT ?)
                    """, arguments: [limit])
            }
        }
    }

    /// The searches, most recent first.
    public func recent(limit: Int? = nil) throws(IndexError) -> [String] {
        let count = limit ?? self.limit
        return try IndexError.wrap(path: url.path) {
            try database.read { db in
                try WholeText.fetchAll(db, sql: "SELECT \(WholeText.column("query")) FROM search ORDER BY time DESC, rowid DESC LIMIT ?",
                                       arguments: [count])
            }
        }
    }
}
