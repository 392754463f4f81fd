import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user's library, `$XDG_DATA_HOME/kiosque/library/`: every fetched entry and imported
/// article, kept as data (deleting the index loses nothing).
///
/// - `articles/YYYY-MM/<time>-<tag>.jsonl`: batch files, one per run that added articles (at most
///   `batchSize` lines each), one article a line in the corpus format (`LibraryRecord`). Walked in
///   name order they give the articles in the order they arrived; the index reads them as any
///   JSONL file, and reuses the analysis of every line whose text did not change.
/// - `manifest.sqlite`: what finds an article again (its keys, its text's fingerprint, its batch).
///   Rebuilt from the batch files when missing or damaged.
/// - `.lock`: writers hold it (`flock`) from reading the manifest to the last rename, so two
///   `kiosque fetch` at once take turns; readers never wait.
///
/// A run writes its new and changed batch files as hidden `.pending-<run>-<name>` files, commits
/// the manifest (which records the run), then renames them into place. A run killed before its
/// commit leaves pending files that the next run removes; one killed after it leaves renames that
/// the next run finishes. No file is ever seen half written.
public struct LibraryStore: Sendable {
    public let folder: URL
    public var articlesFolder: URL { folder.appendingPathComponent("articles", isDirectory: true) }
    var manifestURL: URL { folder.appendingPathComponent("manifest.sqlite") }
    /// Articles per batch file: a changed article costs one batch's re-reading in the index.
    public static let batchSize = 500

    public init(folder: URL) {
        self.folder = folder
    }

    public init(directories: AppDirectories) {
        self.init(folder: directories.data.appendingPathComponent("library", isDirectory: true))
    }

    /// True when the library holds no batch file.
    public var isEmpty: Bool { LibraryWriter.files(in: articlesFolder, hidden: false).isEmpty }

    /// Which of `keys` name an article already in the library (read without the lock: a
    /// full-text fetch asks it to skip the pages of entries it has).
    public func knownKeys(_ keys: [String]) -> Set<String> {
        guard FileManager.default.fileExists(atPath: manifestURL.path), !keys.isEmpty else { return [] }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        guard let queue = try? DatabaseQueue(path: manifestURL.path, configuration: configuration) else { return [] }
        defer { try? queue.close() }
        let found = try? queue.read { db -> Set<String> in
            var found = Set<String>()
            for key in keys where try LibraryManifest.article(key: key, db: db) != nil { found.insert(key) }
            return found
        }
        return found ?? []
    }

    /// The articles folder when the library holds articles: what a command opens given no path.
    public var inputPath: String? { isEmpty ? nil : articlesFolder.path }

    /// Runs `body` holding the library's write lock; `waiting` is called once if another
    /// process holds it (to say so), before blocking until it is free.
    public func withLock<T>(waiting: (() -> Void)? = nil, _ body: (LibraryWriter) throws -> T) throws -> T {
        do { try AppDirectories.ensure(articlesFolder) } catch {
            throw LibraryError.folder(path: folder.path, reason: FileErrorReason.reason(error).description)
        }
        let lockPath = folder.appendingPathComponent(".lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw LibraryError.folder(path: folder.path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            waiting?()
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }
        defer { flock(fd, LOCK_UN) }
        let writer = try LibraryWriter(store: self)
        defer { writer.close() }
        try writer.recover()
        return try body(writer)
    }
}

/// The library opened for writing, under its lock (`LibraryStore.withLock`).
public final class LibraryWriter {
    let store: LibraryStore
    private(set) var manifest: LibraryManifest

    init(store: LibraryStore) throws(LibraryError) {
        self.store = store
        manifest = try LibraryManifest.open(store: store)
    }

    func close() { manifest.close() }

    /// Notes of the opening (a damaged manifest rebuilt), for the user.
    public var notes: [LoadReason] { manifest.notes }

    /// Finishes or undoes what a killed run left (see `LibraryStore`), and forgets articles whose
    /// batch file was removed by hand.
    func recover() throws(LibraryError) {
        let committed = try manifest.committedRuns()
        for (month, name) in Self.files(in: store.articlesFolder, hidden: true) where name.hasPrefix(".pending-") {
            let rest = name.dropFirst(".pending-".count)
            guard let dash = rest.firstIndex(of: "-") else { continue }
            let run = String(rest[..<dash])
            let final = String(rest[rest.index(after: dash)...])
            let folder = store.articlesFolder.appendingPathComponent(month)
            let pending = folder.appendingPathComponent(name).path
            if committed.contains(run) {
                rename(pending, folder.appendingPathComponent(final).path)
            } else {
                unlink(pending)
            }
        }
        try manifest.forgetRuns()
        let present = Set(Self.files(in: store.articlesFolder, hidden: false).map { "\($0.month)/\($0.name)" })
        try manifest.forgetBatches(notIn: present)
    }

    /// `(month folder, file name)` of the files under `articles/`, hidden ones or not.
    static func files(in folder: URL, hidden: Bool) -> [(month: String, name: String)] {
        let months = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        var out: [(String, String)] = []
        for month in months {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(month).path)) ?? []
            for name in names.sorted() where name.hasPrefix(".") == hidden && (hidden || name.hasSuffix(".jsonl")) {
                out.append((month, name))
            }
        }
        return out
    }

    /// Stores `entries` in order: a known entry (same guid, or same id for a file) whose text
    /// changed is updated in place (same id); an entry another outlet published already (same
    /// link, or near-identical text from another feed) adds its outlet to that article; the rest
    /// are new articles, in new batch files. Durable when it returns.
    public func store(_ entries: [LibraryEntry], now: Date = Date()) throws(LibraryError) -> LibraryReport {
        try store(groups: [entries], now: now)[0]
    }

    /// Stores several groups (one per feed) in one commit and one set of batch files, with a
    /// report per group.
    public func store(groups: [[LibraryEntry]], now: Date = Date()) throws(LibraryError) -> [LibraryReport] {
        var reports = [LibraryReport](repeating: LibraryReport(), count: groups.count)
        guard groups.contains(where: { !$0.isEmpty }) else { return reports }
        let run = String(UInt64(now.timeIntervalSince1970 * 1000), radix: 36) + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        var plan = LibraryPlan(store: store, run: run, now: now)
        try manifest.write { db in
            for (k, group) in groups.enumerated() {
                for entry in group { try plan.take(entry, db: db, report: &reports[k]) }
            }
            try plan.writePending()
            try LibraryManifest.commit(run: run, db: db)
        }
        plan.finish()
        try? manifest.forgetRuns()
        return reports
    }

    /// How many articles the library holds.
    public var count: Int { manifest.count() }
}
