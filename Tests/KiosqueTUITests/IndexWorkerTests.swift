import Foundation
import KiosqueCore
import Testing
@testable import KiosqueApp
@testable import KiosqueTUI

/// A corpus written by the test and the real index under a temporary XDG cache folder, with a
/// cheap analyser that counts its work (and can be slowed down to catch an update running).
final class WorkerBench: @unchecked Sendable {
    let folders: TemporaryDirectories
    let corpus: URL
    private let lock = NSLock()
    private var analysed = 0
    /// Seconds each analysis waits (to keep an update running long enough to cancel it).
    let delay: Double

    init(articles: Int, delay: Double = 0) throws {
        folders = try TemporaryDirectories()
        corpus = folders.root.appendingPathComponent("corpus")
        self.delay = delay
        try write(articles: articles)
    }

    var analysedCount: Int { lock.withLock { analysed } }

    private func count() { lock.withLock { analysed += 1 } }

    /// `count` JSONL articles `a1`..., each naming `Marie Curie` (PER) and `Paris` (LOC).
    func write(articles count: Int, name: String = "a.jsonl") throws {
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let lines = (1...count).map { n in
            let object: [String: String] = ["id": "a\(n)", "title": "Titre \(n)",
                                            "text": "Article \(n) : Marie Curie à Paris.\n\nDeuxième paragraphe numéro \(n)."]
            return String(decoding: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// The analyser: `Marie Curie` and `Paris` wherever they are, énergie (sector 1 of the
    /// fixture taxonomy) mentioned in every article.
    var analyser: IndexAnalyser {
        IndexAnalyser(fingerprint: "worker-test-1") { [self] in
            { article in
                if self.delay > 0 { usleep(UInt32(self.delay * 1_000_000)) }
                self.count()
                var entities: [Entity] = []
                for (name, kind) in [("Marie Curie", EntityKind.person), ("Paris", .location)] {
                    let scalars = Array(article.text.unicodeScalars)
                    let needle = Array(name.unicodeScalars)
                    for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                        entities.append(Entity(kind: kind, range: TextRange(start, start + needle.count), text: name, canonical: name))
                    }
                }
                entities.sort { $0.range.start < $1.range.start }
                var levels = [SectorLevel](repeating: .absent, count: SectorFixtures.sectorCount)
                levels[SectorFixtures.energySector] = .mentioned
                return ArticleAnalysis(entities: entities, readable: entities.map { _ in true }, sectorLevels: levels,
                                       sectorScores: levels.map { $0 == .absent ? 0 : 2 },
                                       paragraphSectors: article.paragraphs.map { _ in levels })
            }
        }
    }

    func index() throws -> CorpusIndex { try CorpusIndex(directories: folders.directories) }

    /// A worker posting to `mailbox`.
    func worker(_ index: CorpusIndex, initial: Catalogue = Catalogue(), batchSize: Int = 8, refresh: Double = 0,
                mailbox: Mailbox<Message>) -> IndexWorker {
        IndexWorker(index: index, files: CorpusFiles(paths: [corpus.path]), analyser: analyser, initial: initial,
                    mailbox: mailbox, batchSize: batchSize, refreshInterval: refresh, loadSectors: { SectorFixtures.classifier })
    }

    /// Messages posted to `mailbox` until `done` says so (or 60 s pass), each wait woken by a post.
    static func collect(_ mailbox: Mailbox<Message>, until done: ([Message]) -> Bool) -> [Message] {
        var messages: [Message] = []
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            mailbox.wait(timeout: 1)
            messages += mailbox.drain()
            if done(messages) { break }
        }
        return messages
    }
}

extension Message {
    var catalogueUpdate: CatalogueUpdate? { if case .catalogue(let update) = self { return update } else { return nil } }
    var progress: IndexProgress? { if case .indexProgress(let progress) = self { return progress } else { return nil } }
    var outcome: IndexOutcome? { if case .indexFinished(let outcome) = self { return outcome } else { return nil } }
    var entityIndex: (EntityArticleIndex, Int)? {
        if case .entityIndex(let index, let serial) = self { return (index, serial) } else { return nil }
    }
}

@Suite("IndexWorker: the index updated in the background, news as messages", .serialized)
struct IndexWorkerTests {
    @Test("a first index: classifier first, progress, catalogues growing while it runs, the end, then the entity index")
    func firstIndex() throws {
        let bench = try WorkerBench(articles: 40)
        let index = try bench.index()
        defer { try? index.close() }
        let mailbox = Mailbox<Message>()
        let worker = bench.worker(index, mailbox: mailbox)
        worker.start()
        let messages = WorkerBench.collect(mailbox) { $0.contains { $0.entityIndex != nil } }
        #expect(worker.stop())
        let news = messages.filter { $0.progress == nil }
        guard case .sectorsLoaded? = news.first else {
            Issue.record("the classifier comes first: \(news.first.map { "\($0)" } ?? "nothing")")
            return
        }
        let progress = messages.compactMap(\.progress)
        #expect(!progress.isEmpty && progress.allSatisfy { $0.total == 40 })
        #expect(progress.map(\.done) == progress.map(\.done).sorted())
        let catalogues = messages.compactMap(\.catalogueUpdate)
        #expect(catalogues.count >= 2, "read while the update runs, and at the end")
        #expect(catalogues.map(\.serial) == Array(1...catalogues.count), "numbered in order")
        #expect(catalogues.contains { $0.catalogue.count > 0 && $0.catalogue.count < 40 }, "a partial catalogue")
        #expect(catalogues.last?.catalogue.count == 40)
        let outcome = try #require(messages.compactMap(\.outcome).first)
        #expect(!outcome.cancelled && outcome.failure == nil)
        let finished = try #require(messages.firstIndex { $0.outcome != nil })
        let lastCatalogue = try #require(messages.lastIndex { $0.catalogueUpdate != nil })
        #expect(lastCatalogue < finished, "the final catalogue before the end")
        let (entities, serial) = try #require(messages.compactMap(\.entityIndex).first)
        #expect(serial == catalogues.last?.serial)
        #expect(entities.articles(mentioning: EntityKey(kind: .person, name: "marie curie")) == Array(0..<40))
        #expect(entities.count == 2)
        #expect(bench.analysedCount == 40)
    }

