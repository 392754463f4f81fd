import Foundation
import KiosqueCore
import Testing
@testable import KiosqueApp
@testable import KiosqueTUI

/// A service that waits at a gate before answering, and records what it was asked.
final class GatedSearchService: SearchService, @unchecked Sendable {
    private let lock = NSLock()
    private let gate = DispatchSemaphore(value: 0)
    private var asked: [String] = []
    private var tokens: [IndexCancellation?] = []

    var queries: [String] { lock.withLock { asked } }
    /// Whether each search asked was cancelled since.
    var cancelled: [Bool] { lock.withLock { tokens.map { $0?.isCancelled == true } } }

    /// Lets one waiting search answer.
    func open() { gate.signal() }

    func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation?) -> Result<SearchOutcome, any Error> {
        lock.withLock {
            asked.append(query.text)
            tokens.append(cancellation)
        }
        // Bounded, so that a test gone wrong fails instead of hanging.
        _ = gate.wait(timeout: .now() + 10)
        return SearchFixtures.service.search(query, in: catalogue)
    }
}

@Suite("the index search service, the search worker and the search effects")
struct SearchServiceTests {
    static let jsonl = [
        #"{"id": "e1", "title": "Le prix de l'électricité", "date": "2019-01-15", "text": "Le prix de l'électricité\n\nLe régulateur propose une hausse des tarifs de l’électricité. La DÉFENSE du pouvoir d'achat."}"#,
        #"{"id": "e2", "title": "Défense", "date": "2019-01-16", "text": "Défense\n\nLa défense nationale et l'énergie nucléaire. Les centrales nucléaires tournent."}"#,
        #"{"id": "e3", "title": "Cœur de ville", "date": "2019-01-17", "text": "Cœur de ville\n\nAu cœur du débat : l’œuvre des urbanistes.\n\nMenu\n\nAUTRES INFOS\n\nÉlectricité : un titre hors sujet"}"#,
        #"{"id": "e4", "title": "Énergie nucléaire", "date": "2019-01-18", "text": "Énergie nucléaire\n\nLe débat sur l'énergie nucléaire reprend. Électricité et gaz."}"#,
    ].joined(separator: "\n") + "\n"

    /// An analyser that finds nothing: these tests are about the full-text index.
    static let analyser = IndexAnalyser(fingerprint: "search-service-test") {
        { article in
            ArticleAnalysis(entities: [], readable: [], sectorLevels: [.absent], sectorScores: [0],
                            paragraphSectors: article.paragraphs.map { _ in [.absent] })
        }
    }

    /// `jsonl` written in temporary folders and indexed there with `analyser`; close the index
    /// and keep the folders until the test ends.
    static func indexedCorpus() throws -> (TemporaryDirectories, CorpusIndex, Catalogue) {
        let folders = try TemporaryDirectories()
        let file = folders.root.appendingPathComponent("corpus.jsonl")
        try jsonl.write(to: file, atomically: true, encoding: .utf8)
        let index = try CorpusIndex(directories: folders.directories)
        do {
            try index.update(paths: [file.path], analyser: analyser)
            return (folders, index, try index.catalogue(paths: [file.path]))
        } catch {
            try? index.close()
            throw error
        }
    }

    /// Every article of a small corpus counts: each query, parsed as typed and as submitted.
    static let queries = ["electricite", "Defense", "energie", "l'energie", "nucl*", "nucl", "\"energie nucleaire\"",
                          "\"nucleaire energie\"", "coeur", "oeuvre", "debat nucl*", "electricite gaz", "hydrogene", "de"]

