import Foundation
import Testing
@testable import KiosqueCore

/// The one corpus of the commands and the reader (issue 11): its queries on the seeds with the
/// real analyser, the same with the user's index and with a throw-away one, page debris naming
/// nobody, and one article read alone.
@Suite(.serialized) struct CorpusQueryTests {
    static var seeds: String { TestSupport.repositoryRoot.appendingPathComponent("seeds").path }

    static func open(_ store: Corpus.Store, source: ArticleSource? = nil) throws -> Corpus {
        try CorpusFixtures.open([seeds], store: store, source: source, analyser: IndexAnalyser.bundled())
    }

    @Test("the seed's entity postings exclude Karim Benzema, named only in an unrelated headline of its page debris")
    func debrisNamesNobody() throws {
        let corpus = try Self.open(.temporary)
        defer { corpus.close() }
        let position = try #require(corpus.catalogue.position(of: ArticleID("000_214017a4d4061c86")))
        let analysis = try #require(try corpus.index.analysis(at: position, in: corpus.catalogue))
        let benzema = try #require(EntityQuery("benzema"))
        // The recogniser does find him (analyze scores the whole text), outside what is shown.
        #expect(analysis.entities.contains(where: benzema.matches))
        #expect(!analysis.readableEntities.contains(where: benzema.matches))
        let entities = try #require(try corpus.entityIndex())
        #expect(entities.articles(matching: benzema).isEmpty)
        #expect(try corpus.rows(CorpusFilter(entityName: benzema)).isEmpty)
        let key = try #require(analysis.entities.first(where: benzema.matches).map(EntityKey.init))
        #expect(entities.articles(mentioning: key).isEmpty)
        // A name of the article itself is found.
        let lavrov = try #require(EntityQuery("lavrov"))
        #expect(try corpus.rows(CorpusFilter(entityName: lavrov)).contains(position))
        // Bookmark facts of a passage over the debris: nobody.
        let loaded = try corpus.article(at: position).get()
        let headline = try #require(loaded.article.text.range(of: "Karim Benzema"))
        let start = loaded.article.text.unicodeScalars.distance(from: loaded.article.text.unicodeScalars.startIndex,
                                                                to: headline.lowerBound)
        let passage = TextRange(start, start + 13)
        #expect(PassageFacts.entities(of: passage, in: try #require(loaded.analysis)).isEmpty)
        #expect(!PassageFacts.entities(of: passage, among: analysis.entities).isEmpty, "the test looks at the right place")
    }

    @Test("the user's index and a throw-away one agree on the seeds: ids, lists, sector filters and counts, entity filters")
    func modesAgree() throws {
        let cache = try TemporaryFolder()
        let indexed = try Self.open(.file(cache.url.appendingPathComponent("index.sqlite")))
        let memory = try Self.open(.temporary)
        defer {
            indexed.close()
            memory.close()
        }
        #expect(indexed.catalogue.ids == memory.catalogue.ids)
        #expect(Array(indexed.catalogue.ids) == ArticleFiles.load(paths: [Self.seeds]).articles.map(\.id))
        #expect(indexed.sectorCounts() == memory.sectorCounts())
        #expect(indexed.sectorCounts().contains { $0.central > 0 })
        let filters: [CorpusFilter] = [
            CorpusFilter(), CorpusFilter(sectors: [0, 1, 2]), CorpusFilter(sectors: [0, 1], match: .all),
            CorpusFilter(sectors: [0, 1, 2], order: .relevance),
            CorpusFilter(entityName: EntityQuery("mali")), CorpusFilter(entityName: EntityQuery("lavrov")),
            CorpusFilter(entityName: EntityQuery("benzema")),
            CorpusFilter(search: try SearchQuery("russie")),
        ]
        for filter in filters {
            #expect(try indexed.rows(filter) == memory.rows(filter), "\(filter)")
        }
        #expect(try !indexed.rows(CorpusFilter(entityName: EntityQuery("mali"))).isEmpty)
        let indexedEntities = try #require(try indexed.entityIndex())
        let memoryEntities = try #require(try memory.entityIndex())
        #expect(indexedEntities.count == memoryEntities.count)
        // The throw-away index goes with `close`.
        let folder = memory.index.url.deletingLastPathComponent()
        memory.close()
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test("a throw-away index left by a process that was killed is removed by the next one; a live process's is kept")
    func abandonedFoldersGo() throws {
        let temporary = FileManager.default.temporaryDirectory
        // Process ids above the kernel's limit (4,194,304) are never alive.
        let dead = temporary.appendingPathComponent("\(Corpus.temporaryPrefix)9999999-test")
        let alive = temporary.appendingPathComponent("\(Corpus.temporaryPrefix)\(getppid())-test")
        for folder in [dead, alive] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        defer { try? FileManager.default.removeItem(at: alive) }
        Corpus.removeAbandonedFolders()
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: alive.path))
    }

    @Test("one article by id, with the index warm, reads that article alone (3,000 in the file) and analyses nothing")
    func oneArticleAlone() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("big.jsonl", IndexFixtures.lines(3_000).joined(separator: "\n") + "\n")
        let cache = try TemporaryFolder()
        let url = cache.url.appendingPathComponent("index.sqlite")
        let counter = AnalysisCounter()
        let reads = try CountingSource()
        try CorpusFixtures.open([file], store: .file(url), source: reads, analyser: IndexFixtures.analyser(counter)).close()
        #expect(counter.count == 3_000)
        counter.reset()
        let clock = ContinuousClock()
        var text = ""
        let elapsed = try clock.measure {
            let corpus = try CorpusFixtures.open([file], store: .file(url), source: reads, analyser: IndexFixtures.analyser(counter))
            defer { corpus.close() }
            guard case .found(let position) = corpus.lookup("a1234") else { return }
            text = try corpus.article(at: position).get().article.text
        }
        #expect(text.contains("numéro 1234 "))
        #expect(reads.places.map(\.line) == [1234], "only that line was read")
        #expect(counter.count == 0, "nothing analysed")
        #expect(elapsed < .seconds(5), "\(elapsed)")
    }
}

/// Reads articles through `ArticleLoader`, noting each place read.
final class CountingSource: ArticleSource, @unchecked Sendable {
    private let lock = NSLock()
    private var read: [ArticlePlace] = []
    private let loader: ArticleLoader

    init() throws {
        loader = try ArticleLoader.bundled()
    }

    var places: [ArticlePlace] { lock.withLock { read } }

    func article(at place: ArticlePlace, expected: ArticleID?) -> Result<Article, LoadIssue> {
        lock.withLock { read.append(place) }
        return loader.article(at: place, expected: expected)
    }
}
