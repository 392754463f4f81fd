import GRDB
import GRDBSQLite

/// Stops a long SQLite statement when its caller no longer wants the answer: a progress handler
/// on the connection (every `interval` virtual machine steps) asks `cancellation`, and SQLite
/// then ends the statement with `SQLITE_INTERRUPT`. Only this connection is affected, unlike
/// `sqlite3_interrupt` on a pool, which would also stop the index update writing meanwhile.
enum StatementInterruption {
    /// Runs `body` on `db` with the handler installed (removed afterwards); without a
    /// cancellation, runs it as is.
    static func run<T>(_ db: Database, cancellation: IndexCancellation?, interval: Int32 = 4_096,
                       _ body: () throws -> T) throws -> T {
        guard let cancellation, let connection = db.sqliteConnection else { return try body() }
        let context = Unmanaged.passUnretained(cancellation).toOpaque()
        sqlite3_progress_handler(connection, interval, { context in
            guard let context else { return 0 }
            return Unmanaged<IndexCancellation>.fromOpaque(context).takeUnretainedValue().isCancelled ? 1 : 0
        }, context)
        defer { sqlite3_progress_handler(connection, 0, nil, nil) }
        return try withExtendedLifetime(cancellation) { try body() }
    }
}
