import Foundation
import GRDB
import Testing
@testable import KiosqueCore

/// Index and history files that cannot be used are set aside and made again.
@Suite struct IndexRecoveryTests {
    /// Names in the folder of `url` that start with `prefix`.
    static func names(beside url: URL, prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
            .filter { $0.hasPrefix(prefix) }.sorted()
    }

    @Test("a corrupt index file is set aside, a new index made, with a notice; a second one replaces the first copy")
    func corruptIndex() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("index.sqlite")
        try folder.write("index.sqlite", Data(repeating: 0x42, count: 8192))
        let index = try CorpusIndex(url: url)
        guard case .rebuilt(let file, let setAsideTo?, .notADatabase)? = index.notes.first, index.notes.count == 1 else {
            try index.close()
            Issue.record("expected one rebuilt notice, got \(index.notes)"); return
        }
        #expect(file == url.path)
        #expect(URL(fileURLWithPath: setAsideTo).lastPathComponent.hasPrefix("index.corrupt-"))
        #expect(FileManager.default.contents(atPath: setAsideTo) == Data(repeating: 0x42, count: 8192))
        #expect(index.notes.first?.description.contains(setAsideTo) == true)
        try folder.write("c/a.jsonl", IndexFixtures.lines(2).joined(separator: "\n"))
        let counter = AnalysisCounter()
        try index.update(paths: [folder.url.appendingPathComponent("c").path], analyser: IndexFixtures.analyser(counter))
        #expect(counter.count == 2)
        let reopened = try CorpusIndex(url: url)
        #expect(reopened.notes.isEmpty)
        try reopened.close()
        try index.close()
        // A cache keeps one damaged copy at most: an index can take hundreds of MB.
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
        try folder.write("index.sqlite", Data(repeating: 0x43, count: 8192))
        let again = try CorpusIndex(url: url)
        defer { try? again.close() }
        let copies = try Self.names(beside: url, prefix: "index.corrupt-")
        #expect(copies.count == 1, "\(copies)")
        #expect(copies.first.map { FileManager.default.contents(atPath: folder.url.appendingPathComponent($0).path) }
                == Data(repeating: 0x43, count: 8192))
    }

    @Test("three instances creating the index and the history at once: none takes the file for damaged")
    func concurrentCreation() throws {
        for _ in 0..<5 {
            let folder = try TemporaryFolder()
            let index = folder.url.appendingPathComponent("cache/index.sqlite")
            let history = folder.url.appendingPathComponent("state/history.sqlite")
            let outcomes = Locked<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 6) { i in
                do {
                    if i % 2 == 0 {
                        let opened = try CorpusIndex(url: index)
                        outcomes.mutate { $0.append(opened.notes.map(\.description).joined()) }
                        try opened.close()
                    } else {
                        let opened = try SearchHistory(url: history)
                        try opened.record("q\(i)")
                        outcomes.mutate { $0.append(opened.notes.map(\.description).joined()) }
                    }
                } catch {
                    outcomes.mutate { $0.append("failed: \(error)") }
                }
            }
            #expect(outcomes.value == Array(repeating: "", count: 6))
            #expect(try Self.names(beside: index, prefix: "index.") == ["index.sqlite", "index.sqlite-shm", "index.sqlite-wal"]
                    || Self.names(beside: index, prefix: "index.") == ["index.sqlite"])
            #expect(try Self.names(beside: history, prefix: "history.").allSatisfy { $0.hasPrefix("history.sqlite") })
            #expect(try SearchHistory(url: history).recent().count == 3)
        }
    }

    @Test("an index of another schema version (or another program's file) is deleted and made again")
    func otherVersion() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("index.sqlite")
        let old = try DatabaseQueue(path: url.path)
        try old.write { db in
            try db.execute(sql: "CREATE TABLE old(x); PRAGMA user_version = 99")
        }
        try old.close()
        let index = try CorpusIndex(url: url)
        defer { try? index.close() }
        #expect(index.notes == [.rebuilt(file: url.path, setAsideTo: nil, problem: .otherVersion)])
        #expect(index.notes.first?.description.contains("another version") == true)
        #expect(try index.deadSearchRows() == 0)
        #expect(try Self.names(beside: url, prefix: "index.").allSatisfy { $0.hasPrefix("index.sqlite") })
    }

    @Test("an index made by a newer kiosque (a migration this one does not know) is made again")
    func newerIndex() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("index.sqlite")
        try CorpusIndex(url: url).close()
        let newer = try DatabaseQueue(path: url.path)
        try newer.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v3-index')") }
        try newer.close()
        let index = try CorpusIndex(url: url)
        defer { try? index.close() }
        #expect(index.notes == [.rebuilt(file: url.path, setAsideTo: nil, problem: .otherVersion)])
    }

    @Test("an index made before migrations were recorded (schema version 2) is kept as it is")
    func legacyIndex() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("index.sqlite")
        let old = try DatabaseQueue(path: url.path)
        try old.write { db in
            try IndexSchema.create(db)
            try db.execute(sql: "PRAGMA user_version = 2; INSERT INTO meta(key, value) VALUES ('dead_search_rows', '7')")
        }
        try old.close()
        let index = try CorpusIndex(url: url)
        defer { try? index.close() }
        #expect(index.notes.isEmpty)
        #expect(try index.deadSearchRows() == 7, "the old index's content is kept")
    }

    @Test("an index damaged inside is found at a read, then set aside and made again at the next open (issue 12, item 5)")
    func damagedInside() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("index.sqlite")
        let corpus = folder.url.appendingPathComponent("c").path
        try folder.write("c/a.jsonl", IndexFixtures.lines(300).joined(separator: "\n"))
        let analyser = IndexFixtures.analyser(AnalysisCounter())
        do {
            let index = try CorpusIndex(url: url)
            try index.update(paths: [corpus], analyser: analyser)
            _ = try index.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
            try index.close()
        }
        // Random bytes in the middle of the file, as a bad disk or a stray write leaves them.
        var bytes = try Data(contentsOf: url)
        #expect(bytes.count > 100_000, "\(bytes.count)")
        var generator = SystemRandomNumberGenerator()
        for i in (bytes.count / 3)..<(2 * bytes.count / 3) { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
        try bytes.write(to: url)

        let damaged = try CorpusIndex(url: url)
        var failures: [any Error] = []
        do {
            let catalogue = try damaged.catalogue(paths: [corpus])
            try damaged.forEachAnalysis(in: catalogue) { _, _ in }
            _ = try damaged.search(SearchQuery("electricite"), in: catalogue)
            try damaged.update(paths: [corpus], analyser: analyser)
        } catch {
            failures.append(error)
        }
        try? damaged.close()
        #expect(failures.count == 1 && failures.allSatisfy { ($0 as? IndexError)?.isDamage == true }, "\(failures)")

        let rebuilt = try CorpusIndex(url: url)
        defer { try? rebuilt.close() }
        guard case .rebuilt(_, let setAsideTo?, .damaged)? = rebuilt.notes.first else {
            Issue.record("expected a rebuilt notice, got \(rebuilt.notes)"); return
        }
        #expect(URL(fileURLWithPath: setAsideTo).lastPathComponent.hasPrefix("index.corrupt-"))
        let report = try rebuilt.update(paths: [corpus], analyser: analyser)
        #expect(report.storedArticles == 300)
        #expect(try rebuilt.search(SearchQuery("electricite"), in: rebuilt.catalogue(paths: [corpus])).count == 300)
        let again = try CorpusIndex(url: url)
        #expect(again.notes.isEmpty, "made again once, not at every open")
        try again.close()
    }

    @Test("an index folder that cannot be created gives a typed error that says what to do")
    func unwritableFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("file", "not a folder")
        let error = #expect(throws: IndexError.self) {
            try CorpusIndex(url: folder.url.appendingPathComponent("file/index.sqlite"))
        }
        guard case .file(.cannotCreateFolder(let path, _))? = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(path == folder.url.appendingPathComponent("file").path)
        #expect(error?.description.contains("XDG_CACHE_HOME") == true)
    }
}

