import Foundation
import GRDB

/// Opens a store's SQLite file (one serialized connection, `DatabaseQueue`: GRDB's
/// `DatabasePool` writes to the file when it opens, so it cannot read a read-only database):
/// folder created, WAL mode, a busy timeout so that two processes
/// writing at once both succeed, `synchronous = FULL` so that a committed change survives a crash
/// or power loss, migrations applied. A damaged file (not SQLite, failing `quick_check`, or
/// refused by SQLite as corrupt) is renamed `<name>.corrupt-<UTC time>.sqlite` beside it (never
/// deleted) and a new database is started.
enum SQLiteFile {
    static let header = Array("SQLite format 3\u{0}".utf8)

    /// The opened database, and the notice to give when a damaged file was moved aside.
    static func open(_ url: URL, migrator: DatabaseMigrator, options: StoreOptions,
                     now: Date = Date()) throws(StoreError) -> (DatabaseQueue, StoreNotice?) {
        let folder = url.deletingLastPathComponent()
        do {
            try AppDirectories.ensure(folder)
        } catch {
            throw StoreError.from(error, path: folder.path)
        }
        var notice: StoreNotice?
        var movedAside = false
        var busyRetries = 0
        while true {
            switch attemptOpen(url, migrator: migrator, options: options) {
            case .opened(let pool):
                return (pool, notice)
            case .corrupt(let reason):
                guard !movedAside else {
                    throw StoreError.failed(path: url.path, reason: "still damaged after a new start: \(reason)")
                }
                let movedTo = try moveAside(url, now: now)
                notice = .movedAside(file: url.path, movedTo: movedTo.path, reason: reason)
                movedAside = true
            case .busy(let error):
                // Another process is setting the file up (WAL switch, migrations): SQLite refuses
                // at once rather than wait, to avoid a deadlock. Wait a little and try again.
                guard busyRetries < SQLiteBusy.retryLimit else { throw error }
                busyRetries += 1
                SQLiteBusy.pause()
            case .failed(let error):
                throw error
            }
        }
    }

    private enum Attempt {
        case opened(DatabaseQueue)
        case corrupt(String)
        case busy(StoreError)
        case failed(StoreError)
    }

    private static func classify(_ error: any Error, path: String) -> Attempt {
        if StoreError.isCorruption(error) { return .corrupt(describe(error)) }
        if SQLiteBusy.isBusy(error) { return .busy(StoreError.from(error, path: path)) }
        return .failed(StoreError.from(error, path: path))
    }

    private static func attemptOpen(_ url: URL, migrator: DatabaseMigrator, options: StoreOptions) -> Attempt {
        let path = url.path
        // A file another process is creating this very moment could be read before its first
        // page is written: only a header still wrong a moment later makes the file damaged.
        if headerProblem(url) != nil {
            usleep(50_000)
            if let problem = headerProblem(url) { return .corrupt(problem) }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(options.busyTimeout)
        configuration.readonly = options.openReadOnly()
        let extraSQL = options.connectionSQL
        configuration.prepareDatabase { db in
            // On a database already in WAL mode this writes nothing, so a file the disk will not
            // let us write can still be read.
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
            for sql in extraSQL() { try db.execute(sql: sql) }
        }
        let pool: DatabaseQueue
        do {
            pool = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            return classify(error, path: path)
        }
        do {
            let check = try pool.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
            if check != ["ok"] { return .corrupt("integrity check: \(check.prefix(3).joined(separator: "; "))") }
            // Checked first, so that a database the disk will not let us write can still be read.
            if try !pool.read({ try migrator.hasCompletedMigrations($0) }) { try migrate(pool, migrator) }
        } catch {
            return classify(error, path: path)
        }
        return .opened(pool)
    }

    /// Runs the migrations. Two processes opening a new file at once may both try the first
    /// migration (GRDB reads the applied ones before taking the write lock); the loser fails
    /// and, on the next try, finds them applied.
    private static func migrate(_ pool: DatabaseQueue, _ migrator: DatabaseMigrator) throws {
        for attempt in 0..<3 {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                if StoreError.isCorruption(error) { throw error }
                if try pool.read({ try migrator.hasCompletedMigrations($0) }) { return }
                if attempt == 2 { throw error }
            }
        }
    }

    /// Why a file that exists is not a SQLite database, or nil (missing and empty files are fine).
    static func headerProblem(_ url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.count)) ?? Data()
        if start.isEmpty { return nil }
        return Array(start) == header ? nil : "not a SQLite database"
    }

    private static func describe(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return String(describing: error)
    }

    /// Renames the file (and its `-wal` and `-shm` companions, which belong to it) to
    /// `<name>.corrupt-<yyyyMMdd'T'HHmmss'Z'>.<extension>`, adding `-2`, `-3`... if taken.
    static func moveAside(_ url: URL, now: Date) throws(StoreError) -> URL {
        let folder = url.deletingLastPathComponent()
        let stem = url.deletingPathExtension().lastPathComponent
        let ext = url.pathExtension.isEmpty ? "sqlite" : url.pathExtension
        let stamp = timestamp(now)
        let fm = FileManager.default
        var target = folder.appendingPathComponent("\(stem).corrupt-\(stamp).\(ext)")
        var n = 2
        while fm.fileExists(atPath: target.path) {
            target = folder.appendingPathComponent("\(stem).corrupt-\(stamp)-\(n).\(ext)")
            n += 1
        }
        do {
            try fm.moveItem(at: url, to: target)
            for companion in ["-wal", "-shm"] where fm.fileExists(atPath: url.path + companion) {
                try fm.moveItem(atPath: url.path + companion, toPath: target.path + companion)
            }
        } catch {
            throw StoreError.from(error, path: url.path)
        }
        return target
    }

    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }
}
