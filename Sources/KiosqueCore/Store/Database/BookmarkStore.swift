import Foundation
import GRDB

/// The bookmarks database, `$XDG_DATA_HOME/kiosque/bookmarks.sqlite`.
///
/// Every change is committed in its own transaction before the call returns (it survives
/// `kill -9`). Several processes can use the file at once (WAL mode, busy timeout). When the disk
/// refuses a change (read-only folder, full disk), the change is kept in memory, shown in lists
/// as if written, and written at the next change or `retryPendingWrites()`; a notice says so. A
/// damaged file is moved aside and a new one started (a notice says where it went). Deletion is
/// a mark (`deleted`), so `undoDelete` restores the bookmark as it was.
///
/// Safe to call from any thread (one lock around the store's state).
public final class BookmarkStore: @unchecked Sendable {
    public static let fileName = "bookmarks.sqlite"

    /// The database file.
    public let url: URL
    private let options: StoreOptions
    private let lock = NSLock()
    private var pool: DatabaseQueue?
    private var pending: [PendingWrite] = []
    private var notices: [StoreNotice] = []
    private var lastError: StoreError?
    /// The database was last opened read-only (a read-only folder or file): its bookmarks are
    /// read, changes are kept in memory.
    private var isReadOnly = false

    /// The store in the user's data folder.
    public convenience init(directories: AppDirectories = AppDirectories(), options: StoreOptions = StoreOptions()) {
        self.init(url: directories.data.appendingPathComponent(Self.fileName), options: options)
    }

    /// Opens (or creates) the database at `url`. Never fails: when the file cannot be opened the
    /// store keeps changes in memory, `openError` says why, and each change tries again.
    public init(url: URL, options: StoreOptions = StoreOptions()) {
        self.url = url
        self.options = options
        lock.withLock { _ = try? connectLocked() }
    }

    /// True when the database could only be opened read-only (a read-only folder or file): the
    /// bookmarks are read, changes stay in memory (`pendingWrites`).
    public var openedReadOnly: Bool { lock.withLock { pool != nil && isReadOnly } }

    /// Why the database is not open now, if it is not.
    public var openError: StoreError? { lock.withLock { pool == nil ? lastError : nil } }

    /// Changes not yet on disk, oldest first.
    public var pendingWrites: [PendingWrite] { lock.withLock { pending } }

    /// Notices for the user since the last call (moved-aside file, changes kept in memory...).
    public func takeNotices() -> [StoreNotice] {
        lock.withLock {
            defer { notices.removeAll() }
            return notices
        }
    }

    // MARK: Changes

    /// Adds a bookmark (or replaces the one with the same id).
    @discardableResult
    public func add(_ bookmark: Bookmark) -> WriteOutcome { perform(.save(bookmark)) }

    /// Replaces the note of a bookmark. Throws `notFound` when there is no such live bookmark.
    @discardableResult
    public func updateNote(of id: BookmarkID, to note: String, at date: Date = Date()) throws(StoreError) -> WriteOutcome {
        try requireKnown(id, live: true)
        return perform(.note(id, note, at: date))
    }

    /// Replaces the tags of a bookmark (`BookmarkTags.normalized`). Throws `notFound` when there
    /// is no such live bookmark.
    @discardableResult
    public func updateTags(of id: BookmarkID, to tags: [String], at date: Date = Date()) throws(StoreError) -> WriteOutcome {
        try requireKnown(id, live: true)
        return perform(.tags(id, BookmarkTags.normalized(tags), at: date))
    }

    /// Marks a bookmark deleted; `undoDelete` brings it back. Throws `notFound` for an unknown
    /// or already deleted id.
    @discardableResult
    public func delete(_ id: BookmarkID, at date: Date = Date()) throws(StoreError) -> WriteOutcome {
        try requireKnown(id, live: true)
        return perform(.delete(id, at: date))
    }

    /// Restores a deleted bookmark as it was.
    @discardableResult
    public func undoDelete(_ id: BookmarkID) throws(StoreError) -> WriteOutcome {
        try requireKnown(id, live: false)
        return perform(.restore(id))
    }

    /// Throws `notFound` when the bookmark is unknown (or deleted, when `live`). When the database
    /// cannot be read, the change is let through: it is written, or kept in memory, as any other.
    private func requireKnown(_ id: BookmarkID, live: Bool) throws(StoreError) {
        let found: Bookmark?
        do { found = try fetchBookmark(id) } catch { return }
        guard let found, !(live && found.isDeleted) else { throw .notFound(id) }
    }

    /// Writes the changes kept in memory, if the disk takes them now.
    @discardableResult
    public func retryPendingWrites() -> WriteOutcome { lock.withLock { flushLocked() } }

    // MARK: Reading

    /// The bookmarks matching `filter`, oldest first, with the changes kept in memory applied.
    /// Throws when the database cannot be read.
    public func fetchBookmarks(_ filter: BookmarkFilter = .all) throws(StoreError) -> [Bookmark] {
        lock.lock()
        defer { lock.unlock() }
        var rows: [Bookmark] = []
        do {
            let pool = try connectLocked()
            rows = try pool.read { db in try BookmarkRow.fetchAll(db, article: filter.article, includeDeleted: true) }
        } catch {
            let failure = StoreError.from(error, path: url.path)
            // Nothing on disk can be read: when changes wait in memory, they are all there is.
            guard pool == nil, !pending.isEmpty else { throw failure }
        }
        return filter.apply(Self.overlay(rows, pending))
    }

    /// Like `fetchBookmarks`, for the reader: never throws; when the database cannot be read,
    /// only the changes kept in memory are listed and a notice says why.
    public func bookmarks(_ filter: BookmarkFilter = .all) -> [Bookmark] {
        do {
            return try fetchBookmarks(filter)
        } catch {
            return lock.withLock {
                notices.append(.unreadable(error))
                return filter.apply(Self.overlay([], pending))
            }
        }
    }