    @Test("a second start on the same cache: nothing to read, no new catalogue, the entity index of the first")
    func warmStart() throws {
        let bench = try WorkerBench(articles: 12)
        var index = try bench.index()
        let firstMailbox = Mailbox<Message>()
        let first = bench.worker(index, mailbox: firstMailbox)
        first.start()
        _ = WorkerBench.collect(firstMailbox) { $0.contains { $0.entityIndex != nil } }
        #expect(first.stop())
        try index.close()

        index = try bench.index()
        defer { try? index.close() }
        let catalogue = try index.catalogue(paths: [bench.corpus.path])
        #expect(catalogue.count == 12)
        let secondMailbox = Mailbox<Message>()
        let second = bench.worker(index, initial: catalogue, mailbox: secondMailbox)
        second.start()
        let messages = WorkerBench.collect(secondMailbox) { $0.contains { $0.entityIndex != nil } }
        #expect(second.stop())
        #expect(messages.compactMap(\.catalogueUpdate).isEmpty)
        #expect(messages.compactMap(\.progress).allSatisfy { $0.total == 0 })
        #expect(messages.compactMap(\.entityIndex).first?.1 == 0, "built from the catalogue the reader started with")
        #expect(bench.analysedCount == 12, "nothing analysed again")
    }

    @Test("stop cancels the update after its batch; what was committed stays, the next start resumes")
    func cancellationOnQuit() throws {
        let bench = try WorkerBench(articles: 400, delay: 0.005)
        var index = try bench.index()
        let mailbox = Mailbox<Message>()
        let worker = bench.worker(index, batchSize: 4, mailbox: mailbox)
        worker.start()
        _ = WorkerBench.collect(mailbox) { $0.contains { ($0.progress?.done ?? 0) > 0 } }
        let start = Date()
        #expect(worker.stop(timeout: 10), "the work ends")
        #expect(Date().timeIntervalSince(start) < 5)
        let messages = mailbox.drain()
        #expect(messages.compactMap(\.outcome).first?.cancelled == true)
        #expect(messages.compactMap(\.entityIndex).isEmpty)
        try index.close()
        let analysed = bench.analysedCount
        #expect(analysed > 0 && analysed < 400)

        index = try bench.index()
        defer { try? index.close() }
        let partial = try index.catalogue(paths: [bench.corpus.path])
        #expect(partial.count > 0 && partial.count < 400 && partial.incompleteFiles == 1)
        let nextMailbox = Mailbox<Message>()
        let next = bench.worker(index, initial: partial, batchSize: 64, mailbox: nextMailbox)
        next.start()
        let rest = WorkerBench.collect(nextMailbox) { $0.contains { $0.entityIndex != nil } }
        #expect(next.stop())
        #expect(rest.compactMap(\.catalogueUpdate).last?.catalogue.count == 400)
        #expect(rest.compactMap(\.progress).last?.total == 400 - partial.count, "only the rest is read")
        #expect(bench.analysedCount - analysed <= 400 - partial.count + 4, "committed batches are not analysed again")
    }
}

@Suite("CorpusEffects and ReaderCorpus: loads from the index, the cache folder, the state's start", .serialized)
struct CorpusEffectsTests {
    /// The bench's corpus indexed, then opened as the reader opens it.
    func indexed(_ bench: WorkerBench) throws {
        let index = try bench.index()
        defer { try? index.close() }
        try index.update(paths: [bench.corpus.path], analyser: bench.analyser)
    }

