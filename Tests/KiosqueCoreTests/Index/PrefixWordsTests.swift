import Foundation
import GRDB
import Testing
@testable import KiosqueCore

/// A prefix with no prefix index (`elec*`) searched as its words, one by one
/// (`CorpusIndex.expandedExpressions`): the same answer as SQLite's prefix query, so the same
/// first rows in every order of the list.
@Suite struct PrefixWordsTests {
    /// 400 articles, dates shuffled against the file order. Words starting with `elec`:
    /// `élections` (one in three), `élection` (one in four), `électricité` (one in seven),
    /// `électeurs` (one in ten), `électronique` (one in fifty); 600 distinct words starting with
    /// `zork` (two in each of the articles 0 to 299), more than a prefix is expanded into.
    static func lines(count: Int = 400, from first: Int = 0) -> [String] {
        (first..<(first + count)).map { n -> String in
            let day = (n * 37) % 400
            let date = String(format: "2019-%02d-%02d", day / 28 + 1, day % 28 + 1)
            var words: [String] = []
            if n % 3 == 0 { words.append("les élections") }
            if n % 4 == 1 { words.append("une élection") }
            if n % 7 == 2 { words.append("l’électricité") }
            if n % 10 == 3 { words.append("des électeurs") }
            if n % 50 == 9 { words.append("l’électronique") }
            if n < 300 {
                let letters = Array("abcdefghijklmnopqrstuvwxyz")
                for k in [2 * n, 2 * n + 1] { words.append("zork" + String(letters[k / 26]) + String(letters[k % 26])) }
            }
            return IndexFixtures.line("p\(n)", "Article \(n)\n\nÀ Paris, \(words.joined(separator: ", ")).",
                                      title: "Titre \(n)", date: date)
        }
    }

    static func corpus() throws -> (TemporaryFolder, CorpusIndex, Catalogue, URL) {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("corpus.jsonl")
        try (lines().joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("index.sqlite"))
        do {
            try index.update(paths: [file.path], analyser: IndexFixtures.analyser(AnalysisCounter()))
            return (folder, index, try index.catalogue(paths: [file.path]), file)
        } catch {
            try? index.close()
            throw error
        }
    }

    /// SQLite's own answer to `query` (its prefix merged by FTS5), in corpus order.
    static func sqliteAnswer(_ query: SearchQuery, _ index: CorpusIndex, _ catalogue: Catalogue) throws -> [Int] {
        let ids = try index.pool.read { db in
            try RowidReader.fetch(db, sql: "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid",
                                  arguments: [query.ftsExpression])
        }
        return catalogue.positions(ofAnalyses: ids)
    }

    /// How many words `query` is expanded into (nil: not expanded).
    static func expansion(_ query: SearchQuery, _ index: CorpusIndex) throws -> Int? {
        try index.pool.read { db in try index.expandedExpressions(query, db)?.count }
    }

    @Test("a costly prefix, alone, after other words or in a phrase: SQLite's answer, found word by word")
    func sameAnswer() throws {
        let (folder, index, catalogue, _) = try Self.corpus()
        defer { try? index.close(); withExtendedLifetime(folder) {} }
        #expect(CorpusIndex.maxPrefixWords < 600, "`zork` starts more words than a prefix is expanded into")
        let cases: [(text: String, words: Int?)] = [
            ("elec*", 5), ("elect*", 5), ("electr*", 2), ("electro*", 1), ("paris elec*", 5), ("\"les elec\"*", 5),
            ("elect* paris", 5), ("electrochoc*", 0), ("elections*", 1),
            ("zork*", nil), // 600 words: SQLite's prefix query
            ("ele*", nil), ("elections paris", nil), ("elec* zork*", nil), // a prefix index, whole words, two costly prefixes
        ]
        for (text, words) in cases {
            let query = try SearchQuery(text)
            #expect(try Self.expansion(query, index) == words, "\(text)")
            let expected = try Self.sqliteAnswer(query, index, catalogue)
            #expect(try index.search(query, in: catalogue) == expected, "\(text)")
            #expect(try index.search(query, in: catalogue, cancellation: IndexCancellation()) == .found(expected), "\(text)")
        }
        // Not trivial: `elec` is more than any of its words, and the phrase less than the prefix.
        let elec = try index.search(try SearchQuery("elec", typing: true), in: catalogue)
        #expect(elec.count == 400 - (0..<400).filter { $0 % 3 != 0 && $0 % 4 != 1 && $0 % 7 != 2 && $0 % 10 != 3 && $0 % 50 != 9 }.count)
        #expect(elec.count > (try index.search(try SearchQuery("elections"), in: catalogue).count))
        #expect(try index.search(try SearchQuery("\"les elec\"*"), in: catalogue).count == 134)
        #expect(try index.search(try SearchQuery("zork", typing: true), in: catalogue) == Array(0..<300))
    }

