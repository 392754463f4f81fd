import Foundation
import Testing
@testable import KiosqueCore

/// The feeds' state file: atomic saves, loads, and damaged files moved aside (never deleted).
@Suite struct FeedStateTests {
    static let fetched = Date(timeIntervalSince1970: 1_764_849_600)

    func file(_ folder: TemporaryFolder) -> FeedStateFile {
        FeedStateFile(url: folder.url.appendingPathComponent("state/kiosque/feeds.json"))
    }

    @Test("save then load gives the same states, looked up by URL whatever the case of scheme and host")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let store = file(folder)
        let missing = store.load()
        #expect(missing.states.isEmpty && missing.notice == nil && missing.canSave)
        var states = FeedStates()
        states[url: "https://www.lemonde.fr/rss/une.xml"] = FeedState(lastFetch: Self.fetched, lastStatus: .ok, etag: "\"abc\"",
                                                                       lastModified: "Thu, 04 Dec 2025 12:00:00 GMT", articleCount: 20,
                                                                       siteURL: "https://www.lemonde.fr/")
        states[url: "https://a.fr/rss"] = FeedState(lastFetch: Self.fetched, lastStatus: .httpError(404))
        states[url: "https://b.fr/rss"] = FeedState(lastStatus: .failed("timed out"))
        states[url: "https://c.fr/rss"] = FeedState(lastStatus: .notModified)
        try store.save(states)
        let loaded = store.load()
        #expect(loaded.notice == nil)
        #expect(loaded.states == states)
        #expect(loaded.states[url: "HTTPS://WWW.LEMONDE.FR/rss/une.xml"]?.articleCount == 20)
        let text = try String(contentsOf: store.url, encoding: .utf8)
        #expect(text.contains("\"last_status\" : \"HTTP 404\""))
        #expect(text.contains("\"version\" : 1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.url.deletingLastPathComponent().path) == ["feeds.json"])
    }

    @Test("a save that fails at the rename leaves what was there and no temporary file")
    func failedSaveLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let store = file(folder)
        // A folder holding a file where feeds.json should be: rename(2) refuses to replace it.
        let kept = store.url.appendingPathComponent("kept")
        try FileManager.default.createDirectory(at: store.url, withIntermediateDirectories: true)
        try Data("gardé".utf8).write(to: kept)
        var states = FeedStates()
        states[url: "https://a.fr/rss"] = FeedState(articleCount: 1)
        #expect(throws: FileWriteError.self) { try store.save(states) }
        #expect(try String(contentsOf: kept, encoding: .utf8) == "gardé")
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.url.deletingLastPathComponent().path) == ["feeds.json"])
    }

    @Test("a damaged file is moved aside with a notice, never deleted, and the state starts empty")
    func corruptMovedAside() throws {
        let folder = try TemporaryFolder()
        let store = file(folder)
        try FileManager.default.createDirectory(at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"feeds\": {\"https://a.fr\": {\"article_count\": \"vingt\"}}".utf8).write(to: store.url)
        let loaded = store.load(now: Self.fetched)
        #expect(loaded.states.isEmpty)
        #expect(loaded.canSave)
        guard case .movedAside(let file, let movedTo, _)? = loaded.notice else {
            Issue.record("no notice: \(String(describing: loaded.notice))")
            return
        }
        #expect(file == store.url.path)
        #expect(movedTo.hasSuffix("/feeds.corrupt-20251204T120000Z.json"))
        #expect(try String(contentsOfFile: movedTo, encoding: .utf8).contains("vingt"))
        #expect(!FileManager.default.fileExists(atPath: store.url.path))
        // A second damaged file gets its own name.
        try Data("pas du JSON".utf8).write(to: store.url)
        guard case .movedAside(_, let second, _)? = store.load(now: Self.fetched).notice else {
            Issue.record("no notice for the second file")
            return
        }
        #expect(second.hasSuffix("/feeds.corrupt-20251204T120000Z-2.json"))
        #expect(FileManager.default.fileExists(atPath: movedTo))
    }

    @Test("a file of a newer version is moved aside as other-…, not read as damaged")
    func newerVersion() throws {
        let folder = try TemporaryFolder()
        let store = file(folder)
        try FileManager.default.createDirectory(at: store.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"version\": 2, \"feeds\": {}, \"more\": true}".utf8).write(to: store.url)
        guard case .movedAside(_, let movedTo, _)? = store.load(now: Self.fetched).notice else {
            Issue.record("no notice")
            return
        }
        #expect(movedTo.hasSuffix("/feeds.other-20251204T120000Z.json"))
    }

    @Test("statuses read back from their stored strings")
    func statusStrings() {
        for status: FetchStatus in [.ok, .notModified, .httpError(503), .failed("not a feed")] {
            #expect(FetchStatus(status.description) == status)
        }
        #expect(FetchStatus("weird") == .failed("weird"))
    }
}
