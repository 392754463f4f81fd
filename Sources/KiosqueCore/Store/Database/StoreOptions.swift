import Foundation

/// How the stores open their databases; the defaults are what the program uses.
public struct StoreOptions: Sendable {
    /// How long a write waits for another process's write to finish before failing (seconds).
    public var busyTimeout: TimeInterval
    /// Asked at every opening: true opens the file read-only, as SQLite does by itself for a file
    /// the user cannot write; writes then fail with SQLITE_READONLY. For tests, which run as
    /// root, where chmod does not stop writes.
    public var openReadOnly: @Sendable () -> Bool
    /// SQL run on every new connection after the program's own settings. Tests use it to make a
    /// real SQLite failure happen (`PRAGMA max_page_count = 1` gives SQLITE_FULL).
    public var connectionSQL: @Sendable () -> [String]

    public init(busyTimeout: TimeInterval = 10, openReadOnly: @escaping @Sendable () -> Bool = { false },
                connectionSQL: @escaping @Sendable () -> [String] = { [] }) {
        self.busyTimeout = busyTimeout
        self.openReadOnly = openReadOnly
        self.connectionSQL = connectionSQL
    }
}
