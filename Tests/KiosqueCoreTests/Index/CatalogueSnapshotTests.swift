import Foundation
import Testing
@testable import KiosqueCore

/// The catalogue snapshot beside the index: the same catalogue as the index gives, used only for
/// the same files and generation of the index.
@Suite struct CatalogueSnapshotTests {
    let folder: TemporaryFolder
    let counter = AnalysisCounter()
    let index: CorpusIndex
    var analyser: IndexAnalyser { IndexFixtures.analyser(counter) }
    var corpus: String { folder.url.appendingPathComponent("corpus").path }
    var snapshot: URL { folder.url.appendingPathComponent("cache/\(CatalogueSnapshot.fileName)") }

    init() throws {
        folder = try TemporaryFolder()
        index = try CorpusIndex(url: folder.url.appendingPathComponent("cache/index.sqlite"))
    }

    func writeCorpus() throws {
        try folder.write("corpus/a.jsonl", """
            {"id": "x", "title": "Premier", "date": "2024-03-15", "source": "Le Monde", "url": "https://a.example/1", "text": "Texte sur l’énergie."}
            {"id": "x", "title": "Doublon", "text": "Même id."}
            {"id": 3, "title": "Sans date", "date": "le jour d'après", "text": "Autre texte."}
            not json

            """)
        try folder.write("corpus/b/x.txt", "Titre de x\n\nLe texte de x.\n")
        try folder.write("corpus/c.html", "<html><head><title>Page</title></head><body><article><p>Un paragraphe de page assez long pour être lu comme le texte.</p></article></body></html>")
    }

