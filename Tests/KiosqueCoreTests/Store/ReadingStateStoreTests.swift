import Foundation
import GRDB
import Testing
@testable import KiosqueCore

@Suite struct ReadingStateStoreTests {
    let seed = ArticleKey(id: ArticleID("000_214017a4d4061c86"), location: "/seeds/000_214017a4d4061c86.txt")
    let other = ArticleKey(id: ArticleID("004_45fef588cce4af94"), location: "/seeds/004_45fef588cce4af94.txt")

    func url(_ folder: TemporaryFolder) -> URL { folder.url.appendingPathComponent("state/kiosque/reading.sqlite") }

    @Test("positions, read flags and the last article survive reopening; unknown articles have no state")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        do {
            let store = try ReadingStateStore(url: url(folder))
            try store.savePosition(1158, of: seed, at: Date(timeIntervalSince1970: 100))
            try store.setRead(true, of: seed, at: Date(timeIntervalSince1970: 200))
            try store.setRead(true, of: other)
            try store.setRead(false, of: other)
            try store.setLastOpened(other)
            try store.setLastOpened(seed)
        }
        let store = try ReadingStateStore(url: url(folder))
        #expect(try store.state(of: seed) == ReadingState(position: 1158, read: true, updated: Date(timeIntervalSince1970: 200)))
        #expect(try store.state(of: other)?.read == false)
        #expect(try store.lastOpened() == seed)
        #expect(try store.allStates().count == 2)
        // Same id, another location: another article.
        #expect(try store.state(of: ArticleKey(id: seed.id, location: "/elsewhere.txt")) == nil)
        // Saving a position keeps the read flag.
        try store.savePosition(12, of: seed)
        #expect(try store.state(of: seed)?.position == 12)
        #expect(try store.state(of: seed)?.read == true)
    }

    @Test("a new store has nothing; a damaged file is moved aside and rebuilt, with a notice")
    func damaged() throws {
        let folder = try TemporaryFolder()
        #expect(try ReadingStateStore(url: url(folder)).lastOpened() == nil)
        try? FileManager.default.removeItem(at: url(folder))
        try folder.write("state/kiosque/reading.sqlite", Data(repeating: 0x42, count: 5000))
        let store = try ReadingStateStore(url: url(folder))
        let notices = store.takeNotices()
        guard case .movedAside(_, let movedTo, _)? = notices.first else { Issue.record("no notice: \(notices)"); return }
        #expect(URL(fileURLWithPath: movedTo).lastPathComponent.hasPrefix("reading.corrupt-"))
        #expect(FileManager.default.contents(atPath: movedTo) == Data(repeating: 0x42, count: 5000))
        try store.setLastOpened(seed)
        #expect(try store.lastOpened() == seed)
    }

    @Test("a reading state of a newer kiosque is state: moved aside (kept) and a new one started")
    func newerState() throws {
        let folder = try TemporaryFolder()
        try ReadingStateStore(url: url(folder)).setLastOpened(seed)
        let newer = try DatabaseQueue(path: url(folder).path)
        try newer.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v2-reading')") }
        try newer.close()
        let store = try ReadingStateStore(url: url(folder))
        let notices = store.takeNotices()
        guard case .movedAside(_, let movedTo, .otherVersion)? = notices.first else { Issue.record("no notice: \(notices)"); return }
        #expect(URL(fileURLWithPath: movedTo).lastPathComponent.hasPrefix("reading.other-"))
        #expect(try store.lastOpened() == nil)
        let kept = try DatabaseQueue(path: movedTo)
        #expect(try kept.read { db in try String.fetchOne(db, sql: "SELECT article_id FROM last_opened") } == seed.id.rawValue)
        try kept.close()
    }

    @Test("a read-only database: writes throw a clear error")
    func readOnly() throws {
        let folder = try TemporaryFolder()
        _ = try ReadingStateStore(url: url(folder))
        let store = try ReadingStateStore(url: url(folder), options: StoreOptions(openReadOnly: { true }))
        #expect(throws: StoreError.readOnly(path: url(folder).path)) { try store.setLastOpened(seed) }
    }

    @Test("record writes a batch in one go: positions (nil keeps the stored one), read marks that never go back, the last article")
    func batch() throws {
        let folder = try TemporaryFolder()
        let store = try ReadingStateStore(url: url(folder))
        try store.record([.init(article: seed, position: 400, read: true), .init(article: other, position: nil, read: false)],
                         lastOpened: other, at: Date(timeIntervalSince1970: 50))
        #expect(try store.state(of: seed) == ReadingState(position: 400, read: true, updated: Date(timeIntervalSince1970: 50)))
        #expect(try store.state(of: other) == ReadingState(position: 0, read: false, updated: Date(timeIntervalSince1970: 50)))
        #expect(try store.lastOpened() == other)
        // A later batch: no position keeps 400; read false does not unmark; no last article keeps it.
        try store.record([.init(article: seed, position: nil, read: false), .init(article: other, position: 9, read: true)],
                         lastOpened: nil)
        #expect(try store.state(of: seed)?.position == 400)
        #expect(try store.state(of: seed)?.read == true)
        #expect(try store.state(of: other)?.position == 9)
        #expect(try store.state(of: other)?.read == true)
        #expect(try store.lastOpened() == other)
    }
}
