import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

/// A service that waits at a gate before answering, and records what it was asked.
final class GatedSearchService: SearchService, @unchecked Sendable {
    private let lock = NSLock()
    private let gate = DispatchSemaphore(value: 0)
    private var asked: [String] = []

    var queries: [String] { lock.withLock { asked } }

    /// Lets one waiting search answer.
    func open() { gate.signal() }

    func search(_ query: SearchQuery) -> Result<[Int], any Error> {
        lock.withLock { asked.append(query.text) }
        // Bounded, so that a test gone wrong fails instead of hanging.
        _ = gate.wait(timeout: .now() + 10)
        return SearchFixtures.service.search(query)
    }
}

@Suite("search services and the search worker")
struct SearchServiceTests {
    static let jsonl = [
        #"{"id": "e1", "title": "Le prix de l'électricité", "date": "2019-01-15", "text": "Le prix de l'électricité\n\nLe régulateur propose une hausse des tarifs de l’électricité. La DÉFENSE du pouvoir d'achat."}"#,
        #"{"id": "e2", "title": "Défense", "date": "2019-01-16", "text": "Défense\n\nLa défense nationale et l'énergie nucléaire. Les centrales nucléaires tournent."}"#,
        #"{"id": "e3", "title": "Cœur de ville", "date": "2019-01-17", "text": "Cœur de ville\n\nAu cœur du débat : l’œuvre des urbanistes.\n\nMenu\n\nAUTRES INFOS\n\nÉlectricité : un titre hors sujet"}"#,
        #"{"id": "e4", "title": "Énergie nucléaire", "date": "2019-01-18", "text": "Énergie nucléaire\n\nLe débat sur l'énergie nucléaire reprend. Électricité et gaz."}"#,
    ].joined(separator: "\n") + "\n"

    /// Every article of a small corpus counts: each query, parsed as typed and as submitted.
    static let queries = ["electricite", "Defense", "energie", "l'energie", "nucl*", "nucl", "\"energie nucleaire\"",
                          "\"nucleaire energie\"", "coeur", "oeuvre", "debat nucl*", "electricite gaz", "hydrogene", "de"]

    @Test("the in-memory service and the index-backed one return the same articles")
    func memoryAndIndexAgree() throws {
        let folders = try TemporaryDirectories()
        let file = folders.root.appendingPathComponent("corpus.jsonl")
        try Self.jsonl.write(to: file, atomically: true, encoding: .utf8)
        let articles = Library.load(paths: [file.path]).articles
        #expect(articles.count == 4)
        let index = try CorpusIndex(directories: folders.directories)
        defer { try? index.close() }
        #expect(index.url.path.hasPrefix(folders.root.path), "the temporary cache, not the user's")
        let analyser = IndexAnalyser(fingerprint: "search-service-test") {
            { article in
                ArticleAnalysis(entities: [], readable: [], sectorLevels: [.absent], sectorScores: [0],
                                paragraphSectors: article.paragraphs.map { _ in [.absent] })
            }
        }
        try index.update(paths: [file.path], analyser: analyser)
        let catalogue = try index.catalogue(paths: [file.path])
        #expect(catalogue.ids == articles.map(\.id), "the catalogue's positions are the reader's indices")
        let memory = MemorySearchService(articles: articles)
        let indexed = IndexSearchService(index: index, catalogue: catalogue)
        var found: [String: [Int]] = [:]
        for text in Self.queries {
            for typing in [false, true] {
                let query = try SearchQuery(text, typing: typing)
                let fromMemory = try memory.search(query).get()
                let fromIndex = try indexed.search(query).get()
                #expect(fromMemory == fromIndex, "\(text) (typing: \(typing))")
                if !typing { found[text] = fromMemory }
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

    @Test("a broken index is an answer with a reason, not a crash")
    func indexFailure() throws {
        let folders = try TemporaryDirectories()
        let index = try CorpusIndex(directories: folders.directories)
        try index.close()
        let result = IndexSearchService(index: index, catalogue: Catalogue()).search(try SearchQuery("gaz"))
        #expect(throws: (any Error).self) { try result.get() }
    }

    @Test("the worker coalesces keystrokes: while one search runs, only the newest request waits")
    func workerCoalesces() throws {
        let service = GatedSearchService()
        let worker = SearchWorker(service: service)
        worker.submit(SearchRequest(id: 1, query: try SearchQuery("g", typing: true)))
        let deadline = Date().addingTimeInterval(10)
        while service.queries.isEmpty && Date() < deadline { usleep(1_000) }
        #expect(service.queries == ["g"])
        for (id, text) in [(2, "ga"), (3, "gaz"), (4, "gaz chauffage")] {
            worker.submit(SearchRequest(id: id, query: try SearchQuery(text, typing: true)))
        }
        #expect(worker.isBusy)
        service.open()
        service.open()
        #expect(worker.waitUntilIdle())
        #expect(service.queries == ["g", "gaz chauffage"], "ga and gaz were never run")
        #expect(worker.searchesRun == 2)
        let answers: [SearchAnswer] = worker.takeMessages().compactMap { if case .searchFinished(let a) = $0 { a } else { nil } }
        #expect(answers.map(\.id) == [1, 4])
        #expect(answers.last?.result == .success([4]))
        #expect(worker.takeMessages().isEmpty && !worker.isBusy)
    }

    @Test("keys go on while a search runs; the answer narrows the list when the loop takes it")
    func keysAreNotBlocked() throws {
        let service = GatedSearchService()
        let worker = SearchWorker(service: service)
        let dispatcher = Dispatcher<AppState>(update: App.update, runner: nil, search: { request in
            worker.submit(request)
            return []
        })
        var state = SearchFixtures.state()
        dispatcher.apply(.key(.character("/")), to: &state)
        dispatcher.apply(.key(.character("g")), to: &state)
        let deadline = Date().addingTimeInterval(10)
        while service.queries.isEmpty && Date() < deadline { usleep(1_000) }
        for key: Key in [.character("a"), .character("z")] { dispatcher.apply(.key(key), to: &state) }
        // Every key was applied while the first search is still held at the gate.
        #expect(state.search.prompt?.editor.text == "gaz")
        #expect(worker.isBusy)
        #expect(state.listCount == 6, "not narrowed yet")
        service.open()
        service.open()
        #expect(worker.waitUntilIdle())
        for message in worker.takeMessages() { dispatcher.apply(message, to: &state) }
        #expect(state.listedArticles == [3, 4])
        #expect(service.queries == ["g", "gaz"], "ga was coalesced away")
    }

    @Test("the history is recorded on Enter through the store effects, and loaded at the next start")
    func historyThroughTheStore() throws {
        let folders = try TemporaryDirectories()
        let runner = StoreEffects(directories: folders.directories)
        let answer: (SearchRequest) -> [Message] = { request in
            [.searchFinished(SearchAnswer(id: request.id, result: SearchFixtures.service.search(request.query)
                .mapError { SearchFailure(reason: "\($0)") }))]
        }
        let dispatcher = Dispatcher<AppState>(update: App.update, runner: runner, search: answer)
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
        Dispatcher<AppState>(update: App.update, runner: StoreEffects(directories: folders.directories)).start(&next)
        #expect(next.search.history == ["gaz", "nucl"])
        dispatcher.apply(.key(.character("/")), to: &next)
        dispatcher.apply(.key(.up), to: &next)
        #expect(next.search.prompt?.editor.text == "gaz")
    }
}
