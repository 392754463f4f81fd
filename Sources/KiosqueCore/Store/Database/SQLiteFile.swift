import Foundation
import GRDB
import GRDBSQLite

/// What a SQLite file holds: it decides what `SQLiteFile.open` does with a file it cannot use.
public enum SQLiteFileKind: Sendable {
    /// The user's own work (`bookmarks.sqlite`): never deleted, never replaced while another
    /// version of Kiosque may still use it.
    case data
    /// What the program remembers for the user (`reading.sqlite`, `history.sqlite`): worth
    /// keeping, not fatal to lose.
    case state
    /// Made from other files and made again at will (`index.sqlite`).
    case cache

    /// `synchronous = FULL` for what the user cannot make again (a committed change survives a
    /// power loss), `NORMAL` for a cache (WAL: a power loss may lose the last commits, never the file).
    var synchronous: String { self == .cache ? "NORMAL" : "FULL" }

    /// `PRAGMA quick_check` reads the whole file: cheap for the small data and state files,
    /// seconds for an index of hundreds of MB, whose damage is found when it is read instead.
    var checksOnOpen: Bool { self != .cache }
}

/// The one way Kiosque opens its SQLite files: folder created, WAL mode, a busy timeout (so that
/// two processes wait for each other), retries while another process sets a new file up, the
/// file checked, GRDB migrations applied, and a **recovery policy** by kind of file:
///
/// | the file is                                  | data (bookmarks)          | state (reading, history)  | cache (index)            |
/// |----------------------------------------------|---------------------------|---------------------------|--------------------------|
/// | damaged (no SQLite header, SQLite calls it   | moved aside, new database | moved aside, new database | moved aside (replacing   |
/// | corrupt or not a database, or `quick_check`  | started, a notice says    | started, a notice says    | an earlier copy), made   |
/// | fails: not run on a cache)                   | where it went             | where it went             | again, a notice says so  |
/// | of another version (migrations this program  | refused:                  | moved aside, new database | deleted, made again,     |
/// | does not know, or tables and no record of    | `StoreError.otherVersion`,| started, a notice says    | a notice says so         |
/// | ours that `adopt` does not recognise)        | the file left untouched   | where it went             |                          |
/// | read-only, full, busy, its folder impossible | thrown as a `StoreError` (nothing moved); read-only with `readOnlyFallback`:    |||
/// |                                              | opened read-only (immutable when SQLite cannot make its `-shm` beside it)       |||
///
/// A file is moved aside, with its `-wal` and `-shm`, to `<name>.<why>-<yyyyMMddTHHmmssZ>.<ext>`
/// beside it (`why`: `corrupt` or `other`; `-2`, `-3`... when taken); user data and state are
/// never deleted. A file still unusable after a new start is an error (`StoreError.damaged`).
/// A cache found damaged while in use is marked (`markDamaged`: `<name>.damaged` beside it) and
/// set aside at its next opening.
/// An empty file is a new database.
enum SQLiteFile {
    static let header = Array("SQLite format 3\u{0}".utf8)

    /// Opens `url` with `connect` (`DatabaseQueue.init` or `DatabasePool.init`, as the store
    /// needs), applies the recovery policy of `kind` and the migrations of `migrator`. `adopt`
    /// recognises a file made before its migrations were recorded (then the migrations run on
    /// it and must take it as it is). Returns the database and the notice to give the user.
    ///
    /// With `readOnlyFallback`, a file the disk will not let this process write (a read-only
    /// folder or file: `StoreError.readOnly` at the opening) is opened again read-only, so that
    /// what it holds can still be read; writes then fail with `StoreError.readOnly`.
    static func open<Writer: DatabaseWriter>(
        _ url: URL, kind: SQLiteFileKind, migrator: DatabaseMigrator, options: StoreOptions = StoreOptions(),
        readOnlyFallback: Bool = false,
        adopt: @escaping (Database) throws -> Bool = { _ in false }, now: Date = Date(),
        connect: (String, Configuration) throws -> Writer
    ) throws(StoreError) -> (Writer, StoreNotice?) {
        let folder = url.deletingLastPathComponent()
        do {
            try AppDirectories.ensure(folder)
        } catch {
            throw StoreError.folder(error, path: folder.path)
        }
        var notice: StoreNotice?
        var startedAgain = false
        if kind == .cache, let problem = claimDamageMark(url) {
            notice = try recover(url, kind: kind, problem: problem, now: now)
            startedAgain = true
        }
        var busyRetries = 0
        var access = Access.readWrite
        while true {
            switch attemptOpen(url, kind: kind, migrator: migrator, options: options, access: access,
                               adopt: adopt, connect: connect) {
            case .opened(let writer):
                return (writer, notice)
            case .unusable(let problem):
                guard !startedAgain else { throw StoreError.damaged(path: url.path, problem: problem) }
                notice = try recover(url, kind: kind, problem: problem, now: now)
                startedAgain = true
            case .busy(let error):
                // Another process is setting the file up (WAL switch, migrations): SQLite refuses
                // at once rather than wait, to avoid a deadlock. Wait a little and try again.
                guard busyRetries < SQLiteBusy.retryLimit else { throw error }
                busyRetries += 1
                SQLiteBusy.pause()
            case .failed(.readOnly) where readOnlyFallback && access != .immutable:
                // Read-only first; in a folder where SQLite cannot make the `-shm` file a WAL
                // database opens only as immutable, right when no `-wal` holds commits yet.
                if access == .readWrite {
                    access = .readOnly
                } else if (try? FileManager.default.attributesOfItem(atPath: url.path + "-wal")[.size] as? Int) ?? 0 == 0 {
                    access = .immutable
                } else {
                    throw StoreError.readOnly(path: url.path)
                }
            case .failed(let error):
                throw error
            }
        }
    }

