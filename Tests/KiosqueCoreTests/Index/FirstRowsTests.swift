import Foundation
import Testing
@testable import KiosqueCore

/// The first rows of a search in the list's order (`CorpusIndex.firstMatches(_:in:order:limit:)`):
/// exactly the head of the whole answer in that order, found by looking up the list's first
/// articles; rare queries and costly prefixes are left to the whole answer.
@Suite struct FirstRowsTests {
    /// 300 articles, dates shuffled against the file order; the phrase `gilets jaunes` in four
    /// articles out of five, `nucléaire` in one of fifty.
    static func corpus() throws -> (TemporaryFolder, CorpusIndex, Catalogue) {
        let folder = try TemporaryFolder()
        let lines = (0..<300).map { n -> String in
            // A fixed permutation of the days: newest first is not the file order.
            let day = (n * 37) % 300
            let date = String(format: "2019-%02d-%02d", day / 28 + 1, day % 28 + 1)
            let phrase = n % 5 == 3 ? "des gilets rouges et des jaunes" : "les gilets jaunes défilent"
            let rare = n % 50 == 7 ? " L’énergie nucléaire." : ""
            return IndexFixtures.line("g\(n)", "Article \(n)\n\nLe samedi, \(phrase) à Paris.\(rare)",
                                      title: "Titre \(n)", date: date)
        }
        let file = folder.url.appendingPathComponent("corpus.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("index.sqlite"))
        do {
            try index.update(paths: [file.path], analyser: IndexFixtures.analyser(AnalysisCounter()))
            return (folder, index, try index.catalogue(paths: [file.path]))
        } catch {
            try? index.close()
            throw error
        }
    }

    @Test("a common phrase: the first rows newest first are the head of the whole answer newest first")
    func headOfTheWholeAnswer() throws {
        let (folder, index, catalogue) = try Self.corpus()
        defer { try? index.close(); withExtendedLifetime(folder) {} }
        let query = try SearchQuery("\"gilets jaunes\"")
        let whole = try index.search(query, in: catalogue)
        #expect(whole.count == 240)
        for order in [ListOrder.newest, .oldest] {
            let ordering = catalogue.ordering(order)
            let expected = ordering.sorted(whole)
            #expect(expected != whole, "the order is not the file order")
            for limit in [1, 7, 40] {
                let first = try #require(try index.firstMatches(query, in: catalogue, order: ordering.positions, limit: limit))
                #expect(!first.isEverything)
                #expect(first.positions == Array(expected.prefix(limit)), "\(order), \(limit) rows")
            }
        }
        // A list narrowed by another criterion first (every other article): the head of that list.
        let narrowed = catalogue.ordering(.newest).positions.filter { $0 % 2 == 0 }
        let first = try #require(try index.firstMatches(query, in: catalogue, order: narrowed, limit: 10))
        #expect(first.positions == Array(narrowed.filter(Set(whole).contains).prefix(10)))
        // A two-letter prefix (it has a prefix index) finds the same way.
        let prefix = try SearchQuery("gi", typing: true)
        let all = catalogue.ordering(.newest).positions
        #expect(try index.firstMatches(prefix, in: catalogue, order: all, limit: 5)?.positions == Array(all.prefix(5)))
    }

    @Test("rare queries give every match at once or leave it to the whole answer; costly prefixes and a cancelled search give nothing")
    func leftToTheWholeAnswer() throws {
        let (folder, index, catalogue) = try Self.corpus()
        defer { try? index.close(); withExtendedLifetime(folder) {} }
        let newest = catalogue.ordering(.newest).positions
        // Six articles: fewer than the probe reads, so the whole answer, ascending.
        let rare = try SearchQuery("nucleaire")
        let whole = try index.search(rare, in: catalogue)
        #expect(whole.count == 6)
        #expect(try index.firstMatches(rare, in: catalogue, order: newest, limit: 5) == FirstMatches(positions: whole, isEverything: true))
        // `gilets` is in every article, but its four-letter prefix has no prefix index.
        #expect(try index.firstMatches(try SearchQuery("gile*"), in: catalogue, order: newest, limit: 5) == nil)
        #expect(!CorpusIndex.seeksCheaply(try SearchQuery("gile", typing: true)))
        #expect(CorpusIndex.seeksCheaply(try SearchQuery("gil", typing: true)))
        #expect(CorpusIndex.seeksCheaply(try SearchQuery("\"gilets jaunes\" paris")))
        let cancelled = IndexCancellation()
        cancelled.cancel()
        #expect(try index.firstMatches(try SearchQuery("paris"), in: catalogue, order: newest, limit: 5, cancellation: cancelled) == nil)
        #expect(try index.firstMatches(try SearchQuery("paris"), in: catalogue, order: newest, limit: 5)?.positions
                == Array(newest.prefix(5)))
        #expect(try index.firstMatches(try SearchQuery("paris"), in: catalogue, order: [], limit: 5) == nil)
    }

    @Test("a costly prefix: the head in the list's order comes from the index's answer before it is placed; a small answer gives none")
    func headFromTheAnswer() throws {
        let (folder, index, catalogue) = try Self.corpus()
        defer { try? index.close(); withExtendedLifetime(folder) {} }
        let query = try SearchQuery("jaun", typing: true)
        let whole = try index.search(query, in: catalogue)
        #expect(whole.count == 300)
        let newest = catalogue.ordering(.newest).positions
        var heads: [FirstMatches] = []
        let outcome = try index.search(query, in: catalogue, cancellation: IndexCancellation(), order: newest, limit: 9, minimum: 1) {
            heads.append($0)
        }
        #expect(outcome == .found(whole), "the whole answer as before")
        #expect(heads == [FirstMatches(positions: Array(newest.prefix(9)), isEverything: false)])
        let phrase = try SearchQuery("\"gilets jaunes\"")
        heads = []
        let some = Array(newest.filter { $0 % 3 == 0 })
        _ = try index.search(phrase, in: catalogue, cancellation: IndexCancellation(), order: some, limit: 4, minimum: 1) { heads.append($0) }
        #expect(heads.map(\.positions) == [Array(some.filter(Set(try index.search(phrase, in: catalogue)).contains).prefix(4))])
        heads = []
        _ = try index.search(query, in: catalogue, cancellation: IndexCancellation(), order: newest, limit: 9) { heads.append($0) }
        #expect(heads.isEmpty, "300 matches: fewer than the answers whose head is given first")
        let cancelled = IndexCancellation()
        cancelled.cancel()
        #expect(try index.search(query, in: catalogue, cancellation: cancelled, order: newest, limit: 9, minimum: 1) { heads.append($0) } == .cancelled)
        #expect(heads.isEmpty)
    }
}
