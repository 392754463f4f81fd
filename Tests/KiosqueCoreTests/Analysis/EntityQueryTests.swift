import Testing
@testable import KiosqueCore

/// Finding entities by a typed name: accents, case, whole words, canonical or surface text.
@Suite struct EntityQueryTests {
    let lavrov = Entity(kind: .person, range: TextRange(0, 6), text: "Lavrov", canonical: "Sergueï Lavrov")

    @Test(arguments: ["lavrov", "Sergueï Lavrov", "serguei lavrov", "SERGUEÏ", "  Lavrov  "])
    func matchesAccentAndCaseInsensitively(name: String) throws {
        let query = try #require(EntityQuery(name))
        #expect(query.matches(lavrov))
    }

    @Test(arguments: ["lav", "Lavrova", "Lavrov Sergueï", "Sergueï Choïgou"])
    func partialWordsAndOtherNamesDoNotMatch(name: String) throws {
        let query = try #require(EntityQuery(name))
        #expect(!query.matches(lavrov))
    }

    @Test func surfaceTextMatchesToo() throws {
        let entity = Entity(kind: .organization, range: TextRange(0, 3), text: "ONU", canonical: "Organisation des Nations unies")
        #expect(try #require(EntityQuery("onu")).matches(entity))
        #expect(try #require(EntityQuery("nations unies")).matches(entity))
    }

    @Test func hyphensAndApostrophesSeparateWords() throws {
        #expect(try #require(EntityQuery("claude")).matches(name: "Jean-Claude Juncker"))
        #expect(try #require(EntityQuery("Côte d’Ivoire")).matches(name: "Côte d'Ivoire"))
        #expect(try #require(EntityQuery("oeuvre")).matches(name: "Œuvre d’Orient"))
    }

    @Test func emptyQueriesAreRefused() {
        #expect(EntityQuery("") == nil)
        #expect(EntityQuery(" - ’ ") == nil)
    }

    @Test func indexFindsTheArticlesMentioningAnEntity() throws {
        let recognizer = try EntityRecognizer.bundled()
        let texts = [
            "Le ministre Sergueï Lavrov a reçu son homologue. Lavrov a ensuite parlé.",
            "Rien à signaler à Bamako.",
            "À Moscou, M. Lavrov a répondu.",
        ]
        let found = recognizer.entities(inEach: texts)
        let index = EntityIndex.of(Dictionary(uniqueKeysWithValues: found.enumerated().map { ($0.offset, $0.element) }))
        #expect(index.articles(matching: try #require(EntityQuery("serguei lavrov"))) == [0])
        #expect(index.articles(matching: try #require(EntityQuery("LAVROV"))) == [0, 2])
        #expect(index.articles(matching: try #require(EntityQuery("bamako"))) == [1])
        #expect(index.articles(matching: try #require(EntityQuery("paris"))).isEmpty)
    }

    @Test func batchAnalysisKeepsOrder() throws {
        let recognizer = try EntityRecognizer.bundled()
        let texts = (0..<50).map { $0 % 2 == 0 ? "Il est allé à Bamako en \(1950 + $0)." : "Rien." }
        let batch = recognizer.entities(inEach: texts)
        #expect(batch == texts.map { recognizer.entities(in: $0) })
        #expect(batch[4].map(\.text) == ["Bamako", "1954"])
    }
}