    /// True when SQLite will not write through this connection (opened read-only, or a file the
    /// process may not write, which SQLite opens read-only by itself).
    static func isReadOnly(_ writer: some DatabaseWriter) -> Bool {
        (try? writer.read { db in sqlite3_db_readonly(db.sqliteConnection, "main") == 1 }) ?? false
    }

    /// How a connection opens the file: `readOnly` and `immutable` (the file is taken not to
    /// change while open: SQLite needs no `-shm` file) are the fallbacks of `readOnlyFallback`.
    private enum Access {
        case readWrite, readOnly, immutable
    }

    private enum Attempt<Writer> {
        case opened(Writer)
        case unusable(FileProblem)
        case busy(StoreError)
        case failed(StoreError)
    }

    private enum SchemaStatus {
        case current, behind, other
    }

    private static func classify<Writer>(_ error: any Error, path: String) -> Attempt<Writer> {
        if let database = error as? DatabaseError {
            if database.resultCode == .SQLITE_NOTADB { return .unusable(.notADatabase) }
            if database.resultCode == .SQLITE_CORRUPT { return .unusable(.damaged(database.message ?? "malformed")) }
        }
        if SQLiteBusy.isBusy(error) { return .busy(StoreError.from(error, path: path)) }
        return .failed(StoreError.from(error, path: path))
    }