    @Test("an article load answers the article and its stored analysis; a file changed since says so")
    func loads() throws {
        let bench = try WorkerBench(articles: 5)
        let index = try bench.index()
        defer { try? index.close() }
        try index.update(paths: [bench.corpus.path], analyser: bench.analyser)
        let catalogue = try index.catalogue(paths: [bench.corpus.path])
        let mailbox = Mailbox<Message>()
        let runner = CorpusEffects(index: index, worker: nil, loader: .success(try ArticleLoader.bundled()), mailbox: mailbox)
        var state = AppState(catalogue: catalogue, size: Size(width: 120, height: 40), display: DisplayOptions())
        let dispatcher = ReaderDispatcher(update: App.update, handler: FixtureCorpus.services(articles: runner, mailbox: mailbox))
        dispatcher.start(&state)
        #expect(state.openArticle?.id == ArticleID("a1"))
        #expect(state.open?.entities.map(\.text) == ["Marie Curie", "Paris"])
        #expect(state.open?.analysis?.sectorLevels[SectorFixtures.energySector] == .mentioned)
        dispatcher.apply(.key(.character("j")), to: &state)
        dispatcher.apply(.key(.enter), to: &state)
        #expect(state.openArticle?.id == ArticleID("a2"))
        #expect(state.screen.text.contains("Article 2 : Marie Curie à Paris."))

        // The file is rewritten under the catalogue: another article at those bytes.
        let path = bench.corpus.appendingPathComponent("a.jsonl")
        var lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.swapAt(2, 3)
        try (lines.joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)
        dispatcher.apply(.key(.escape), to: &state)
        dispatcher.apply(.key(.character("j")), to: &state)
        dispatcher.apply(.key(.enter), to: &state)
        #expect(state.openArticle?.id == ArticleID("a2"), "the reader keeps what it showed")
        #expect(state.noticeText?.contains("the file changed since it was indexed") == true)
        #expect(state.screen.lines[38].contains("Cannot open"))
    }

    /// Runs the reader's start and background update until the entity index is in.
    func run(_ corpus: ReaderCorpus, mailbox: Mailbox<Message>) -> AppState {
        var state = AppState(corpus: corpus, size: Size(width: 120, height: 40), display: DisplayOptions())
        let dispatcher = ReaderDispatcher(update: App.update, handler: FixtureCorpus.services(articles: corpus.runner, mailbox: mailbox))
        dispatcher.start(&state)
        let deadline = Date().addingTimeInterval(60)
        while (state.index.running || state.entities.index == nil) && Date() < deadline {
            dispatcher.receive(from: mailbox, to: &state, waiting: 1)
        }
        return state
    }

    @Test("ReaderCorpus: the bundled analyser indexes in the background; then a warm cache gives the catalogue at once")
    func coldThenWarm() throws {
        let bench = try WorkerBench(articles: 6)
        try indexed(bench)
        let environment = ["XDG_CONFIG_HOME": bench.folders.directories.config.path]
        // Another analyser made this index: the reader starts from empty and the update (with the
        // bundled analyser) fills it.
        var mailbox = Mailbox<Message>()
        var corpus = ReaderCorpus.open(paths: [bench.corpus.path], directories: bench.folders.directories, mailbox: mailbox,
                                       environment: environment)
        #expect(corpus.catalogue.isEmpty && corpus.indexing)
        var state = AppState(corpus: corpus, size: Size(width: 120, height: 40), display: DisplayOptions())
        #expect(state.index.running)
        #expect(state.screen.text.contains("Indexing the articles…"))
        state = run(corpus, mailbox: mailbox)
        corpus.runner.stopIndex()
        #expect(state.catalogue.count == 6)
        #expect(!state.index.running && state.entities.index != nil)
        #expect(state.openArticle?.id == ArticleID("a1"), "shown once it came")
        #expect(state.sectors.classifier != nil, "the configured taxonomy")

        mailbox = Mailbox<Message>()
        corpus = ReaderCorpus.open(paths: [bench.corpus.path], directories: bench.folders.directories, mailbox: mailbox,
                                   environment: environment)
        defer { corpus.runner.stopIndex() }
        #expect(corpus.catalogue.count == 6, "at once")
        state = run(corpus, mailbox: mailbox)
        #expect(state.catalogue.count == 6 && state.catalogueSerial == 0, "no new catalogue: nothing changed")
        #expect(state.entities.index != nil)
    }

