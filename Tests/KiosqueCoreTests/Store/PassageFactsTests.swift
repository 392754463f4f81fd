import Foundation
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
            BookmarkEntity(text: "Abdoulaye Diop", kind: .person, written: ["Diop"]), BookmarkEntity(text: "Kidal", kind: .location),
        ])
    }

    @Test("each entity keeps the passage's other spellings of it, once each, with plain spaces")
    func writtenSpellings() {
        let found = [
            Entity(kind: .person, range: TextRange(0, 15), text: "Emmanuel Macron", canonical: "Emmanuel Macron"),
            Entity(kind: .person, range: TextRange(20, 26), text: "Macron", canonical: "Emmanuel Macron"),
            Entity(kind: .person, range: TextRange(30, 46), text: "Edouard\u{A0}Philippe", canonical: "Édouard Philippe"),
            Entity(kind: .person, range: TextRange(50, 56), text: "Macron", canonical: "Emmanuel Macron"),
            Entity(kind: .person, range: TextRange(60, 76), text: "Édouard Philippe", canonical: "Édouard Philippe"),
        ]
        #expect(PassageFacts.entities(of: TextRange(0, 80), among: found) == [
            BookmarkEntity(text: "Emmanuel Macron", kind: .person, written: ["Macron"]),
            BookmarkEntity(text: "Édouard Philippe", kind: .person, written: ["Edouard Philippe"]),
        ])
    }

    @Test("a bookmark's entities read as they were written: `written` only when not empty, and absent reads as empty")
    func writtenIsOptionalOnDisk() throws {
        let plain = try JSONEncoder().encode(BookmarkEntity(text: "Kidal", kind: .location))
        #expect(String(decoding: plain, as: UTF8.self) .contains("written") == false)
        let old = Data(#"{"text":"Abdoulaye Diop","kind":"PER"}"#.utf8)
        #expect(try JSONDecoder().decode(BookmarkEntity.self, from: old) == BookmarkEntity(text: "Abdoulaye Diop", kind: .person))
        let full = BookmarkEntity(text: "Emmanuel Macron", kind: .person, written: ["Macron"])
        #expect(try JSONDecoder().decode(BookmarkEntity.self, from: JSONEncoder().encode(full)) == full)
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
