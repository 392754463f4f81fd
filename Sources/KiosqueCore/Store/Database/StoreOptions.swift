import Foundation

/// How the stores open their databases; the defaults are what the program uses.
public struct StoreOptions: Sendable {
    /// How long a write waits for another process's write to finish before failing (seconds).
    public var busyTimeout: TimeInterval
    /// SQL run on every new connection after the program's own settings. Tests use it to make a
    /// real SQLite failure happen (`PRAGMA query_only = ON` gives SQLITE_READONLY,
    /// `PRAGMA max_page_count = N` gives SQLITE_FULL), because chmod does not stop root.
    public var connectionSQL: @Sendable () -> [String]

    public init(busyTimeout: TimeInterval = 10, connectionSQL: @escaping @Sendable () -> [String] = { [] }) {
        self.busyTimeout = busyTimeout
        self.connectionSQL = connectionSQL
    }
}
