import Foundation
import Testing
@testable import KiosqueCore

/// Search through the full-text index, and its agreement with the ranges computed in Swift.
@Suite struct CorpusSearchTests {
    static let texts = [
        ("e1", "Prix", "Le prix de l’Électricité augmente en France."),
        ("e2", "Défense", "La DÉFENSE nationale et l'énergie nucléaire."),
        ("e3", "Cœur", "Au cœur du débat : les centrales nucléaires et l’œuvre des ingénieurs."),
        ("e4", "Divers", "Rien à voir : les gilets jaunes manifestent.\n\nMenu\n\nAUTRES INFOS\n\nUn titre sur le charbon"),
        ("e5", "Énergie", "Énergie nucléaire : un débat."),
    ]

    static func index() throws -> (CorpusIndex, Catalogue, TemporaryFolder) {
        let folder = try TemporaryFolder()
        let lines = texts.map { IndexFixtures.line($0.0, $0.2, title: $0.1) }
        let path = try folder.write("c/a.jsonl", lines.joined(separator: "\n"))
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("index.sqlite"))
        try index.update(paths: [path], analyser: IndexFixtures.analyser(AnalysisCounter()))
        return (index, try index.catalogue(paths: [path]), folder)
    }

    func ids(_ query: String) throws -> [String] {
        let (index, catalogue, folder) = try Self.index()
        defer { try? index.close() }
        _ = folder
        return try index.search(SearchQuery(query), in: catalogue).map { catalogue.ids[$0].rawValue }
    }

    @Test("accents and case in the text and in the query")
    func accents() throws {
        #expect(try ids("electricite") == ["e1"])
        #expect(try ids("ÉLECTRICITÉ") == ["e1"])
        #expect(try ids("Defense") == ["e2"])
        #expect(try ids("défense") == ["e2"])
    }

    @Test("elisions: energie and l'energie find l'énergie; the title counts")
    func elisions() throws {
        #expect(try ids("energie") == ["e2", "e5"])
        #expect(try ids("l'energie") == ["e2"])
        #expect(try ids("l’électricité") == ["e1"])
    }

    @Test("œ: coeur finds cœur, oeuvre finds œuvre")
    func ligatures() throws {
        #expect(try ids("coeur") == ["e3"])
        #expect(try ids("oeuvre") == ["e3"])
    }

    @Test("prefixes, phrases, several words")
    func prefixesAndPhrases() throws {
        #expect(try ids("nucl*") == ["e2", "e3", "e5"])
        #expect(try ids("\"energie nucleaire\"") == ["e2", "e5"])
        #expect(try ids("\"nucleaire energie\"").isEmpty)
        #expect(try ids("debat nucl*") == ["e3", "e5"])
        #expect(try ids("\"gilets jaunes\"") == ["e4"])
    }

    @Test("no match, and page debris is not searched")
    func noMatch() throws {
        #expect(try ids("hydrogene").isEmpty)
        #expect(try ids("charbon").isEmpty)
    }

    @Test("the index and SearchMatcher agree on every article of the small corpus")
    func agreementSmall() throws {
        let (index, catalogue, folder) = try Self.index()
        defer { try? index.close() }
        _ = folder
        let loader = try ArticleLoader.bundled()
        let articles = try (0..<catalogue.count).map { try loader.article(at: catalogue.place(at: $0)).get() }
        for text in ["electricite", "energie", "l'energie", "nucl*", "\"energie nucleaire\"", "coeur", "debat nucl*", "le"] {
            let query = try SearchQuery(text)
            let fromIndex = try index.search(query, in: catalogue)
            let fromSwift = articles.indices.filter { SearchMatcher(query).matches(in: articles[$0]).isMatch }
            #expect(fromIndex == fromSwift, "\(text)")
            #expect(MemorySearch(articles: articles).positions(matching: query) == fromIndex, "\(text) in memory")
        }
    }

    static let corpus = TestSupport.corpus

    @Test("on a sample of the real corpus, the index finds exactly the articles where Swift finds a match",
          .enabled(if: FileManager.default.fileExists(atPath: corpus), "shared corpus not found beside the repository"))
    func agreementCorpus() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.corpus))
        let lines = data.split(separator: 0x0A).enumerated().filter { $0.offset % 20 == 0 }.map(\.element)
        let folder = try TemporaryFolder()
        let path = try folder.write("sample.jsonl", Data(lines.joined(separator: [0x0A])))
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("index.sqlite"))
        defer { try? index.close() }
        try index.update(paths: [path], analyser: IndexFixtures.analyser(AnalysisCounter()))
        let catalogue = try index.catalogue(paths: [path])
        let articles = ArticleFiles.load(paths: [path]).articles
        #expect(catalogue.count == articles.count && articles.count > 200)
        let documents = articles.map(SearchDocument.init)
        for text in ["électricité", "electricite", "defense", "nucl*", "\"gilets jaunes\"", "l'Etat", "macron france",
                     "\"energie nucleaire\"", "oeuvre", "coeur", "aujourd'hui", "2018", "a*"] {
            let query = try SearchQuery(text)
            let matcher = SearchMatcher(query)
            let fromIndex = try index.search(query, in: catalogue)
            let fromSwift = documents.indices.filter { matcher.matches(in: documents[$0]).isMatch }
            #expect(fromIndex == fromSwift, "\(text): index \(fromIndex.count), Swift \(fromSwift.count)")
        }
    }
}
