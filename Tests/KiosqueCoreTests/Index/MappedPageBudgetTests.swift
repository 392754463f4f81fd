import Foundation
import Testing
@testable import KiosqueCore

/// The mapped catalogue snapshot's resident pages kept under a budget (issue 17): pages handed
/// back leave the process and read the same again.
@Suite struct MappedPageBudgetTests {
    /// A resident count the test sets (the process's own moves with every test running beside).
    final class FakeResident: @unchecked Sendable {
        private let lock = NSLock()
        private var bytes = 0
        var value: Int {
            get { lock.withLock { bytes } }
            set { lock.withLock { bytes = newValue } }
        }
    }

    /// Resident bytes of this process's mapping that starts at `base` (`/proc/self/smaps`).
    static func residentBytes(of base: UnsafeRawPointer) throws -> Int {
        // Read in a loop: a /proc file says it is empty.
        let fd = open("/proc/self/smaps", O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        let smaps = String(decoding: bytes, as: UTF8.self)
        let start = String(UInt(bitPattern: base), radix: 16)
        var inside = false
        for line in smaps.split(separator: "\n") {
            if let dash = line.firstIndex(of: "-"), line[..<dash].allSatisfy(\.isHexDigit) {
                inside = line[..<dash].drop(while: { $0 == "0" }) == start[...]
            } else if inside, line.hasPrefix("Rss:") {
                let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
                return try #require(kilobytes) * 1024
            }
        }
        Issue.record("no mapping at \(start)")
        return -1
    }

    @Test("the snapshot's pages, all read, are handed back past the budget; the catalogue reads the same after; a catalogue in memory has no budget")
    func handedBack() throws {
        let folder = try TemporaryFolder()
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("cache/index.sqlite"))
        defer { try? index.close() }
        // Long titles: a snapshot of a few hundred pages.
        let lines = (1...1500).map { n in
            IndexFixtures.line("a\(n)", "Texte \(n).", title: "Titre \(n) " + String(repeating: "sur l’électricité ", count: 40),
                               date: "2019-01-\(String(format: "%02d", n % 28 + 1))")
        }
        let corpus = try folder.write("corpus/a.jsonl", lines.joined(separator: "\n") + "\n")
        try index.update(paths: [corpus], analyser: IndexFixtures.analyser(AnalysisCounter()), batchSize: 500)
        let fromIndex = try index.catalogue(files: CorpusFiles(paths: [corpus]), snapshot: .none)
        #expect(fromIndex.snapshotFile == nil, "read from the index: in memory")
        let catalogue = try index.catalogue(paths: [corpus])
        let file = try #require(catalogue.snapshotFile, "read from the snapshot written by the first read")
        let base = try #require(file.baseAddress)
        #expect(file.count > 1_000_000)

        let resident = FakeResident()
        let budget = MappedPageBudget(budget: 1 << 20, resident: { resident.value })
        budget.watch(fromIndex)
        resident.value = 2 << 20
        #expect(!budget.check(), "a catalogue in memory: nothing to hand back")
        resident.value = 0
        budget.watch(catalogue)
        let titles = catalogue.titles.map { $0 }
        #expect(titles.count == 1500 && titles[1].hasPrefix("Titre 2 sur"))
        let touched = try Self.residentBytes(of: base)
        #expect(touched > 900_000, "every title read: most of the file resident")
        resident.value = 1 << 20
        #expect(!budget.check(), "at the budget: nothing handed back")
        resident.value = (1 << 20) + 1
        #expect(budget.check())
        budget.waitForRelease()
        #expect(budget.releases == 1)
        #expect(try Self.residentBytes(of: base) < touched / 10, "handed back")
        #expect(!budget.check(), "the count after the release is the new baseline")
        #expect(catalogue.titles.map { $0 } == titles, "the pages come back from the file")
        #expect(catalogue.ids == fromIndex.ids && catalogue.analysisIDs == fromIndex.analysisIDs)
        for p in 0..<catalogue.count { #expect(catalogue[p] == fromIndex[p]) }
        resident.value = 3 << 20
        #expect(budget.check())
        budget.waitForRelease()
        #expect(budget.releases == 2)

        // The background release late (its queue held): past twice the budget, the caller
        // releases at once.
        _ = catalogue.titles.map { $0 }
        #expect(try Self.residentBytes(of: base) > 900_000)
        budget.queue.suspend()
        resident.value = (4 << 20) + 1
        #expect(budget.check(), "the background release asked for")
        resident.value = 5 << 20
        #expect(!budget.check() && budget.releases == 2, "pending, under twice the budget: nothing more")
        resident.value = (5 << 20) + 1
        #expect(budget.check() && budget.releases == 3, "released on the calling thread")
        #expect(try Self.residentBytes(of: base) < touched / 10)
        budget.queue.resume()
        budget.waitForRelease()
        #expect(budget.releases == 4)
    }

    @Test("the process's file-backed resident memory is read; a budget over a mapping gone releases nothing")
    func processCount() throws {
        #expect(MappedPageBudget.fileResidentBytes() > 0)
        let folder = try TemporaryFolder()
        let resident = FakeResident()
        var budget: MappedPageBudget?
        do {
            let file = try MappedFile(path: try folder.write("x.bin", String(repeating: "x", count: 10_000)))
            budget = MappedPageBudget(budget: 0, resident: { resident.value })
            budget?.watch(file)
        }
        resident.value = 1 << 30
        #expect(budget?.check() == false)
    }

    @Test("a snapshot just written, read a row here and there, maps a few pages per row, not the 2 MB page-cache folios the write left")
    func fewPagesPerRow() throws {
        let folder = try TemporaryFolder()
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("cache/index.sqlite"))
        defer { try? index.close() }
        // About 9 MB of titles: several 2 MB folios when the write's pages stay cached.
        let count = 12_000
        let lines = (1...count).map { n in
            IndexFixtures.line("a\(n)", "Texte \(n).", title: "Titre \(n) " + String(repeating: "sur l’électricité ", count: 40))
        }
        let corpus = try folder.write("corpus/a.jsonl", lines.joined(separator: "\n") + "\n")
        try index.update(paths: [corpus], analyser: IndexFixtures.analyser(AnalysisCounter()), batchSize: 2000)
        _ = try index.catalogue(paths: [corpus]) // writes the snapshot
        let catalogue = try index.catalogue(paths: [corpus])
        let file = try #require(catalogue.snapshotFile, "read from the snapshot")
        let base = try #require(file.baseAddress)
        #expect(file.count > 8_000_000)
        let before = try Self.residentBytes(of: base)
        // 20 titles 600 rows (about 450 KB) apart.
        for position in stride(from: 0, to: count, by: 600) {
            #expect(catalogue.titles[position].hasPrefix("Titre \(position + 1) sur"))
        }
        let grown = try Self.residentBytes(of: base) - before
        // Each title maps the kernel's fault-around (64 KB) of its pages and of its end in the
        // ends column; the whole folio of each would be the whole titles column.
        #expect(grown < 3 << 20, "\(grown) bytes mapped for 20 rows")
    }
}
