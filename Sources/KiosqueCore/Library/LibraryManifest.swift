import Foundation
import GRDB

/// The library's manifest (`manifest.sqlite`): for each article its batch file, the hash of its
/// text, its SimHash in four indexed bands (`TextFingerprint`) and the feeds it came from; the keys
/// that name articles (guid within a feed, link, imported id); the runs committed but not yet
/// renamed into place. Everything in it can be rebuilt from the batch files.
final class LibraryManifest {
    private let queue: DatabaseQueue
    /// What happened on opening, for the user (a damaged manifest set aside and rebuilt).
    private(set) var notes: [LoadReason] = []

    private init(queue: DatabaseQueue) {
        self.queue = queue
    }

    static let schema = """
        CREATE TABLE IF NOT EXISTS article(
            id TEXT PRIMARY KEY, batch TEXT NOT NULL, content INTEGER NOT NULL, simhash INTEGER NOT NULL,
            words INTEGER NOT NULL, b0 INTEGER, b1 INTEGER, b2 INTEGER, b3 INTEGER, feeds TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS article_batch ON article(batch);
        CREATE INDEX IF NOT EXISTS article_b0 ON article(b0);
        CREATE INDEX IF NOT EXISTS article_b1 ON article(b1);
        CREATE INDEX IF NOT EXISTS article_b2 ON article(b2);
        CREATE INDEX IF NOT EXISTS article_b3 ON article(b3);
        CREATE TABLE IF NOT EXISTS key(key TEXT PRIMARY KEY, article TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS run(id TEXT PRIMARY KEY);
        """

    /// Opens (or makes) the manifest of `store`; a damaged one is moved aside, and a new or
    /// moved one is rebuilt from the batch files.
    static func open(store: LibraryStore) throws(LibraryError) -> LibraryManifest {
        let url = store.manifestURL
        let existed = FileManager.default.fileExists(atPath: url.path)
        var notes: [LoadReason] = []
        var manifest: LibraryManifest
        do {
            manifest = try make(url)
        } catch {
            let aside = url.path + ".damaged-\(Int(Date().timeIntervalSince1970))"
            try? FileManager.default.removeItem(atPath: url.path + "-wal")
            try? FileManager.default.removeItem(atPath: url.path + "-shm")
            guard rename(url.path, aside) == 0 || !FileManager.default.fileExists(atPath: url.path) else {
                throw .manifest(path: url.path, reason: "\(error)")
            }
            notes.append(.manifestRebuilt(detail: "\(error)", movedTo: aside))
            do { manifest = try make(url) } catch { throw .manifest(path: url.path, reason: "\(error)") }
            return try manifest.rebuilt(store: store, notes: notes)
        }
        if !existed { return try manifest.rebuilt(store: store, notes: notes) }
        return manifest
    }

    private static func make(_ url: URL) throws -> LibraryManifest {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: schema)
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM article")
        }
        return LibraryManifest(queue: queue)
    }

    /// Fills an empty manifest from the batch files (kept when the manifest is lost).
    private func rebuilt(store: LibraryStore, notes: [LoadReason]) throws(LibraryError) -> LibraryManifest {
        self.notes = notes
        let files = LibraryWriter.files(in: store.articlesFolder, hidden: false)
        guard !files.isEmpty else { return self }
        try write { db in
            for (month, name) in files {
                let batch = "\(month)/\(name)"
                let lines = LibraryBatch.read(store.articlesFolder.appendingPathComponent(batch))
                for case .record(let record) in lines {
                    try Self.save(record, batch: batch, db: db)
                }
            }
        }
        return self
    }

    func close() { try? queue.close() }

    /// Runs `body` in one write transaction.
    func write(_ body: (Database) throws -> Void) throws(LibraryError) {
        do {
            try queue.write { db in try body(db) }
        } catch let error as LibraryError {
            throw error
        } catch let error as FileWriteError {
            throw .write(error)
        } catch {
            throw .manifest(path: queue.path, reason: "\(error)")
        }
    }

    func committedRuns() throws(LibraryError) -> Set<String> {
        do { return Set(try queue.read { try String.fetchAll($0, sql: "SELECT id FROM run") }) } catch {
            throw .manifest(path: queue.path, reason: "\(error)")
        }
    }

    /// Forgets the runs whose files are all in place.
    func forgetRuns() throws(LibraryError) {
        try write { try $0.execute(sql: "DELETE FROM run") }
    }

    static func commit(run: String, db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO run(id) VALUES (?)", arguments: [run])
    }

    /// Forgets the articles of batch files no longer there (removed by hand): they may come again.
    func forgetBatches(notIn present: Set<String>) throws(LibraryError) {
        try write { db in
            let known = try String.fetchAll(db, sql: "SELECT DISTINCT batch FROM article")
            for batch in known where !present.contains(batch) {
                try db.execute(sql: "DELETE FROM key WHERE article IN (SELECT id FROM article WHERE batch = ?)", arguments: [batch])
                try db.execute(sql: "DELETE FROM article WHERE batch = ?", arguments: [batch])
            }
        }
    }

    // MARK: Rows

    /// Saves `record`'s row and keys (its batch `month/name`).
    static func save(_ record: LibraryRecord, batch: String, fingerprint known: TextFingerprint? = nil, db: Database) throws {
        let fingerprint = known ?? TextFingerprint(text: record.text)
        let bands: [Int64?] = fingerprint.words >= TextFingerprint.minimumWords ? fingerprint.bands : [nil, nil, nil, nil]
        let feeds = String(decoding: (try? JSONEncoder().encode(record.feeds)) ?? Data("[]".utf8), as: UTF8.self)
        try db.execute(sql: """
            INSERT OR REPLACE INTO article(id, batch, content, simhash, words, b0, b1, b2, b3, feeds)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [record.id, batch, record.contentHash, Int64(bitPattern: fingerprint.hash), fingerprint.words,
                             bands[0], bands[1], bands[2], bands[3], feeds])
        for key in record.keys {
            try db.execute(sql: "INSERT OR IGNORE INTO key(key, article) VALUES (?, ?)", arguments: [key, record.id])
        }
    }

    /// The article a key names, if any.
    static func article(key: String, db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT article FROM key WHERE key = ?", arguments: [key])
    }

    static func batch(of id: String, db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT batch FROM article WHERE id = ?", arguments: [id])
    }

    static func exists(id: String, db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM article WHERE id = ?", arguments: [id]) ?? false
    }

    /// Articles sharing a band with `fingerprint`: `(id, fingerprint, feeds)`.
    static func candidates(_ fingerprint: TextFingerprint, db: Database) throws -> [(String, TextFingerprint, [String])] {
        let bands = fingerprint.bands
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, simhash, words, feeds FROM article WHERE b0 = ? OR b1 = ? OR b2 = ? OR b3 = ?
            """, arguments: [bands[0], bands[1], bands[2], bands[3]])
        return rows.map { row in
            let feeds = (try? JSONDecoder().decode([String].self, from: Data((row[3] as String? ?? "[]").utf8))) ?? []
            return (row[0], TextFingerprint(hash: UInt64(bitPattern: row[1]), words: row[2]), feeds)
        }
    }

    /// How many articles the library holds.
    func count() -> Int {
        (try? queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM article") }) ?? 0
    }
}
