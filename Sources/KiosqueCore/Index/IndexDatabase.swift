import Foundation
import GRDB

/// Opens the SQLite files Kiosque keeps outside the user's data (the index, the search history):
/// WAL mode, a busy timeout so that two instances wait for each other, and recovery: a file that
/// is not a database (or an unreadable one) is moved aside to `NAME.broken` and a new one made; a
/// file of another schema version is deleted (index) or moved aside (history) and made again.
enum IndexDatabase {
    /// Raised inside `open` when the file has another schema version.
    private struct OtherVersion: Error { var version: Int }

    static func open(url: URL, kind: String, schemaVersion: Int = 1, discardOtherVersions: Bool = false,
                     notes: inout [String], create: @escaping (Database) throws -> Void) throws(IndexError) -> DatabasePool {
        do {
            try AppDirectories.ensure(url.deletingLastPathComponent())
        } catch {
            throw IndexError("cannot create the folder \(url.deletingLastPathComponent().path) for the \(kind): \(error); check its permissions or set XDG_CACHE_HOME / XDG_STATE_HOME")
        }
        do {
            // Another instance creating the file at this moment makes SQLite answer busy at
            // once: wait for it rather than take its file for broken.
            return try SQLiteBusy.retrying { try attempt(url: url, schemaVersion: schemaVersion, create: create) }
        } catch let other as OtherVersion {
            let aside = discardOtherVersions ? nil : url.appendingPathExtension("v\(other.version)")
            try setAside(url, to: aside, kind: kind)
            notes.append(aside.map { "the \(kind) \(url.path) was made by another version of kiosque; it was moved to \($0.path) and a new one started" }
                ?? "the \(kind) \(url.path) was made by another version of kiosque; it is rebuilt")
        } catch where SQLiteBusy.isBusy(error) {
            throw IndexError("the \(kind) \(url.path) is kept busy by another program; close other kiosque windows and try again")
        } catch {
            let aside = url.appendingPathExtension("broken")
            try setAside(url, to: aside, kind: kind)
            notes.append("the \(kind) \(url.path) could not be read (\(error)); it was moved to \(aside.path) and a new one started")
        }
        do {
            return try attempt(url: url, schemaVersion: schemaVersion, create: create)
        } catch {
            throw IndexError("cannot create the \(kind) \(url.path): \(error); check the folder's permissions and free space")
        }
    }

    private static func attempt(url: URL, schemaVersion: Int, create: @escaping (Database) throws -> Void) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool = try DatabasePool(path: url.path, configuration: configuration)
        try pool.write { db in
            let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            if version == schemaVersion { return }
            let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            guard version == 0, objects == 0 else { throw OtherVersion(version: version) }
            try create(db)
            try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
        }
        return pool
    }

    /// Moves `url` and its WAL files aside (to `aside`), or deletes them when `aside` is nil.
    private static func setAside(_ url: URL, to aside: URL?, kind: String) throws(IndexError) {
        let manager = FileManager.default
        for suffix in ["", "-wal", "-shm"] {
            let file = URL(fileURLWithPath: url.path + suffix)
            guard manager.fileExists(atPath: file.path) else { continue }
            do {
                if let aside {
                    let target = URL(fileURLWithPath: aside.path + suffix)
                    if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
                    try manager.moveItem(at: file, to: target)
                } else {
                    try manager.removeItem(at: file)
                }
            } catch {
                throw IndexError("the \(kind) \(url.path) cannot be used and cannot be moved aside (\(error)); remove it by hand")
            }
        }
    }
}