    @Test("the index service returns the articles the in-memory search (--no-index) and the tests' service find")
    func memoryAndIndexAgree() throws {
        let folders = try TemporaryDirectories()
        let file = folders.root.appendingPathComponent("corpus.jsonl")
        try Self.jsonl.write(to: file, atomically: true, encoding: .utf8)
        let articles = ArticleFiles.load(paths: [file.path]).articles
        #expect(articles.count == 4)
        let index = try CorpusIndex(directories: folders.directories)
        defer { try? index.close() }
        #expect(index.url.path.hasPrefix(folders.root.path), "the temporary cache, not the user's")
        try index.update(paths: [file.path], analyser: Self.analyser)
        let catalogue = try index.catalogue(paths: [file.path])
        #expect(Array(catalogue.ids) == articles.map(\.id), "the catalogue's positions are the reader's indices")
        let memory = MemorySearch(articles: articles)
        let indexed = IndexSearchService(index: index)
        // The tests' service: the same articles kept as fixtures, in a catalogue of their own.
        let fixtures = Fixtures.catalogue(articles)
        var found: [String: [Int]] = [:]
        for text in Self.queries {
            for typing in [false, true] {
                let query = try SearchQuery(text, typing: typing)
                let fromIndex = try #require(try indexed.search(query, in: catalogue).get().positions)
                #expect(memory.positions(matching: query) == fromIndex, "\(text) (typing: \(typing))")
                #expect(try FixtureCorpus.shared.search(query, in: fixtures).get() == .found(fromIndex), "\(text) (typing: \(typing))")
                if !typing { found[text] = fromIndex }
            }
        }
        // The services find what they should, not merely the same thing.
        #expect(found["electricite"] == [0, 3], "not e3, where électricité is page debris")
        #expect(found["Defense"] == [0, 1])
        #expect(found["l'energie"] == [1, 3])
        #expect(found["\"energie nucleaire\""] == [1, 3])
        #expect(found["\"nucleaire energie\""] == [])
        #expect(found["coeur"] == [2])
        #expect(found["hydrogene"] == [])
    }

    @Test("positions follow the catalogue given: a search against a shorter catalogue leaves out what it does not list")
    func positionsOfTheCatalogueGiven() throws {
        let (folders, index, whole) = try Self.indexedCorpus()
        defer { try? index.close(); withExtendedLifetime(folders) {} }
        let query = try SearchQuery("nucleaire")
        #expect(try IndexSearchService(index: index).search(query, in: whole).get() == .found([1, 3]))
        // The same index seen through an empty catalogue (a first index before its first batch).
        #expect(try IndexSearchService(index: index).search(query, in: Catalogue()).get() == .found([]))
    }

