import Foundation
import Testing
import GRDB
@testable import KiosqueCore

/// The index on temporary folders: what is read and analysed again, and what is not.
@Suite struct CorpusIndexTests {
    let folder: TemporaryFolder
    let counter = AnalysisCounter()
    let index: CorpusIndex
    var analyser: IndexAnalyser { IndexFixtures.analyser(counter) }

    init() throws {
        folder = try TemporaryFolder()
        index = try CorpusIndex(url: folder.url.appendingPathComponent("cache/index.sqlite"))
    }

    func write(_ name: String, _ lines: [String]) throws -> String {
        try folder.write("corpus/\(name)", lines.joined(separator: "\n") + "\n")
    }

    /// Rewrites a file so that its modification time surely changes.
    func rewrite(_ name: String, _ lines: [String]) throws {
        let path = try write(name, lines)
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: path)
    }

    var corpus: String { folder.url.appendingPathComponent("corpus").path }

    @Test("a cancelled search is the outcome .cancelled, not an error; a live one finds")
    func cancelledSearch() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", IndexFixtures.lines(4))
        try index.update(paths: [corpus], analyser: analyser)
        let catalogue = try index.catalogue(paths: [corpus])
        let query = try SearchQuery("electricite")
        let cancelled = IndexCancellation()
        cancelled.cancel()
        #expect(try index.search(query, in: catalogue, cancellation: cancelled) == .cancelled)
        #expect(try index.search(query, in: catalogue, cancellation: IndexCancellation()) == .found([0, 1, 2, 3]))
        #expect(try index.search(query, in: catalogue) == [0, 1, 2, 3])
    }

    @Test("a NUL character in an id or a title is stored whole in the index (issue 12, item 8)")
    func nulCharacters() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", [IndexFixtures.line("a\u{0}1", "Un texte sur le gaz.", title: "Avant\u{0}après")])
        let loaded = ArticleFiles.load(paths: [corpus]).articles
        try #require(loaded.count == 1)
        try index.update(paths: [corpus], analyser: analyser)
        let catalogue = try index.catalogue(paths: [corpus])
        #expect(Array(catalogue.titles) == loaded.map(\.title))
        #expect(Array(catalogue.ids) == loaded.map(\.id))
        #expect(loaded.first?.title.unicodeScalars.contains("\u{0}") == true, "the parser keeps the NUL")
    }

    @Test("first update analyses every article; the catalogue matches ArticleFiles.load in order and fields")
    func firstUpdate() throws {
        defer { try? index.close() }
        _ = try write("b.jsonl", IndexFixtures.lines(5))
        _ = try folder.write("corpus/a-text.txt", "Un titre\n\nLe texte de l’article sur la défense.\n")
        let report = try index.update(paths: [corpus], analyser: analyser)
        #expect(report.readFiles == 2 && report.storedArticles == 6 && report.analysedArticles == 6)
        #expect(counter.count == 6)
        let catalogue = try index.catalogue(paths: [corpus])
        let loaded = ArticleFiles.load(paths: [corpus]).articles
        #expect(catalogue.count == loaded.count)
        for (position, article) in loaded.enumerated() {
            let summary = catalogue[position]
            #expect(summary.id == article.id)
            #expect(summary.title == article.title)
            #expect(summary.date == article.date)
            #expect(summary.source == article.source)
            #expect(summary.location == article.location)
            #expect(summary.sectorLevels == [.central, .absent])
        }
        #expect(catalogue.incompleteFiles == 0 && catalogue.issues.isEmpty)
    }

    @Test("a folder of many files (the one-pass catalogue read) keeps ArticleFiles.load's order")
    func manyFiles() throws {
        defer { try? index.close() }
        for n in 1...70 {
            try folder.write("corpus/d\(n % 7)/f\(n).txt", "Titre \(n)\n\nTexte \(n) sur l’énergie.\n")
        }
        let report = try index.update(paths: [corpus], analyser: analyser, batchSize: 16)
        #expect(report.readFiles == 70 && counter.count == 70)
        let catalogue = try index.catalogue(paths: [corpus])
        let loaded = ArticleFiles.load(paths: [corpus]).articles
        #expect(Array(catalogue.ids) == loaded.map(\.id))
        #expect(Array(catalogue.titles) == loaded.map(\.title))
        #expect((0..<catalogue.count).map { catalogue.location(at: $0) } == loaded.map(\.location))
        #expect((0..<catalogue.count).allSatisfy { catalogue.sectorLevels(at: $0) == [.central, .absent] })
        #expect(catalogue.sectorScores(at: 3) == [9.5, 0])
        #expect(try index.search(SearchQuery("texte 17"), in: catalogue).map { catalogue.ids[$0].rawValue } == ["f17"])
        // Indexed in walk order, the rows were read in one ordered pass; a file added since that
        // sorts first is numbered last: the pass by source then puts it back in walk order.
        try folder.write("corpus/d0/a0.txt", "Titre zéro\n\nTexte zéro.\n")
        _ = try index.update(paths: [corpus], analyser: analyser, batchSize: 16)
        let again = try index.catalogue(paths: [corpus])
        let reloaded = ArticleFiles.load(paths: [corpus]).articles
        #expect(Array(again.ids) == reloaded.map(\.id))
        #expect((0..<again.count).map { again.location(at: $0) } == reloaded.map(\.location))
        #expect(again.ids.first?.rawValue == "a0")
    }

    @Test("an unchanged file is neither read nor analysed again")
    func unchanged() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", IndexFixtures.lines(4))
        try index.update(paths: [corpus], analyser: analyser)
        counter.reset()
        let again = try index.update(paths: [corpus], analyser: analyser)
        #expect(again.unchangedFiles == 1 && again.readFiles == 0 && again.storedArticles == 0)
        #expect(counter.count == 0)
        #expect(try index.catalogue(paths: [corpus]).count == 4)
    }

    @Test("a changed article is analysed again, the unchanged ones of the same file are not")
    func changedArticle() throws {
        defer { try? index.close() }
        var lines = IndexFixtures.lines(4)
        _ = try write("a.jsonl", lines)
        try index.update(paths: [corpus], analyser: analyser)
        counter.reset()
        lines[2] = IndexFixtures.line("a3", "Un texte tout neuf sur le charbon.", title: "Nouveau titre")
        try rewrite("a.jsonl", lines)
        let report = try index.update(paths: [corpus], analyser: analyser)
        #expect(report.readFiles == 1 && report.storedArticles == 4)
        #expect(counter.analysed == ["a3"])
        #expect(report.droppedAnalyses == 1)
        let catalogue = try index.catalogue(paths: [corpus])
        #expect(Array(catalogue.titles) == ["Titre 1", "Titre 2", "Nouveau titre", "Titre 4"])
        #expect(try index.search(SearchQuery("charbon"), in: catalogue) == [2])
        #expect(try index.search(SearchQuery("electricite"), in: catalogue) == [0, 1, 3])
    }

    @Test("a new article is analysed; a removed one disappears from the catalogue and from search")
    func newAndRemoved() throws {
        defer { try? index.close() }
        var lines = IndexFixtures.lines(3)
        _ = try write("a.jsonl", lines)
        try index.update(paths: [corpus], analyser: analyser)
        counter.reset()
        lines.append(IndexFixtures.line("new", "Un nouvel article sur le gaz.", title: "Gaz"))
        lines.remove(at: 0)
        try rewrite("a.jsonl", lines)
        let report = try index.update(paths: [corpus], analyser: analyser)
        #expect(counter.analysed == ["new"])
        #expect(report.droppedAnalyses == 1)
        let catalogue = try index.catalogue(paths: [corpus])
        #expect(catalogue.ids.map(\.rawValue) == ["a2", "a3", "new"])
        #expect(try index.search(SearchQuery("numero 1"), in: catalogue).isEmpty)
        #expect(try index.search(SearchQuery("gaz"), in: catalogue) == [2])
        #expect(try index.deadSearchRows() == 1)
    }

    @Test("a file removed from the folder disappears; the other files are not read")
    func removedFile() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", IndexFixtures.lines(2, prefix: "a"))
        let b = try write("b.jsonl", IndexFixtures.lines(2, prefix: "b"))
        try index.update(paths: [corpus], analyser: analyser)
        try FileManager.default.removeItem(atPath: b)
        let report = try index.update(paths: [corpus], analyser: analyser)
        #expect(report.removedFiles == 1 && report.readFiles == 0 && report.droppedAnalyses == 2)
        #expect(try index.catalogue(paths: [corpus]).ids.map(\.rawValue) == ["a1", "a2"])
    }

    @Test("an article moved to another file keeps its analysis (same content hash)")
    func moved() throws {
        defer { try? index.close() }
        let lines = IndexFixtures.lines(3)
        _ = try write("a.jsonl", lines)
        try index.update(paths: [corpus], analyser: analyser)
        counter.reset()
        try rewrite("a.jsonl", Array(lines[0..<2]))
        _ = try write("b.jsonl", [lines[2]])
        let report = try index.update(paths: [corpus], analyser: analyser)
        #expect(report.readFiles == 2)
        #expect(counter.count == 0)
        #expect(report.droppedAnalyses == 0)
        let catalogue = try index.catalogue(paths: [corpus])
        #expect(catalogue.ids.map(\.rawValue) == ["a1", "a2", "a3"])
        #expect(catalogue.location(at: 2).hasSuffix("b.jsonl:1"))
        #expect(try index.search(SearchQuery("numero 3"), in: catalogue) == [2])
    }

    @Test("an interrupted first index resumes where it stopped, without redoing committed batches")
    func interrupted() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", IndexFixtures.lines(10))
        let cancellation = IndexCancellation()
        let first = try index.update(paths: [corpus], analyser: analyser, batchSize: 2, cancellation: cancellation) { progress in
            if progress.batches == 2 { cancellation.cancel() }
        }
        #expect(first.cancelled && first.storedArticles == 4)
        // The third batch was analysed while the second was written (the cancel came with the
        // second's progress): its analyses are dropped, its write never begun.
        #expect(counter.analysed == ["a1", "a2", "a3", "a4", "a5", "a6"])
        let partial = try index.catalogue(paths: [corpus])
        #expect(partial.count == 4 && partial.incompleteFiles == 1)
        counter.reset()
        let second = try index.update(paths: [corpus], analyser: analyser, batchSize: 2)
        #expect(!second.cancelled && second.storedArticles == 6)
        #expect(counter.analysed == ["a10", "a5", "a6", "a7", "a8", "a9"])
        let full = try index.catalogue(paths: [corpus])
        #expect(full.ids.map(\.rawValue) == (1...10).map { "a\($0)" })
        #expect(full.incompleteFiles == 0)
        #expect(try index.search(SearchQuery("electricite"), in: full).count == 10)
    }

    @Test("batches written while the next is analysed store the same index as one batch: rows, analyses byte for byte, search")
    func pipelinedSameIndex() throws {
        defer { try? index.close() }
        // Contents repeated across batch boundaries (stored once, by the first batch that has
        // them), a line that is not JSON, two files.
        var lines = IndexFixtures.lines(23)
        lines.insert(IndexFixtures.line("dup-a", "Article a numéro 3 sur l’électricité à Paris.\n\nDeuxième paragraphe 3 avec Marie Curie.",
                                        title: "Titre 3", date: "2019-01-03"), at: 4)
        lines.insert("pas du JSON", at: 9)
        lines.insert(IndexFixtures.line("dup-b", "Article a numéro 7 sur l’électricité à Paris.\n\nDeuxième paragraphe 7 avec Marie Curie.",
                                        title: "Titre 7", date: "2019-01-07"), at: 10)
        _ = try write("a.jsonl", lines)
        _ = try write("b.jsonl", IndexFixtures.lines(11, prefix: "b") + [IndexFixtures.lines(2)[1]])
        let pipelined = try index.update(paths: [corpus], analyser: analyser, batchSize: 3)
        let pipelinedCount = counter.count
        let single = try CorpusIndex(url: folder.url.appendingPathComponent("single/index.sqlite"))
        defer { try? single.close() }
        counter.reset()
        let once = try single.update(paths: [corpus], analyser: analyser, batchSize: 10_000)
        // Each content analysed once either way: 23 + 11 distinct texts.
        #expect(pipelinedCount == 34 && counter.count == 34)
        #expect(pipelined.analysedArticles == 34 && once.analysedArticles == 34)
        #expect(pipelined.storedArticles == once.storedArticles)
        let a = try index.catalogue(paths: [corpus]), b = try single.catalogue(paths: [corpus])
        #expect(a.count == 37 && a.count == b.count)
        #expect(a.ids == b.ids && a.analysisIDs == b.analysisIDs && a.problems == b.problems)
        for p in 0..<a.count { #expect(a[p] == b[p], "position \(p)") }
        // Order-independent: articles with the same content share one analysis.
        #expect(Set(a.analysisIDs).count == 34)
        let dup = try #require(a.position(of: ArticleID("dup-a"))), original = try #require(a.position(of: ArticleID("a3")))
        #expect(a.analysisIDs[dup] == a.analysisIDs[original])
        let stored = { (index: CorpusIndex) throws -> [[Data]] in
            try index.pool.read { db in
                try Row.fetchAll(db, sql: "SELECT hash, entities, sectors, paragraph_sectors FROM analysis ORDER BY id").map {
                    [$0[0], $0[1], $0[2], $0[3]]
                }
            }
        }
        #expect(try stored(index) == stored(single))
        for query in ["electricite", "curie", "\"paragraphe 7\"", "deux*"] {
            let found = try index.search(SearchQuery(query), in: a), alone = try single.search(SearchQuery(query), in: b)
            #expect(!found.isEmpty && found == alone, "\(query)")
        }
    }

    @Test("progress: total, done after each batch, rate and time left")
    func progress() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", IndexFixtures.lines(5))
        let seen = ProgressLog()
        try index.update(paths: [corpus], analyser: analyser, batchSize: 2) { seen.add($0) }
        let log = seen.all
        #expect(log.map(\.done) == [0, 2, 4, 5])
        #expect(log.allSatisfy { $0.total == 5 })
        #expect(log.last?.analysed == 5 && log.last?.fraction == 1)
        #expect(log.last?.remaining == 0)
    }

    @Test("a huge article is a batch of its own: the articles before it are committed without waiting for it (issue 12)")
    func hugeArticleAlone() throws {
        defer { try? index.close() }
        let small = IndexFixtures.lines(6)
        // Lower case only: the fixture analyser's work per capitalised word is not the point here.
        let huge = IndexFixtures.line("huge", "un titre\n\n" + String(repeating: "le prix de l’électricité à paris. ", count: 80_000))
        #expect(huge.utf8.count > IndexUpdater.batchBytes)
        var lines: [String] = Array(small[0..<3])
        lines.append(huge)
        lines.append(contentsOf: small[3..<6])
        _ = try write("a.jsonl", lines)
        let seen = ProgressLog()
        try index.update(paths: [corpus], analyser: analyser, batchSize: 256) { seen.add($0) }
        #expect(seen.all.map(\.done) == [0, 3, 4, 7], "three ordinary articles, the huge one alone, then the rest")
        #expect(try index.catalogue(paths: [corpus]).count == 7)
    }

    @Test("while an update runs, the catalogue shows what is committed (the reader's open-at-once)")
    func catalogueDuringUpdate() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", IndexFixtures.lines(7))
        let counts = ProgressLog()
        let index = self.index
        let corpus = self.corpus
        try index.update(paths: [corpus], analyser: analyser, batchSize: 3) { progress in
            if let catalogue = try? index.catalogue(paths: [corpus]) {
                counts.add(IndexProgress(done: catalogue.count, total: catalogue.incompleteFiles, analysed: 0, elapsed: 0, batches: 0))
            }
        }
        #expect(counts.all.map(\.done) == [0, 3, 6, 7])
        #expect(counts.all.map(\.total) == [1, 1, 1, 0])
    }

    @Test("two instances updating the same index at once: both succeed, each article stored once")
    func twoInstances() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", IndexFixtures.lines(40, prefix: "a"))
        _ = try write("b.jsonl", IndexFixtures.lines(40, prefix: "b"))
        let other = try CorpusIndex(url: index.url)
        defer { try? other.close() }
        let corpus = self.corpus
        let analyser = self.analyser
        let failures = ProgressLog()
        let group = DispatchGroup()
        for target in [index, other] {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                if (try? target.update(paths: [corpus], analyser: analyser, batchSize: 4)) == nil {
                    failures.add(IndexProgress(done: 1, total: 0, analysed: 0, elapsed: 0, batches: 0))
                }
            }
        }
        #expect(group.wait(timeout: .now() + 60) == .success)
        #expect(failures.all.isEmpty)
        let catalogue = try index.catalogue(paths: [corpus])
        #expect(catalogue.ids.map(\.rawValue) == (1...40).map { "a\($0)" } + (1...40).map { "b\($0)" })
        #expect(catalogue.incompleteFiles == 0)
        #expect(Set(catalogue.analysisIDs).count == 80)
        #expect(try index.search(SearchQuery("electricite"), in: catalogue).count == 80)
        #expect(try index.deadSearchRows() == 0)
    }

    @Test("bad lines are reported by the catalogue, also on a warm start")
    func issuesKept() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", [IndexFixtures.line("a1", "Un texte."), "{pas du json", IndexFixtures.line("a3", "Un autre.")])
        try index.update(paths: [corpus], analyser: analyser)
        let reopened = try CorpusIndex(url: index.url)
        defer { try? reopened.close() }
        let report = try reopened.update(paths: [corpus], analyser: analyser)
        #expect(report.readFiles == 0)
        let catalogue = try reopened.catalogue(paths: [corpus])
        #expect(catalogue.count == 2)
        #expect(catalogue.issues.map(\.description) == ArticleFiles.load(paths: [corpus]).issues.map(\.description))
    }

    @Test("lazy loading: article(at:) reads one article equal to ArticleFiles.load's; its analysis comes back from the index")
    func lazyArticleAndAnalysis() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", IndexFixtures.lines(3))
        _ = try folder.write("corpus/z.txt", "Titre du fichier\n\nLe texte avec Paris et Lyon.\n")
        try index.update(paths: [corpus], analyser: analyser)
        let catalogue = try index.catalogue(paths: [corpus])
        let loaded = ArticleFiles.load(paths: [corpus]).articles
        let loader = try ArticleLoader.bundled()
        for position in [1, 3] {
            let article = try loader.article(at: catalogue.place(at: position), expected: catalogue.ids[position]).get()
            #expect(article.id == loaded[position].id && article.text == loaded[position].text)
            #expect(article.paragraphs == loaded[position].paragraphs && article.location == loaded[position].location)
            let expected = IndexFixtures.analyser(AnalysisCounter()).make
            let direct = try expected()(article)
            let stored = try #require(try index.analysis(at: position, in: catalogue))
            #expect(stored.entities == direct.entities && !stored.entities.isEmpty)
            #expect(stored.readable == direct.readable)
            #expect(stored.paragraphSectors == direct.paragraphSectors)
            #expect(stored.sectorLevels == direct.sectorLevels && stored.sectorScores == direct.sectorScores)
        }
        var all: [Int: ArticleAnalysis] = [:]
        try index.forEachAnalysis(in: catalogue) { all[$0] = $1 }
        #expect(all.count == catalogue.count)
        #expect(try all[3] == index.analysis(at: 3, in: catalogue))
        let wrong = loader.article(at: catalogue.place(at: 1), expected: ArticleID("other"))
        #expect(throws: LoadIssue.self) { try wrong.get() }
    }

    @Test("another analyser fingerprint (new word lists) starts the index afresh: everything analysed again, no dead rows")
    func fingerprint() throws {
        defer { try? index.close() }
        _ = try write("a.jsonl", IndexFixtures.lines(3))
        _ = try write("other.jsonl", IndexFixtures.lines(2, prefix: "o"))
        try index.update(paths: [corpus], analyser: analyser)
        counter.reset()
        let a = folder.url.appendingPathComponent("corpus/a.jsonl").path
        let report = try index.update(paths: [a], analyser: IndexFixtures.analyser(counter, fingerprint: "test-2"))
        #expect(counter.count == 3 && report.droppedAnalyses == 5)
        #expect(try index.deadSearchRows() == 0)
        let catalogue = try index.catalogue(paths: [corpus])
        #expect(catalogue.count == 3 && catalogue.incompleteFiles == 1)
        #expect(try index.search(SearchQuery("numero 1"), in: catalogue).map { catalogue.ids[$0].rawValue } == ["a1"])
    }
}