    @Test("the first rows of a costly prefix, common or rare, are the head of SQLite's answer in the list's order")
    func firstRows() throws {
        let (folder, index, catalogue, _) = try Self.corpus()
        defer { try? index.close(); withExtendedLifetime(folder) {} }
        let newest = catalogue.ordering(.newest)
        let orders = [newest.positions, catalogue.ordering(.oldest).positions, newest.positions.filter { $0 % 2 == 1 }]
        for text in ["elec", "elect", "electro", "zork"] {
            let query = try SearchQuery(text, typing: true)
            let whole = try Self.sqliteAnswer(query, index, catalogue)
            for (number, order) in orders.enumerated() {
                // Costly prefixes are not looked up article by article.
                #expect(try index.firstMatches(query, in: catalogue, order: order, limit: 9) == nil)
                let expected = Array(order.filter(Set(whole).contains).prefix(9))
                #expect(expected != Array(whole.prefix(9)), "\(text), order \(number): not the corpus order")
                var heads: [FirstMatches] = []
                let outcome = try index.search(query, in: catalogue, cancellation: IndexCancellation(), order: order,
                                               limit: 9, minimum: 1) { heads.append($0) }
                #expect(outcome == .found(whole), "\(text), order \(number)")
                #expect(heads == [FirstMatches(positions: expected, isEverything: false)], "\(text), order \(number)")
            }
        }
        // In corpus order: the first rowids of each word, the first of them all.
        for (text, limit) in [("elec", 9), ("elec", 150), ("electro", 20), ("zork", 9)] {
            let query = try SearchQuery(text, typing: true)
            let whole = try Self.sqliteAnswer(query, index, catalogue)
            let first = try #require(try index.firstMatches(query, in: catalogue, limit: limit), "\(text)")
            #expect(first == FirstMatches(positions: Array(whole.prefix(limit)), isEverything: whole.count < limit), "\(text), \(limit)")
        }
        let cancelled = IndexCancellation()
        cancelled.cancel()
        #expect(try index.search(try SearchQuery("elec", typing: true), in: catalogue, cancellation: cancelled) == .cancelled)
    }

    @Test("the words of a prefix are kept for one generation of the index: a word added later is found")
    func wordsFollowTheIndex() throws {
        let (folder, index, catalogue, file) = try Self.corpus()
        defer { try? index.close(); withExtendedLifetime(folder) {} }
        let elec = try SearchQuery("elec", typing: true)
        #expect(try index.search(elec, in: catalogue).count == (try Self.sqliteAnswer(elec, index, catalogue)).count)
        // `elect` takes its words from those of `elec`, without the vocabulary.
        let generation = try index.pool.read { db in try CorpusIndex.generation(db) }
        #expect(index.prefixWords.words(startingWith: "elect", generation: generation)
                == .words(["electeurs", "election", "elections", "electricite", "electronique"]))
        #expect(index.prefixWords.words(startingWith: "electr", generation: generation) == .words(["electricite", "electronique"]))
        #expect(index.prefixWords.words(startingWith: "elec", generation: "another") == .unknown)
        #expect(index.prefixWords.words(startingWith: "zork", generation: generation) == .unknown)
        _ = try index.search(try SearchQuery("zork", typing: true), in: catalogue)
        #expect(index.prefixWords.words(startingWith: "zork", generation: generation) == .tooMany)

        // A second file brings `électrochoc`.
        let more = folder.url.appendingPathComponent("more.jsonl")
        let line = IndexFixtures.line("new", "Article nouveau\n\nUn électrochoc à Lyon.", title: "Nouveau", date: "2020-01-01")
        try (line + "\n").write(to: more, atomically: true, encoding: .utf8)
        try index.update(paths: [file.path, more.path], analyser: IndexFixtures.analyser(AnalysisCounter()))
        let updated = try index.catalogue(paths: [file.path, more.path])
        for text in ["elec", "elect", "electro"] {
            let query = try SearchQuery(text, typing: true)
            let expected = try Self.sqliteAnswer(query, index, updated)
            let found = try index.search(query, in: updated)
            #expect(found == expected, "\(text)")
            #expect(found.contains(updated.count - 1), "\(text): the new article")
        }
    }
}