@Suite struct SearchHistoryTests {
    @Test("most recent first, each query once, blank ignored, bounded")
    func history() throws {
        let folder = try TemporaryFolder()
        let history = try SearchHistory(url: folder.url.appendingPathComponent("state/history.sqlite"), limit: 3)
        defer { try? history.close() }
        let t = Date(timeIntervalSince1970: 1_700_000_000)
        try history.record("electricite", at: t)
        try history.record("defense", at: t + 1)
        try history.record("  ", at: t + 2)
        try history.record("electricite", at: t + 3)
        #expect(try history.recent() == ["electricite", "defense"])
        try history.record("nucl*", at: t + 4)
        try history.record("\"gilets jaunes\"", at: t + 5)
        #expect(try history.recent() == ["\"gilets jaunes\"", "nucl*", "electricite"])
        #expect(try history.recent(limit: 1) == ["\"gilets jaunes\""])
        let reopened = try SearchHistory(url: history.url, limit: 3)
        defer { try? reopened.close() }
        #expect(try reopened.recent().count == 3)
    }

    @Test("a query with a NUL character is kept whole")
    func nulQuery() throws {
        let folder = try TemporaryFolder()
        let history = try SearchHistory(url: folder.url.appendingPathComponent("history.sqlite"))
        defer { try? history.close() }
        try history.record("gaz\u{0}nucleaire", at: Date(timeIntervalSince1970: 1))
        try history.record("gaz", at: Date(timeIntervalSince1970: 2))
        try history.record("gaz\u{0}nucleaire", at: Date(timeIntervalSince1970: 3))
        #expect(try history.recent() == ["gaz\u{0}nucleaire", "gaz"])
    }

