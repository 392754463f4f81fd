import Foundation
import GRDB
import Testing
@testable import KiosqueCore

/// Index and history files that cannot be used are set aside and made again.
@Suite struct IndexRecoveryTests {
    @Test("a corrupt index file is moved aside, a new index made, with a message")
    func corruptIndex() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("index.sqlite")
        try folder.write("index.sqlite", Data(repeating: 0x42, count: 8192))
        let index = try CorpusIndex(url: url)
        defer { try? index.close() }
        #expect(index.notes.count == 1)
        #expect(index.notes.first?.contains("moved to") == true)
        #expect(FileManager.default.fileExists(atPath: url.path + ".broken"))
        try folder.write("c/a.jsonl", IndexFixtures.lines(2).joined(separator: "\n"))
        let counter = AnalysisCounter()
        try index.update(paths: [folder.url.appendingPathComponent("c").path], analyser: IndexFixtures.analyser(counter))
        #expect(counter.count == 2)
        let reopened = try CorpusIndex(url: url)
        defer { try? reopened.close() }
        #expect(reopened.notes.isEmpty)
    }

    @Test("three instances creating the index and the history at once: none takes the file for broken")
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
                        outcomes.mutate { $0.append(opened.notes.joined()) }
                        try opened.close()
                    } else {
                        let opened = try SearchHistory(url: history)
                        try opened.record("q\(i)")
                        outcomes.mutate { $0.append("") }
                    }
                } catch {
                    outcomes.mutate { $0.append("failed: \(error)") }
                }
            }
            #expect(outcomes.value == Array(repeating: "", count: 6))
            #expect(!FileManager.default.fileExists(atPath: index.path + ".broken"))
            #expect(!FileManager.default.fileExists(atPath: history.path + ".broken"))
            #expect(try SearchHistory(url: history).recent().count == 3)
        }
    }

    @Test("an index of another schema version is rebuilt")
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
        #expect(index.notes.first?.contains("another version") == true)
        #expect(try index.deadSearchRows() == 0)
    }

    @Test("an index folder that cannot be created gives a clear error")
    func unwritableFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("file", "not a folder")
        #expect(throws: IndexError.self) {
            try CorpusIndex(url: folder.url.appendingPathComponent("file/index.sqlite"))
        }
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

    @Test("a broken history file is moved aside, not deleted")
    func brokenHistory() throws {
        let folder = try TemporaryFolder()
        try folder.write("history.sqlite", Data(repeating: 0x17, count: 4096))
        let history = try SearchHistory(url: folder.url.appendingPathComponent("history.sqlite"))
        defer { try? history.close() }
        #expect(history.notes.count == 1)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("history.sqlite.broken").path))
        try history.record("energie")
        #expect(try history.recent() == ["energie"])
    }
}
