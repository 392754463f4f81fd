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
        let worker = AnalysisWorker(articles: [Fixtures.mali], load: { throw Broken() },
                                    loadSectors: { try SectorClassifier.bundled() })
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
        #expect(!worker.isBusy)
    }
}