    @Test("a broken history file is moved aside, not deleted")
    func brokenHistory() throws {
        let folder = try TemporaryFolder()
        try folder.write("history.sqlite", Data(repeating: 0x17, count: 4096))
        let history = try SearchHistory(url: folder.url.appendingPathComponent("history.sqlite"))
        defer { try? history.close() }
        guard case .movedAside(_, let movedTo, .notADatabase)? = history.notes.first, history.notes.count == 1 else {
            Issue.record("expected one moved-aside notice, got \(history.notes)"); return
        }
        #expect(URL(fileURLWithPath: movedTo).lastPathComponent.hasPrefix("history.corrupt-"))
        #expect(FileManager.default.contents(atPath: movedTo) == Data(repeating: 0x17, count: 4096))
        try history.record("energie")
        #expect(try history.recent() == ["energie"])
    }

    @Test("a history made before migrations were recorded keeps its queries")
    func legacyHistory() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("history.sqlite")
        let old = try DatabaseQueue(path: url.path)
        try old.write { db in
            try db.execute(sql: """
                CREATE TABLE search(query TEXT PRIMARY KEY NOT NULL, time REAL NOT NULL);
                CREATE INDEX search_time ON search(time);
                INSERT INTO search VALUES ('nucleaire', 1.0);
                """)
        }
        try old.close()
        let history = try SearchHistory(url: url)
        defer { try? history.close() }
        #expect(history.notes.isEmpty)
        #expect(try history.recent() == ["nucleaire"])
    }

    @Test("a history of a newer kiosque is state: moved aside (kept), a new one started")
    func newerHistory() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("history.sqlite")
        do {
            let history = try SearchHistory(url: url)
            try history.record("gardee")
            try history.close()
        }
        let newer = try DatabaseQueue(path: url.path)
        try newer.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2-history')") }
        try newer.close()
        let history = try SearchHistory(url: url)
        defer { try? history.close() }
        guard case .movedAside(_, let movedTo, .otherVersion)? = history.notes.first else {
            Issue.record("expected a moved-aside notice, got \(history.notes)"); return
        }
        #expect(URL(fileURLWithPath: movedTo).lastPathComponent.hasPrefix("history.other-"))
        #expect(try history.recent().isEmpty)
        let kept = try DatabaseQueue(path: movedTo)
        #expect(try kept.read { db in try String.fetchAll(db, sql: "SELECT query FROM search") } == ["gardee"])
        try kept.close()
    }

    @Test("typed errors: a read-only history and a busy one say which")
    func typedErrors() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("history.sqlite")
        try SearchHistory(url: url).close()
        let readOnly = try SearchHistory(url: url, options: StoreOptions(openReadOnly: { true }))
        defer { try? readOnly.close() }
        #expect(throws: IndexError.file(.readOnly(path: url.path))) { try readOnly.record("x") }
        #expect(try readOnly.recent().isEmpty, "reading needs no write access")
        // Another connection holds the write lock longer than the busy timeout.
        let other = try DatabaseQueue(path: url.path)
        defer { try? other.close() }
        let history = try SearchHistory(url: url, options: StoreOptions(busyTimeout: 0.05))
        defer { try? history.close() }
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            #expect(throws: IndexError.file(.busy(path: url.path))) { try history.record("y") }
            try db.execute(sql: "ROLLBACK")
        }
        try history.record("y")
        #expect(try history.recent() == ["y"])
    }
}