    @Test("a cancelled search is an outcome, not an error; one nobody cancels answers")
    func cancelledSearch() throws {
        let (folders, index, catalogue) = try Self.indexedCorpus()
        defer { try? index.close(); withExtendedLifetime(folders) {} }
        let query = try SearchQuery("de*")
        let cancelled = IndexCancellation()
        cancelled.cancel()
        let stopped = IndexSearchService(index: index).search(query, in: catalogue, cancellation: cancelled)
        #expect(try stopped.get() == .cancelled)
        let live = IndexCancellation()
        #expect(try IndexSearchService(index: index).search(query, in: catalogue, cancellation: live).get() == .found([0, 1, 2, 3]),
                "a search nobody cancels answers")
        #expect(try index.search(query, in: catalogue) == [0, 1, 2, 3], "the connection's handler was removed")
    }

    @Test("first rows first: the first matches in corpus order, without the rest, and whether they are all")
    func firstMatches() throws {
        let (folders, index, catalogue) = try Self.indexedCorpus()
        defer { try? index.close(); withExtendedLifetime(folders) {} }
        let service = IndexSearchService(index: index)
        let everyArticle = try SearchQuery("de*")
        #expect(try service.firstMatches(everyArticle, in: catalogue, limit: 2)?.get() == FirstMatches(positions: [0, 1], isEverything: false))
        #expect(try service.firstMatches(everyArticle, in: catalogue, limit: 3)?.get() == FirstMatches(positions: [0, 1, 2], isEverything: false))
        #expect(try service.firstMatches(everyArticle, in: catalogue, limit: 5)?.get() == FirstMatches(positions: [0, 1, 2, 3], isEverything: true))
        let nuclear = try SearchQuery("nucleaire")
        #expect(try service.firstMatches(nuclear, in: catalogue, limit: 1)?.get() == FirstMatches(positions: [1], isEverything: false))
        // Articles whose analyses are not numbered in corpus order: only the rows before the first
        // later analysis are sure to be the first rows; none at all, and only the whole answer is right.
        let summaries = (0..<catalogue.count).map {
            ArticleSummary(id: catalogue.ids[$0], title: catalogue.titles[$0], date: nil, source: nil,
                           place: catalogue.place(at: $0), sectorLevels: [], sectorScores: [])
        }
        let ids = catalogue.analysisIDs
        let reversed = Catalogue(summaries: summaries, analysisIDs: ids.reversed(), sectorCount: 1)
        #expect(reversed.firstPositions(upToAnalysis: ids[1]) == 0)
        #expect(service.firstMatches(everyArticle, in: reversed, limit: 2) == nil)
        // Article 1 repeats article 0 (one analysis for both, as for identical texts): still in order.
        let repeated = Catalogue(summaries: summaries, analysisIDs: [ids[0], ids[0], ids[1], ids[2]], sectorCount: 1)
        #expect(repeated.firstPositions(upToAnalysis: ids[0]) == 2)
        #expect(try service.firstMatches(everyArticle, in: repeated, limit: 2)?.get() == FirstMatches(positions: [0, 1, 2], isEverything: false))
    }

    @Test("a broken index is an answer with a reason, not a crash")
    func indexFailure() throws {
        let folders = try TemporaryDirectories()
        let index = try CorpusIndex(directories: folders.directories)
        try index.close()
        let result = IndexSearchService(index: index).search(try SearchQuery("gaz"), in: Catalogue())
        #expect(throws: (any Error).self) { try result.get() }
    }

    @Test("without an index, a search answers at once why it cannot run, and the status line says so")
    func noIndex() throws {
        let searches = SearchEffects(index: nil, mailbox: Mailbox())
        #expect(searches.worker == nil && !searches.isBusy)
        let dispatcher = FixtureCorpus.dispatcher(searches: searches)
        var state = SearchFixtures.state()
        for key: Key in [.character("/"), .character("g"), .character("a")] { dispatcher.apply(.key(key), to: &state) }
        #expect(state.noticeText?.hasPrefix("Search failed: no index") == true, "\(state.noticeText ?? "no notice")")
        #expect(state.list.filter?.search?.pending == nil, "answered")
        #expect(state.listCount == 0, "no answer: nothing is listed under the search's label")
        #expect(ArticleListView.title(state) == "Articles (0/6) · /ga (search failed) · file order")
    }

    @Test("the worker coalesces keystrokes: while one search runs, only the newest request waits, and the running one is cancelled")
    func workerCoalesces() throws {
        let service = GatedSearchService()
        let mailbox = Mailbox<Message>()
        let worker = SearchWorker(service: service, mailbox: mailbox)
        let catalogue = SearchFixtures.state().catalogue
        func request(_ id: Int, _ text: String) throws -> SearchRequest {
            SearchRequest(id: id, query: try SearchQuery(text, typing: true), catalogue: catalogue, catalogueSerial: 7)
        }
        worker.submit(try request(1, "g"))
        let deadline = Date().addingTimeInterval(10)
        while service.queries.isEmpty && Date() < deadline { usleep(1_000) }
        #expect(service.queries == ["g"])
        for (id, text) in [(2, "ga"), (3, "gaz"), (4, "gaz chauffage")] {
            worker.submit(try request(id, text))
        }
        #expect(worker.isBusy)
        #expect(service.cancelled == [true], "the running search is told its answer is no longer wanted")
        service.open()
        service.open()
        #expect(worker.waitUntilIdle())
        #expect(service.queries == ["g", "gaz chauffage"], "ga and gaz were never run")
        #expect(service.cancelled == [true, false])
        #expect(worker.searchesRun == 2)
        let answers: [SearchAnswer] = mailbox.drain().compactMap { if case .searchFinished(let a) = $0 { a } else { nil } }
        #expect(answers.map(\.id) == [4], "no answer for the cancelled search")
        #expect(answers.last?.result == .success([4]))
        #expect(answers.allSatisfy { $0.catalogueSerial == 7 }, "each answer names its request's catalogue")
        #expect(mailbox.drain().isEmpty && !worker.isBusy)
    }

    @Test("the worker posts the first rows, then the whole answer; first rows that are everything are the whole answer")
    func workerPostsFirstRowsFirst() throws {
        let (folders, index, catalogue) = try Self.indexedCorpus()
        defer { try? index.close(); withExtendedLifetime(folders) {} }
        let mailbox = Mailbox<Message>()
        let worker = SearchWorker(service: IndexSearchService(index: index), mailbox: mailbox)
        worker.submit(SearchRequest(id: 1, query: try SearchQuery("nucleaire"), catalogue: catalogue, catalogueSerial: 3))
        #expect(worker.waitUntilIdle())
        var answers: [SearchAnswer] = mailbox.drain().compactMap { if case .searchFinished(let a) = $0 { a } else { nil } }
        #expect(answers == [SearchAnswer(id: 1, catalogueSerial: 3, result: .success([1, 3]))], "two matches: under the first rows' limit")
        // More matches than the first rows hold: a bigger corpus of `SearchWorker.firstRows + 5` articles.
        let big = try TemporaryDirectories()
        let file = big.root.appendingPathComponent("big.jsonl")
        let count = SearchWorker.firstRows + 5
        try (0..<count).map { #"{"id": "a\#($0)", "text": "Titre \#($0)\n\nLe gaz et l'électricité."}"# }.joined(separator: "\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let bigIndex = try CorpusIndex(directories: big.directories)
        defer { try? bigIndex.close() }
        try bigIndex.update(paths: [file.path], analyser: Self.analyser)
        let bigCatalogue = try bigIndex.catalogue(paths: [file.path])
        #expect(bigCatalogue.count == count)
        let bigWorker = SearchWorker(service: IndexSearchService(index: bigIndex), mailbox: mailbox)
        bigWorker.submit(SearchRequest(id: 2, query: try SearchQuery("ga", typing: true), catalogue: bigCatalogue, catalogueSerial: 4))
        #expect(bigWorker.waitUntilIdle())
        answers = mailbox.drain().compactMap { if case .searchFinished(let a) = $0 { a } else { nil } }
        #expect(answers.map(\.complete) == [false, true])
        #expect(answers.first?.result == .success(Array(0..<SearchWorker.firstRows)), "the first rows in corpus order")
        #expect(answers.last?.result == .success(Array(0..<count)), "then every match")
    }

    @Test("the list shows the first rows at once and says more are coming; the whole answer brings the count")
    func firstRowsInTheList() throws {
        var state = SearchFixtures.state()
        _ = App.update(&state, .key(.character("/")))
        let effects = App.update(&state, .key(.character("g")))
        _ = effects
        let requested = state.search.lastRequest
        #expect(state.list.filter?.search?.pending == requested)
        App.receive(answer: SearchAnswer(id: requested, catalogueSerial: state.catalogueSerial, result: .success([3]), complete: false), &state)
        #expect(state.listedArticles == [3], "the first rows are drawn at once")
        #expect(state.list.filter?.search?.pending == requested, "still waiting for the whole answer")
        #expect(PromptView.searchInfo(state) == "1+ articles…")
        App.receive(answer: SearchAnswer(id: requested, catalogueSerial: state.catalogueSerial, result: .success([3, 4])), &state)
        #expect(state.listedArticles == [3, 4])
        #expect(state.list.filter?.search?.pending == nil)
        #expect(PromptView.searchInfo(state) == "2 articles")
    }

    @Test("newest first: the request carries the list's rows; the first rows in that order are drawn with the count pending; a stale first answer is dropped")
    func firstRowsInTheListOrder() throws {
        var state = SearchFixtures.state()
        state.list.order = .newest
        state.ordering = state.catalogue.ordering(.newest)
        let newest = state.ordering.positions
        #expect(newest != Array(0..<state.catalogue.count), "not the file order")
        state.keys("/")
        let effects = state.type("d", answering: nil)
        let older = state.search.lastRequest
        let request = try #require(effects.compactMap { if case .search(let r) = $0 { r } else { nil } }.last)
        #expect(request.order == newest, "the rows the search narrows, in the list's order")
        #expect(request.firstRows == 40, "as many first rows as the screen has")
        _ = state.type("e", answering: nil)
        let requested = state.search.lastRequest
        #expect(requested == older + 1)
        // The first rows come in the list's order (the head of the whole answer in that order).
        let head = Array(newest.filter { [0, 1, 3].contains($0) }.prefix(2))
        App.receive(answer: SearchAnswer(id: older, catalogueSerial: state.catalogueSerial, result: .success([4]), complete: false), &state)
        #expect(state.list.filter?.search?.firstRowsOnly == false, "a first answer to an older key is dropped")
        App.receive(answer: SearchAnswer(id: requested, catalogueSerial: state.catalogueSerial, result: .success(head), complete: false), &state)
        #expect(state.listedArticles == head)
        #expect(state.list.filter?.search?.matches == head.sorted())
        #expect(state.screen.lines[39].hasSuffix("2+ articles…"), "the count is pending: \(state.screen.lines[39])")
        App.receive(answer: SearchAnswer(id: requested, catalogueSerial: state.catalogueSerial, result: .success([0, 1, 3])), &state)
        #expect(Array(state.listedArticles.prefix(2)) == head, "the whole answer starts with the first rows")
        #expect(state.listedArticles == newest.filter { [0, 1, 3].contains($0) })
        #expect(state.screen.lines[39].hasSuffix("3 articles"))
        // Another criterion first (the outlet): the request carries that list's rows.
        var outlet = SearchFixtures.state()
        outlet.list.order = .newest
        outlet.ordering = outlet.catalogue.ordering(.newest)
        outlet.keys("O")
        let shown = outlet.listedArticles
        outlet.keys("/")
        let narrowed = try #require(outlet.type("g", answering: nil).compactMap { if case .search(let r) = $0 { r } else { nil } }.last)
        #expect(narrowed.order == shown)
        #expect(outlet.search.narrowed?.rows == shown, "kept for the next key")
        let next = try #require(outlet.type("a", answering: nil).compactMap { if case .search(let r) = $0 { r } else { nil } }.last)
        #expect(next.order == shown)
        // The outlet filter gone: every article newest first, not the rows kept.
        outlet.keys("Esc", "O")
        #expect(outlet.list.filter == nil)
        outlet.keys("/")
        let wide = try #require(outlet.type("g", answering: nil).compactMap { if case .search(let r) = $0 { r } else { nil } }.last)
        #expect(wide.order == newest)
        // A saved view applied (its order, its outlet): its search is asked once they are in.
        var viewed = SearchFixtures.state()
        let outletName = try #require(ArticleOutlet.name(at: 3, in: viewed.catalogue))
        let applied = App.apply(view: ListView(order: .newest, sectors: [], match: .any, search: "gaz", outlet: outletName), &viewed)
        let viewRequest = try #require(applied.compactMap { if case .search(let r) = $0 { r } else { nil } }.last)
        #expect(viewed.list.order == .newest && viewed.list.filter?.search?.pending == viewRequest.id)
        var others = try #require(viewed.list.filter)
        others.search = nil
        #expect(viewRequest.order == App.rows(of: others, viewed), "the view's rows, newest first")
        #expect(viewRequest.order != nil)
        // The file order: the first rows in corpus order, as before.
        var corpus = SearchFixtures.state()
        corpus.keys("/")
        let plain = try #require(corpus.type("g", answering: nil).compactMap { if case .search(let r) = $0 { r } else { nil } }.last)
        #expect(plain.order == nil)
    }

    @Test("the worker in the list's order: the first rows newest first are the head of the whole answer, which follows in corpus order")
    func workerFirstRowsInOrder() throws {
        let folders = try TemporaryDirectories()
        let file = folders.root.appendingPathComponent("dated.jsonl")
        // 300 articles, the days a permutation of the file order; `gaz` in four of five.
        let lines = (0..<300).map { n -> String in
            let day = (n * 37) % 300
            let date = String(format: "2019-%02d-%02d", day / 28 + 1, day % 28 + 1)
            let word = n % 5 == 2 ? "charbon" : "gaz"
            return #"{"id": "d\#(n)", "date": "\#(date)", "text": "Titre \#(n)\n\nLe \#(word) et l'électricité."}"#
        }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let index = try CorpusIndex(directories: folders.directories)
        defer { try? index.close() }
        try index.update(paths: [file.path], analyser: Self.analyser)
        let catalogue = try index.catalogue(paths: [file.path])
        let ordering = catalogue.ordering(.newest)
        let mailbox = Mailbox<Message>()
        let worker = SearchWorker(service: IndexSearchService(index: index), mailbox: mailbox)
        worker.submit(SearchRequest(id: 5, query: try SearchQuery("gaz"), catalogue: catalogue, catalogueSerial: 2,
                                    order: ordering.positions, firstRows: 12))
        #expect(worker.waitUntilIdle())
        let answers: [SearchAnswer] = mailbox.drain().compactMap { if case .searchFinished(let a) = $0 { a } else { nil } }
        #expect(answers.map(\.complete) == [false, true])
        let whole = try index.search(try SearchQuery("gaz"), in: catalogue)
        #expect(whole.count == 240)
        #expect(answers.last?.result == .success(whole), "the whole answer: every match, ascending")
        #expect(answers.first?.result == .success(Array(ordering.sorted(whole).prefix(12))), "the first rows: its head newest first")
    }

    /// Gives no first rows before the whole search, and the head in the list's order during it.
    struct HeadDuringSearch: SearchService {
        func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation?) -> Result<SearchOutcome, any Error> {
            .success(.found([1, 2, 3]))
        }

        func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation, order: [Int], limit: Int,
                    first: (FirstMatches) -> Void) -> Result<SearchOutcome, any Error> {
            first(FirstMatches(positions: Array(order.filter { [1, 2, 3].contains($0) }.prefix(limit)), isEverything: false))
            return .success(.found([1, 2, 3]))
        }
    }

    @Test("the worker posts the head the whole search finds first, in the request's order, then the whole answer")
    func workerPostsTheHeadDuringTheSearch() throws {
        let mailbox = Mailbox<Message>()
        let worker = SearchWorker(service: HeadDuringSearch(), mailbox: mailbox)
        let catalogue = SearchFixtures.state().catalogue
        worker.submit(SearchRequest(id: 8, query: try SearchQuery("elec", typing: true), catalogue: catalogue, catalogueSerial: 1,
                                    order: [3, 0, 2, 1, 4], firstRows: 2))
        #expect(worker.waitUntilIdle())
        var answers: [SearchAnswer] = mailbox.drain().compactMap { if case .searchFinished(let a) = $0 { a } else { nil } }
        #expect(answers == [SearchAnswer(id: 8, catalogueSerial: 1, result: .success([3, 2]), complete: false),
                            SearchAnswer(id: 8, catalogueSerial: 1, result: .success([1, 2, 3]))])
        // In corpus order (no order asked): the whole answer only.
        worker.submit(SearchRequest(id: 9, query: try SearchQuery("elec", typing: true), catalogue: catalogue, catalogueSerial: 1))
        #expect(worker.waitUntilIdle())
        answers = mailbox.drain().compactMap { if case .searchFinished(let a) = $0 { a } else { nil } }
        #expect(answers == [SearchAnswer(id: 9, catalogueSerial: 1, result: .success([1, 2, 3]))])
    }

    @Test("keys go on while a search runs; the answer narrows the list when the loop takes it")
    func keysAreNotBlocked() throws {
        let service = GatedSearchService()
        let mailbox = Mailbox<Message>()
        let searches = SearchEffects(service: service, mailbox: mailbox)
        let worker = try #require(searches.worker)
        let dispatcher = FixtureCorpus.dispatcher(searches: searches, mailbox: mailbox)
        var state = SearchFixtures.state()
        dispatcher.apply(.key(.character("/")), to: &state)
        dispatcher.apply(.key(.character("g")), to: &state)
        let deadline = Date().addingTimeInterval(10)
        while service.queries.isEmpty && Date() < deadline { usleep(1_000) }
        for key: Key in [.character("a"), .character("z")] { dispatcher.apply(.key(key), to: &state) }
        // Every key was applied while the first search is still held at the gate.
        #expect(state.search.prompt?.editor.text == "gaz")
        #expect(worker.isBusy && searches.isBusy && mailbox.isEmpty)
        #expect(state.listCount == 6, "not narrowed yet")
        service.open()
        service.open()
        #expect(worker.waitUntilIdle())
        #expect(dispatcher.receive(from: mailbox, to: &state), "the answers come through the mailbox")
        #expect(state.listedArticles == [3, 4])
        #expect(!searches.isBusy && mailbox.isEmpty)
        #expect(service.queries == ["g", "gaz"], "ga was coalesced away")
    }

    @Test("the history is recorded on Enter through the store effects, and loaded at the next start")
    func historyThroughTheStore() throws {
        let folders = try TemporaryDirectories()
        let runner = StoreEffects(directories: folders.directories)
        let dispatcher = FixtureCorpus.dispatcher(stores: runner)
        var state = SearchFixtures.state()
        dispatcher.start(&state)
        #expect(state.search.history.isEmpty)
        for name in ["/", "n", "u", "c", "l", "Enter", "/", "Ctrl-u", "g", "a", "z", "Enter"] {
            dispatcher.apply(.key(try #require(KeyName.parse(name))), to: &state)
        }
        #expect(state.listedArticles == [3, 4])
        runner.waitForReadingWrites()
        let file = folders.directories.state.appendingPathComponent("history.sqlite")
        #expect(FileManager.default.fileExists(atPath: file.path))
        let stored = try SearchHistory(url: file)
        #expect(try stored.recent() == ["gaz", "nucl"])
        try stored.close()

        var next = SearchFixtures.state()
        FixtureCorpus.dispatcher(stores: StoreEffects(directories: folders.directories)).start(&next)
        #expect(next.search.history == ["gaz", "nucl"])
        dispatcher.apply(.key(.character("/")), to: &next)
        dispatcher.apply(.key(.up), to: &next)
        #expect(next.search.prompt?.editor.text == "gaz")
    }
}
