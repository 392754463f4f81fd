import Foundation
import Testing

/// `kiosque entities`: the corpus's entities under one canonical name each, with article counts
/// and variants; `list --entity` and `analyze` agree with it.
@Suite struct EntitiesCommandTests {
    /// Édouard Philippe written three ways (accents, a no-break space) and Emmanuel Macron named
    /// in full in three articles and by his surname alone in two.
    static let corpus = [
        #"{"id": "a1", "title": "Réforme", "text": "Le Premier ministre Édouard Philippe a reçu les syndicats. Emmanuel Macron a parlé ensuite à Paris."}"#,
        #"{"id": "a2", "title": "Budget", "text": "Édouard Philippe présente le budget. Le président Emmanuel Macron l’approuve."}"#,
        #"{"id": "a3", "title": "Retraites", "text": "Edouard\u00a0Philippe défend la réforme ; Emmanuel\u00a0Macron se tait en France."}"#,
        #"{"id": "a4", "title": "Sondage", "text": "La cote de Macron recule, selon un sondage publié jeudi. Macron réagit depuis Paris."}"#,
        #"{"id": "a5", "title": "Voyage", "text": "Macron est en visite en Inde. Le président Macron a rencontré des étudiants."}"#,
    ].joined(separator: "\n") + "\n"

    @Test("one line per entity, most mentioned first, with variants; --type, --limit, --json; a wrong type is a usage error")
    func entities() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let run = try fixture.run(["entities", "--type", "per", fixture.corpus])
        #expect(run.status == 0, "\(run.stderrText)")
        let lines = run.stdoutText.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.first?.prefix(3) == ["PER", "Emmanuel Macron", "5"])
        #expect(lines.first?.last?.contains("Macron") == true)
        let philippe = try #require(lines.first { $0[1] == "Édouard Philippe" })
        #expect(philippe[2] == "3" && philippe[3] == "Edouard Philippe")
        #expect(!run.stdoutText.unicodeScalars.contains("\u{A0}"))
        #expect(lines.allSatisfy { $0[0] == "PER" })
        let places = try fixture.run(["entities", "--type", "LOC", "--json", "--limit", "1", fixture.corpus])
        let json = try #require(try JSONSerialization.jsonObject(with: places.stdout) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json.first?["name"] as? String == "Paris" && json.first?["articles"] as? Int == 2)
        let wrong = try fixture.run(["entities", "--type", "PERSON", fixture.corpus])
        #expect(wrong.status == 2 && wrong.stderrText.contains("PERSON"))
    }

    @Test("list --entity with or without accents, and with the full name, finds the surname-only articles too; analyze names them canonically")
    func listAndAnalyzeAgree() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        func ids(_ name: String) throws -> [String] {
            try fixture.run(["list", "--entity", name, fixture.corpus]).stdoutText.split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) }
        }
        #expect(try ids("Edouard Philippe") == ["a1", "a2", "a3"])
        #expect(try ids("Édouard Philippe") == ids("Edouard Philippe"))
        #expect(try ids("Emmanuel Macron") == ["a1", "a2", "a3", "a4", "a5"])
        let analysis = try fixture.run(["analyze", fixture.corpus]).stdoutText
        for line in analysis.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let entities = try #require(object["entities"] as? [[String: Any]])
            for entity in entities where (entity["text"] as? String)?.contains("Macron") == true {
                #expect(entity["canonical"] as? String == "Emmanuel Macron", "\(object["id"] ?? ""): \(entity)")
            }
        }
    }
}
