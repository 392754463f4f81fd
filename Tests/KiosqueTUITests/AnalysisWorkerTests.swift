import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("AnalysisWorker: background analysis delivered as messages")
struct AnalysisWorkerTests {
    /// Polls the worker until `done` says so or 20 s pass; returns every result received.
    func collect(_ worker: AnalysisWorker, until done: ([Int: [Entity]], [Message]) -> Bool) -> ([Int: [Entity]], [[Message]]) {
        var results: [Int: [Entity]] = [:]
        var polls: [[Message]] = []
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let messages = worker.takeMessages()
            if !messages.isEmpty { polls.append(messages) }
            for case .analyzed(let batch, _) in messages { results.merge(batch) { a, _ in a } }
            if done(results, messages) { break }
            usleep(2_000)
        }
        return (results, polls)
    }

    @Test func analysesEveryArticleTheRequestedOneFirst() throws {
        let articles = [Fixtures.mali, Fixtures.anadolu, Fixtures.undated, Fixtures.long(times: 3)]
        let worker = AnalysisWorker(articles: articles, threads: 1, chunkSize: 1,
                                    loadSectors: { try SectorClassifier.bundled() })
        defer { worker.stop() }
        #expect(!worker.isBusy, "not started")
        worker.start(first: 2)
        let (results, polls) = collect(worker) { results, _ in results.count == articles.count }
        #expect(results.count == articles.count)
        // One thread, one article at a time: the first batch seen holds the requested article.
        // (The classifier comes first, in a message of its own.)
        let batches = polls.joined().compactMap { message -> [Int: [Entity]]? in
            if case .analyzed(let batch, _) = message { return batch }
            return nil
        }
        guard let first = batches.first else {
            Issue.record("no results")
            return
        }
        #expect(first[2] != nil)
        #expect(results[0]?.contains { $0.text == "Sergueï Lavrov" } == true)
        #expect(!worker.isBusy)
    }

    @Test func aFailedLoadIsReportedOnce() {
        struct Broken: Error, CustomStringConvertible { var description: String { "cannot read word list x.txt" } }
        struct NoTaxonomy: Error {}
        let worker = AnalysisWorker(articles: [Fixtures.mali], load: { throw Broken() }, loadSectors: { throw NoTaxonomy() })
        worker.start()
        let (_, polls) = collect(worker) { _, messages in
            messages.contains { if case .analysisFailed = $0 { true } else { false } }
        }
        let failures = polls.joined().compactMap { message -> String? in
            if case .analysisFailed(let reason) = message { return reason }
            return nil
        }
        #expect(failures == ["cannot read word list x.txt"])
        #expect(worker.takeMessages().isEmpty)
        #expect(!worker.isBusy, "nothing left to run")
    }

    @Test func withoutWordListsSectorsStillCome() {
        struct Broken: Error, CustomStringConvertible { var description: String { "cannot read word list x.txt" } }
        let worker = AnalysisWorker(articles: [Fixtures.mali, SectorFixtures.energy], threads: 1, load: { throw Broken() },
                                    loadSectors: { SectorFixtures.classifier })
        defer { worker.stop() }
        worker.start()
        var failed = false
        var sectors: [Int: ArticleSectors] = [:]
        let (entities, _) = collect(worker) { _, messages in
            for message in messages {
                if case .analysisFailed = message { failed = true }
                if case .analyzed(_, let batch) = message { sectors.merge(batch) { a, _ in a } }
            }
            return failed && sectors.count == 2
        }
        #expect(failed)
        #expect(entities.isEmpty)
        #expect(sectors[1]?.level(SectorFixtures.energySector) == .central)
        #expect(worker.takeMessages().isEmpty)
        #expect(!worker.isBusy)
    }

    @Test func sectorsArriveWithEntitiesAfterTheClassifier() {
        let articles = [Fixtures.mali, SectorFixtures.energy, SectorFixtures.school]
        let worker = AnalysisWorker(articles: articles, threads: 2, chunkSize: 1,
                                    loadSectors: { SectorFixtures.classifier })
        defer { worker.stop() }
        worker.start()
        var sectors: [Int: ArticleSectors] = [:]
        var order: [String] = []
        let (results, _) = collect(worker) { _, messages in
            for message in messages {
                switch message {
                case .sectorsLoaded(let classifier):
                    order.append("classifier")
                    #expect(classifier.taxonomy.sectors.map(\.key) == ["DEF", "ENE", "EDU", "SAN"])
                case .analyzed(let entities, let batch):
                    order.append("results")
                    #expect(Set(batch.keys) == Set(entities.keys), "an article's sectors come with its entities")
                    sectors.merge(batch) { a, _ in a }
                default: break
                }
            }
            return sectors.count == articles.count
        }
        #expect(results.count == articles.count)
        #expect(order.first == "classifier", "the classifier comes before any result")
        #expect(sectors[1]?.level(SectorFixtures.energySector) == .central)
        #expect(sectors[1]?.level(SectorFixtures.education) == .mentioned)
        #expect(sectors[2]?.level(SectorFixtures.education) == .central)
        // Compact: the sectors present only, 8 bytes each.
        #expect(sectors[1]?.entries.count == 2)
        #expect(MemoryLayout<ArticleSectors.Entry>.stride == 8)
    }

    @Test func aBrokenTaxonomyIsReportedAndEntitiesStillCome() {
        struct Broken: Error, CustomStringConvertible { var description: String { "sectors.tsv:3: weight: `x` is not a positive number" } }
        let worker = AnalysisWorker(articles: [Fixtures.mali, Fixtures.anadolu], threads: 1, loadSectors: { throw Broken() })
        defer { worker.stop() }
        worker.start()
        var failure: String?
        var sectors: [Int: ArticleSectors] = [:]
        let (results, _) = collect(worker) { results, messages in
            for message in messages {
                if case .sectorsFailed(let reason) = message { failure = reason }
                if case .analyzed(_, let batch) = message { sectors.merge(batch) { a, _ in a } }
            }
            return results.count == 2
        }
        #expect(failure == "sectors.tsv:3: weight: `x` is not a positive number")
        #expect(results.count == 2)
        #expect(sectors.isEmpty)
    }
}
