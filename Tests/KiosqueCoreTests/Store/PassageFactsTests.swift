import Testing
@testable import KiosqueCore

@Suite struct PassageFactsTests {
    typealias F = BookmarkFixtures

    @Test("entities inside the passage only, each once, by canonical name, in text order")
    func entities() {
        let found = [
            Entity(kind: .location, range: TextRange(50, 55), text: "Kidal", canonical: "Kidal"),
            Entity(kind: .person, range: TextRange(10, 14), text: "Diop", canonical: "Abdoulaye Diop"),
            Entity(kind: .location, range: TextRange(70, 75), text: "Kidal", canonical: "Kidal"),
            Entity(kind: .location, range: TextRange(98, 104), text: "Bamako", canonical: "Bamako"),
            Entity(kind: .organization, range: TextRange(5, 9), text: "ONU", canonical: "ONU"),
        ]
        #expect(PassageFacts.entities(of: TextRange(10, 100), among: found) == [
            BookmarkEntity(text: "Abdoulaye Diop", kind: .person), BookmarkEntity(text: "Kidal", kind: .location),
        ])
    }

    @Test("sectors of the paragraphs the passage overlaps; the article's central ones when none")
    func sectors() throws {
        let text = """
            Titre sans secteur

            Le ministre de la Défense a inspecté les troupes et les blindés de l’armée de terre.

            Il faisait beau ce jour-là.
            """
        let article = try F.article(text)
        let classifier = try SectorClassifier.bundled()
        let analysis = classifier.classify(article)
        let army = try #require(F.range(of: "inspecté les troupes", in: text))
        #expect(PassageFacts.sectors(of: army, in: article, analysis: analysis).first == "défense")
        let weather = try #require(F.range(of: "Il faisait beau", in: text))
        let central = analysis.sectors.indices.filter { analysis.article[$0].level == .central }.map { analysis.sectors[$0].name }
        #expect(PassageFacts.sectors(of: weather, in: article, analysis: analysis) == central)
    }
}