/// Progress reports in order (sent on the updating thread).
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [IndexProgress] = []
    func add(_ p: IndexProgress) { lock.withLock { items.append(p) } }
    var all: [IndexProgress] { lock.withLock { items } }
}

extension CorpusIndexTests {
    @Test("every stored analysis reaches each of its articles once, shared ones too, in the walk beside the sorted (analysis, position) pairs; the entity index lists them all")
    func analysesSharedByArticles() throws {
        defer { try? index.close() }
        let same = "Un texte repris tel quel avec Marie Curie à Paris."
        // b1 and b3 share a1's text (and analysis), the other file's o1 too: positions out of order.
        _ = try write("a.jsonl", [IndexFixtures.line("b1", same, title: "T"), IndexFixtures.line("b2", "Autre texte à Lyon.", title: "U"),
                                  IndexFixtures.line("b3", same, title: "T")])
        _ = try write("b.jsonl", IndexFixtures.lines(2, prefix: "o") + [IndexFixtures.line("o9", same, title: "T")])
        try index.update(paths: [corpus], analyser: analyser)
        let catalogue = try index.catalogue(paths: [corpus])
        #expect(catalogue.count == 6)
        #expect(Set(catalogue.analysisIDs).count == 4, "three articles share one analysis")
        var seen: [(position: Int, analysis: ArticleAnalysis)] = []
        var lean: [Int: ArticleAnalysis] = [:]
        try index.forEachAnalysis(in: catalogue) { seen.append(($0, $1)) }
        #expect(seen.map(\.position).sorted() == Array(0..<6))
        for (position, analysis) in seen { #expect(try analysis == index.analysis(at: position, in: catalogue)) }
        try index.forEachAnalysis(in: catalogue, sectors: false) { lean[$0] = $1 }
        #expect(lean.count == 6)
        for (position, analysis) in lean {
            let full = try #require(try index.analysis(at: position, in: catalogue))
            #expect(analysis.entities == full.entities && analysis.readable == full.readable)
            #expect(analysis.sectorLevels.isEmpty && analysis.paragraphSectors.isEmpty)
        }
        let entities = try #require(try Corpus.entityIndex(index, catalogue))
        let shared = (0..<6).filter { catalogue.analysisIDs[$0] == catalogue.analysisIDs[0] }
        #expect(shared == [0, 2, 5])
        let mentioned = try #require(lean[0]?.entities.first)
        let articles = entities.articles(mentioning: EntityKey(mentioned))
        #expect(Set(shared).isSubset(of: Set(articles)), "\(articles)")
        #expect(articles == Array(Set(articles)).sorted(), "ascending, once each")
    }
}