    /// One bookmark, deleted or not, or nil.
    public func fetchBookmark(_ id: BookmarkID) throws(StoreError) -> Bookmark? {
        try fetchBookmarks(BookmarkFilter(includeDeleted: true)).first { $0.id == id }
    }

    // MARK: Import

    /// Adds bookmarks read from an export, in one transaction. A bookmark already there (same
    /// id) is replaced only by a newer version (its last update or deletion is older than the
    /// file's update), so importing the same file twice changes nothing.
    public func importBookmarks(_ incoming: [Bookmark]) throws(StoreError) -> ImportSummary {
        lock.lock()
        defer { lock.unlock() }
        _ = flushLocked()
        do {
            let pool = try connectLocked()
            return try pool.write { db in
                var summary = ImportSummary()
                for bookmark in incoming {
                    if let existing = try BookmarkRow.fetchOne(db, id: bookmark.id) {
                        let existingTime = max(existing.updated, existing.deleted ?? existing.updated)
                        if bookmark.updated > existingTime {
                            try BookmarkRow.save(bookmark, db)
                            summary.updated += 1
                        } else {
                            summary.unchanged += 1
                        }
                    } else {
                        try BookmarkRow.save(bookmark, db)
                        summary.added += 1
                    }
                }
                return summary
            }
        } catch {
            let failure = StoreError.from(error, path: url.path)
            dropConnectionIfDamaged(error)
            throw failure
        }
    }

    // MARK: Inside

    private func perform(_ write: PendingWrite) -> WriteOutcome {
        lock.withLock {
            pending.append(write)
            return flushLocked()
        }
    }

    /// Writes the pending changes in order, each in its own transaction; stops at the first
    /// failure and keeps it and the rest.
    private func flushLocked() -> WriteOutcome {
        guard !pending.isEmpty else { return .saved }
        let hadFailed = lastError != nil
        // After a failure, a fresh connection: one opened while the file could not be written
        // stays read-only even once it can.
        if hadFailed { pool = nil }
        var written = 0
        do {
            let pool = try connectLocked()
            while let first = pending.first {
                try pool.write { db in try Self.apply(first, db) }
                pending.removeFirst()
                written += 1
            }
        } catch {
            let failure = StoreError.from(error, path: url.path)
            lastError = failure
            dropConnectionIfDamaged(error)
            // A fresh connection next time: it sees the disk as it is then.
            pool = nil
            notices.append(.keptInMemory(count: pending.count, error: failure))
            return .keptInMemory(failure)
        }
        if hadFailed {
            lastError = nil
            notices.append(.pendingWritten(count: written))
        }
        return .saved
    }

    private static func apply(_ write: PendingWrite, _ db: Database) throws {
        switch write {
        case .save(let bookmark):
            try BookmarkRow.save(bookmark, db)
        case .note(let id, let note, let date):
            try db.execute(sql: "UPDATE bookmark SET note = \(WholeText.placeholder), updated_ms = ? WHERE id = ?",
                           arguments: [WholeText.argument(note), date.millisecondsSince1970, id.rawValue])
        case .tags(let id, let tags, let date):
            try db.execute(sql: "UPDATE bookmark SET tags = ?, updated_ms = ? WHERE id = ?",
                           arguments: [BookmarkRow.json(tags), date.millisecondsSince1970, id.rawValue])
        case .delete(let id, let date):
            try db.execute(sql: "UPDATE bookmark SET deleted_ms = ? WHERE id = ?",
                           arguments: [date.millisecondsSince1970, id.rawValue])
        case .restore(let id):
            try db.execute(sql: "UPDATE bookmark SET deleted_ms = NULL WHERE id = ?", arguments: [id.rawValue])
        }
    }

    /// The open database, opening it if needed (moving a damaged file aside).
    private func connectLocked() throws(StoreError) -> DatabaseQueue {
        if let pool { return pool }
        do {
            let (opened, notice) = try SQLiteFile.open(url, kind: .data, migrator: BookmarkSchema.migrator, options: options,
                                                     readOnlyFallback: true, connect: DatabaseQueue.init(path:configuration:))
            if let notice { notices.append(notice) }
            // Said once, when the file becomes read-only (every retry opens it again).
            let readOnlyNow = SQLiteFile.isReadOnly(opened)
            if readOnlyNow, !isReadOnly { notices.append(.readOnly(file: url.path)) }
            isReadOnly = readOnlyNow
            pool = opened
            return opened
        } catch {
            lastError = error
            throw error
        }
    }

    /// After SQLite reported the file damaged while in use: close it and move it aside, so that
    /// the next connection starts a new database (the pending changes are then written to it).
    private func dropConnectionIfDamaged(_ error: any Error) {
        guard StoreError.isCorruption(error) else { return }
        pool = nil
        let problem = FileProblem.damaged("found while in use")
        if let movedTo = try? SQLiteFile.moveAside(url, problem: problem, now: Date()) {
            notices.append(.movedAside(file: url.path, movedTo: movedTo.path, problem: problem))
        }
    }

    /// Database rows with the pending changes applied, in creation order.
    static func overlay(_ rows: [Bookmark], _ pending: [PendingWrite]) -> [Bookmark] {
        var byID: [BookmarkID: Bookmark] = [:]
        var order: [BookmarkID] = []
        for row in rows {
            byID[row.id] = row
            order.append(row.id)
        }
        for write in pending {
            if byID[write.bookmarkID] == nil, case .save = write { order.append(write.bookmarkID) }
            write.apply(to: &byID)
        }
        return order.compactMap { byID[$0] }.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
    }
}
