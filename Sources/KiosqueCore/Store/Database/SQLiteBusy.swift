import Foundation
import GRDB

/// SQLite refusing at once because another connection holds a lock it cannot wait for: two
/// connections both upgrading from a read lock (e.g. both switching a new file to WAL mode), where
/// SQLite answers `SQLITE_BUSY` without calling the busy handler to avoid a deadlock. Opening a
/// file then waits a little and tries again, instead of failing or taking the file for damaged.
enum SQLiteBusy {
    /// Tries before giving up, and the pause between them (seconds, jittered): about 4 s in all.
    static let retryLimit = 200
    static let retryDelay = 0.02

    static func isBusy(_ error: any Error) -> Bool {
        guard let database = error as? DatabaseError else { return false }
        return database.resultCode == .SQLITE_BUSY || database.resultCode == .SQLITE_LOCKED
    }

    static func pause() {
        usleep(useconds_t(retryDelay * 1_000_000 * Double.random(in: 0.5...1.5)))
    }

    /// Runs `body`, again after a pause each time it fails busy, up to `retryLimit` times.
    static func retrying<T>(_ body: () throws -> T) throws -> T {
        var tries = 0
        while true {
            do { return try body() } catch where isBusy(error) && tries < retryLimit {
                tries += 1
                pause()
            }
        }
    }
}