    /// Every observable part of two catalogues is the same.
    func expectSame(_ a: Catalogue, _ b: Catalogue) {
        #expect(a.count == b.count)
        #expect(a.ids == b.ids)
        #expect(a.analysisIDs == b.analysisIDs)
        #expect(a.sectorCount == b.sectorCount)
        for p in 0..<min(a.count, b.count) {
            #expect(a[p] == b[p], "position \(p)")
            #expect(a.sourceID(at: p) == b.sourceID(at: p))
            #expect(a.position(of: a.ids[p]) == b.position(of: b.ids[p]))
        }
        #expect(a.problems == b.problems)
        #expect(a.duplicateIDs == b.duplicateIDs)
        #expect(a.incompleteFiles == b.incompleteFiles)
        #expect(a.positions(named: ArticleID("x")) == b.positions(named: ArticleID("x")))
        #expect(a.positions(ofAnalyses: Array(a.analysisIDs)) == b.positions(ofAnalyses: Array(b.analysisIDs)))
        for analysis in a.analysisIDs { #expect(a.firstPositions(upToAnalysis: analysis) == b.firstPositions(upToAnalysis: analysis)) }
    }

    @Test("the snapshot gives the index's catalogue; a change of the index or of the files reads the index again")
    func sameAndInvalidated() throws {
        defer { try? index.close() }
        try writeCorpus()
        let files = CorpusFiles(paths: [corpus])
        try index.update(files: files, analyser: analyser)
        let fromIndex = try index.catalogue(files: files, snapshot: .none)
        #expect(!FileManager.default.fileExists(atPath: snapshot.path))
        let first = try index.catalogue(files: files)
        #expect(FileManager.default.fileExists(atPath: snapshot.path), "written after reading the index")
        expectSame(first, fromIndex)
        let generation = try #require(try index.pool.read { try CorpusIndex.generation($0) })
        let stored = try #require(CatalogueSnapshot.read(snapshot, key: CatalogueSnapshot.key(generation: generation, files: files), files: files))
        expectSame(stored, fromIndex)
        #expect(stored.count == 5)
        // Changed: a new article; the snapshot's key no longer matches.
        try folder.write("corpus/b/y.txt", "Titre de y\n\nLe texte de y.\n")
        let more = CorpusFiles(paths: [corpus])
        #expect(CatalogueSnapshot.read(snapshot, key: CatalogueSnapshot.key(generation: generation, files: more), files: more)?.count == nil)
        try index.update(files: more, analyser: analyser)
        let after = try index.catalogue(files: more)
        expectSame(after, try index.catalogue(files: more, snapshot: .none))
        #expect(after.ids.contains(ArticleID("y")))
        // Fewer files walked (a path given alone) at the same generation: not the same key.
        let part = CorpusFiles(paths: [corpus + "/b"])
        expectSame(try index.catalogue(files: part), try index.catalogue(files: part, snapshot: .none))
        #expect(try index.catalogue(files: part).count == 2)
    }

    @Test("a damaged or truncated snapshot is not used")
    func damaged() throws {
        defer { try? index.close() }
        try writeCorpus()
        let files = CorpusFiles(paths: [corpus])
        try index.update(files: files, analyser: analyser)
        let good = try index.catalogue(files: files)
        let generation = try #require(try index.pool.read { try CorpusIndex.generation($0) })
        let key = CatalogueSnapshot.key(generation: generation, files: files)
        let bytes = try Data(contentsOf: snapshot)
        for cut in [bytes.count - 1, bytes.count / 2, 40] {
            try bytes.prefix(cut).write(to: snapshot)
            #expect(CatalogueSnapshot.read(snapshot, key: key, files: files)?.count == nil, "cut at \(cut)")
        }
        var flipped = bytes
        flipped[flipped.count - 2] ^= 0xFF
        try flipped.write(to: snapshot)
        #expect(CatalogueSnapshot.read(snapshot, key: key, files: files)?.count == nil)
        expectSame(try index.catalogue(files: files), good)
    }
}

extension CatalogueSnapshotTests {
    @Test("an update that finds nothing to do leaves the generation, and the snapshot is read")
    func unchangedUpdateKeepsTheSnapshot() throws {
        defer { try? index.close() }
        try writeCorpus()
        let files = CorpusFiles(paths: [corpus])
        try index.update(files: files, analyser: analyser)
        _ = try index.catalogue(files: files)
        let before = try index.pool.read { try CorpusIndex.generation($0) }
        let report = try index.update(files: CorpusFiles(paths: [corpus]), analyser: analyser)
        #expect(report.readFiles == 0)
        #expect(try index.pool.read { try CorpusIndex.generation($0) } == before)
        // The snapshot written before still answers for these files.
        let generation = try #require(before)
        #expect(CatalogueSnapshot.read(snapshot, key: CatalogueSnapshot.key(generation: generation, files: files), files: files)?.count == 5)
    }
}

extension CatalogueSnapshotTests {
    @Test("format 2 is read in place (mapped columns), with the newest-first order and the sector counts the index's catalogue computes")
    func mappedWithOrderAndCounts() throws {
        defer { try? index.close() }
        try writeCorpus()
        // A format 1 snapshot left by an older version is removed when format 2 is written.
        let legacy = snapshot.deletingLastPathComponent().appendingPathComponent("catalogue.snapshot")
        try FileManager.default.createDirectory(at: legacy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: legacy)
        let files = CorpusFiles(paths: [corpus])
        try index.update(files: files, analyser: analyser)
        let fromIndex = try index.catalogue(files: files, snapshot: .none)
        #expect(!fromIndex.titles.bytes.isMapped && fromIndex.cachedOrdering == nil)
        let opened = try index.catalogue(files: files)
        #expect(!FileManager.default.fileExists(atPath: legacy.path), "the old format's file is removed")
        #expect(opened.titles.bytes.isMapped && opened.ids.strings.bytes.isMapped && opened.levels.isMapped && opened.dates.isMapped,
                "the catalogue read back after writing is the mapped one")
        expectSame(opened, fromIndex)
        let stored = try #require(opened.cachedOrdering)
        let computed = fromIndex.ordering(.newest)
        #expect(stored.order == .newest && stored.positions == computed.positions && stored.ranks == computed.ranks)
        #expect(opened.ordering(.newest).positions == computed.positions)
        #expect(opened.cachedSectorCounts == fromIndex.sectorCounts())
        #expect(opened.sectorCounts() == fromIndex.sectorCounts())
        // Other orders and filters are computed on the mapped columns as on the index's.
        for order in [ListOrder.oldest, .outlet, .corpus] {
            #expect(opened.ordering(order).positions == fromIndex.ordering(order).positions, "\(order)")
        }
        let sectors = Array(0..<min(2, opened.sectorCount))
        #expect(opened.rows(candidates: nil, sectors: sectors, match: .any, order: .relevance)
                == fromIndex.rows(candidates: nil, sectors: sectors, match: .any, order: .relevance))
        #expect(opened.positions(ofIDs: Set(fromIndex.ids)) == fromIndex.positions(ofIDs: Set(fromIndex.ids)))
        #expect(opened.url(at: 0) == "https://a.example/1")
    }

    @Test("a mapped column changed is copied first; the file is left as it is")
    func mappedColumnCopiedOnChange() throws {
        defer { try? index.close() }
        try writeCorpus()
        let files = CorpusFiles(paths: [corpus])
        try index.update(files: files, analyser: analyser)
        let opened = try index.catalogue(files: files)
        var dates = opened.dates
        #expect(dates.isMapped)
        dates[0] = 42
        dates.append(7)
        #expect(!dates.isMapped && dates[0] == 42 && dates.last == 7 && dates.count == opened.count + 1)
        #expect(opened.dates[0] != 42, "the catalogue's column and the file are unchanged")
        #expect(Array(dates.dropFirst().dropLast()) == Array(opened.dates.dropFirst()))
    }
}