    @Test("a bad user sectors.tsv: the reader says so in its status line and uses the built-in sectors")
    func badUserTaxonomy() throws {
        let bench = try WorkerBench(articles: 3)
        let file = bench.folders.root.appendingPathComponent("my-sectors.tsv")
        try Data("this is not a taxonomy\n\tno key\tno terms\n".utf8).write(to: file)
        let environment = ["XDG_CONFIG_HOME": bench.folders.directories.config.path, "KIOSQUE_SECTORS": file.path]
        let reason = try #require(SectorTaxonomy.userFileProblem(environment: environment)?.description)
        let mailbox = Mailbox<Message>()
        let corpus = ReaderCorpus.open(paths: [bench.corpus.path], directories: bench.folders.directories, mailbox: mailbox,
                                       environment: environment)
        defer { corpus.runner.stopIndex() }
        #expect(corpus.problems.contains(.taxonomyIgnored(reason)))
        let state = AppState(corpus: corpus, size: Size(width: 200, height: 40), display: DisplayOptions())
        let said = try #require(state.statusText)
        #expect(said.hasPrefix("Built-in sectors used: your sectors file cannot be used (") && said.contains(file.path), "\(said)")
        #expect(state.screen.lines[38].contains("Built-in sectors used"))
        let after = run(corpus, mailbox: mailbox)
        #expect(after.catalogue.count == 3, "the reader is not emptied")
        #expect(after.sectors.classifier?.taxonomy.sectors.map(\.name) == (try SectorTaxonomy.bundled()).sectors.map(\.name), "the built-in taxonomy")
    }

    @Test("a cache folder that cannot be written: the index goes to a temporary folder, the status line says so")
    func temporaryIndex() throws {
        let bench = try WorkerBench(articles: 3)
        // A file where the cache folder should be: no folder can be made there, not even by root.
        let blocked = bench.folders.root.appendingPathComponent("blocked")
        try Data("not a folder".utf8).write(to: blocked)
        let directories = AppDirectories(data: bench.folders.directories.data, state: bench.folders.directories.state,
                                         cache: blocked.appendingPathComponent("kiosque"), config: bench.folders.directories.config)
        let corpus = ReaderCorpus.open(paths: [bench.corpus.path], directories: directories, mailbox: Mailbox())
        guard case .temporaryIndex(_, let path)? = corpus.problems.first else {
            Issue.record("no fallback: \(corpus.problems)")
            return
        }
        #expect(FileManager.default.fileExists(atPath: path + "/index.sqlite"))
        let state = AppState(corpus: corpus, size: Size(width: 200, height: 40), display: DisplayOptions())
        #expect(state.statusText?.hasPrefix("The cache folder cannot be written (") == true)
        #expect(state.screen.lines[38].contains("The cache folder cannot be written"))
        corpus.runner.stopIndex()
        #expect(!FileManager.default.fileExists(atPath: path), "the temporary folder goes at the end")
    }

    @Test("a broken index file is set aside, and the status line says so")
    func brokenIndex() throws {
        let bench = try WorkerBench(articles: 3)
        let url = CorpusIndex.defaultURL(directories: bench.folders.directories)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 4096).write(to: url)
        let corpus = ReaderCorpus.open(paths: [bench.corpus.path], directories: bench.folders.directories, mailbox: Mailbox())
        defer { corpus.runner.stopIndex() }
        #expect(corpus.problems.contains { if case .note(let note) = $0 { return note.contains("index.corrupt-") } else { return false } })
        let names = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(names.contains { $0.hasPrefix("index.corrupt-") && $0.hasSuffix(".sqlite") }, "\(names)")
        let state = AppState(corpus: corpus, size: Size(width: 200, height: 40), display: DisplayOptions())
        #expect(state.statusText?.contains("could not be used (not a SQLite database)") == true, "\(state.statusText ?? "")")
    }
}