    private static func attemptOpen<Writer: DatabaseWriter>(
        _ url: URL, kind: SQLiteFileKind, migrator: DatabaseMigrator, options: StoreOptions, access: Access,
        adopt: @escaping (Database) throws -> Bool, connect: (String, Configuration) throws -> Writer
    ) -> Attempt<Writer> {
        let path = url.path
        // A file another process is creating this very moment could be read before its first
        // page is written: only a header still wrong a moment later makes the file damaged.
        if headerProblem(url) != nil {
            usleep(50_000)
            if let problem = headerProblem(url) { return .unusable(problem) }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.readonly = access != .readWrite || options.openReadOnly()
        let extraSQL = options.connectionSQL
        let synchronous = kind.synchronous
        configuration.prepareDatabase { db in
            // On a database already in WAL mode this writes nothing, so a file the disk will not
            // let us write can still be read.
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
            for sql in extraSQL() { try db.execute(sql: sql) }
        }
        let writer: Writer
        do {
            if access == .immutable {
                let escaped = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
                writer = try connect("file:\(escaped)?immutable=1", configuration)
            } else {
                writer = try connect(path, configuration)
            }
        } catch {
            return classify(error, path: path)
        }
        do {
            if kind.checksOnOpen {
                let check = try writer.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
                if check != ["ok"] {
                    try? writer.close()
                    return .unusable(.damaged("integrity check: \(check.prefix(3).joined(separator: "; "))"))
                }
            }
            // Read first, so that a database the disk will not let us write can still be read.
            switch try writer.read({ db in try schemaStatus(db, migrator: migrator, adopt: adopt) }) {
            case .current: break
            case .behind: try migrate(writer, migrator)
            case .other:
                try? writer.close()
                return .unusable(.otherVersion)
            }
        } catch {
            try? writer.close()
            return classify(error, path: path)
        }
        return .opened(writer)
    }

    private static func schemaStatus(_ db: Database, migrator: DatabaseMigrator,
                                      adopt: (Database) throws -> Bool) throws -> SchemaStatus {
        // Straight from `sqlite_master`, not GRDB's schema cache, which a connection may keep
        // from before another process's migration. Names first, migrations next: a migration
        // commits its tables and its record at once, so tables seen imply their record is seen
        // after. (GRDB creates its own table before the first migration's transaction: another
        // process may be between the two.)
        let names = try tableNames(db)
        let applied = names.contains("grdb_migrations")
            ? try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") : []
        let known = migrator.migrations
        if !applied.isSubset(of: known) { return .other }
        if applied.isEmpty, !names.subtracting(["grdb_migrations"]).isEmpty, try !adopt(db) { return .other }
        return known.allSatisfy(applied.contains) ? .current : .behind
    }

    /// The names of the tables, indexes and views of the file, read from `sqlite_master`, but
    /// SQLite's own (`sqlite_autoindex_...`); for `adopt` closures too, since GRDB's
    /// `tableExists` may answer from a stale cache.
    static func tableNames(_ db: Database) throws -> Set<String> {
        try String.fetchSet(db, sql: #"SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'"#)
    }

    /// Runs the migrations. Two processes opening a new file at once may both try the first
    /// migration (GRDB reads the applied ones before taking the write lock); the loser fails
    /// and, on the next try, finds them applied.
    private static func migrate(_ writer: some DatabaseWriter, _ migrator: DatabaseMigrator) throws {
        for attempt in 0..<3 {
            do {
                try migrator.migrate(writer)
                return
            } catch {
                if StoreError.isCorruption(error) { throw error }
                if try writer.read({ try migrator.hasCompletedMigrations($0) }) { return }
                if attempt == 2 { throw error }
            }
        }
    }

    /// What the policy does with an unusable file; throws when it refuses to touch it.
    private static func recover(_ url: URL, kind: SQLiteFileKind, problem: FileProblem,
                                now: Date) throws(StoreError) -> StoreNotice {
        switch (kind, problem) {
        case (.data, .otherVersion):
            throw StoreError.otherVersion(path: url.path)
        case (.cache, .otherVersion):
            try remove(url)
            return .rebuilt(file: url.path, setAsideTo: nil, problem: problem)
        case (.cache, _):
            removeEarlierCopies(of: url, problem: problem)
            let movedTo = try moveAside(url, problem: problem, now: now)
            return .rebuilt(file: url.path, setAsideTo: movedTo.path, problem: problem)
        case (.data, _), (.state, _):
            let movedTo = try moveAside(url, problem: problem, now: now)
            return .movedAside(file: url.path, movedTo: movedTo.path, problem: problem)
        }
    }

    /// The mark left beside a cache found damaged while in use.
    static func damageMark(_ url: URL) -> URL { URL(fileURLWithPath: url.path + ".damaged") }

    /// Marks a cache found damaged while in use (SQLITE_CORRUPT at a read, an undecodable row):
    /// the next `open` sets it aside and makes it again. Moving it now would pull it from under
    /// the connections still open on it, in this process and others.
    static func markDamaged(_ url: URL, problem: FileProblem) {
        let detail: String
        switch problem {
        case .damaged(let text): detail = text
        case .notADatabase, .otherVersion: detail = problem.description
        }
        try? Data(detail.utf8).write(to: damageMark(url), options: .atomic)
    }

    /// The problem a damage mark records, after removing the mark; nil when there is none (or
    /// another process took it first: it is making the cache again).
    private static func claimDamageMark(_ url: URL) -> FileProblem? {
        let mark = damageMark(url)
        guard let data = FileManager.default.contents(atPath: mark.path),
              (try? FileManager.default.removeItem(at: mark)) != nil else { return nil }
        return .damaged("found while in use: " + String(decoding: data, as: UTF8.self))
    }

    /// Why a file that exists is not a SQLite database, or nil (missing and empty files are fine).
    static func headerProblem(_ url: URL) -> FileProblem? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.count)) ?? Data()
        if start.isEmpty { return nil }
        return Array(start) == header ? nil : .notADatabase
    }

    /// The word of the moved-aside name for `problem`.
    static func label(_ problem: FileProblem) -> String {
        problem == .otherVersion ? "other" : "corrupt"
    }

    /// Renames the file (and its `-wal` and `-shm` companions, which belong to it) to
    /// `<name>.<why>-<yyyyMMdd'T'HHmmss'Z'>.<extension>`, adding `-2`, `-3`... if taken.
    static func moveAside(_ url: URL, problem: FileProblem = .notADatabase, now: Date) throws(StoreError) -> URL {
        let folder = url.deletingLastPathComponent()
        let stem = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.isEmpty ? "sqlite" : url.pathExtension
        let prefix = "\(stem).\(label(problem))-\(timestamp(now))"
        let fm = FileManager.default
        var target = folder.appendingPathComponent("\(prefix).\(ext)")
        var n = 2
        while fm.fileExists(atPath: target.path) {
            target = folder.appendingPathComponent("\(prefix)-\(n).\(ext)")
            n += 1
        }
        do {
            try fm.moveItem(at: url, to: target)
            for companion in ["-wal", "-shm"] where fm.fileExists(atPath: url.path + companion) {
                try fm.moveItem(atPath: url.path + companion, toPath: target.path + companion)
            }
        } catch {
            throw StoreError.cannotMoveAside(path: url.path, reason: (error as NSError).localizedDescription)
        }
        return target
    }

    /// Deletes the file and its `-wal` and `-shm` companions (a cache only).
    private static func remove(_ url: URL) throws(StoreError) {
        let fm = FileManager.default
        for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: url.path + suffix) {
            do {
                try fm.removeItem(atPath: url.path + suffix)
            } catch {
                throw StoreError.cannotMoveAside(path: url.path, reason: (error as NSError).localizedDescription)
            }
        }
    }

    /// Deletes the copies of a cache set aside earlier for the same kind of problem, so that at
    /// most one is kept (an index can take hundreds of MB).
    private static func removeEarlierCopies(of url: URL, problem: FileProblem) {
        let folder = url.deletingLastPathComponent()
        let prefix = "\(url.deletingPathExtension().lastPathComponent).\(label(problem))-"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(prefix) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
