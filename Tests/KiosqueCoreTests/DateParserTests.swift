import Testing
@testable import KiosqueCore

@Suite("Dates")
struct DateParserTests {
    func parser() throws -> DateParser { DateParser(data: try TestSupport.french()) }

    @Test(arguments: [
        ("2018-12-03", "2018-12-03"), ("7-12-2018", "2018-12-07"), ("17-1-2019", "2019-01-17"),
        ("2024-03", "2024-03"), ("2024-03-01", "2024-03-01"), ("17/01/2019", "2019-01-17"),
        ("Jeudi 29 Février 2024", "2024-02-29"), ("28 février 2024", "2024-02-28"), ("1er mars 2019", "2019-03-01"),
        ("JEUDI 29 FEVRIER 2024", "2024-02-29"), ("mercredi, 5 déc. 2018", "2018-12-05"), ("mars 2019", "2019-03"),
        ("date 2024-03", "2024-03"), ("Publié le 3 août 2019", "2019-08-03"),
    ])
    func fields(text: String, iso: String) throws {
        #expect(try parser().parseField(text)?.iso8601 == iso)
    }

    @Test(arguments: ["", "2018-13-01", "31-4-2019", "29 février 2023", "bonjour", "12 2019", "2024-03 et demain", "32-1-2019"])
    func rejected(text: String) throws {
        #expect(try parser().parseField(text) == nil)
    }

    @Test func dateLines() throws {
        let dates = try parser()
        #expect(dates.parseDateLine("Jeudi 29 Février 2024")?.iso8601 == "2024-02-29")
        #expect(dates.parseDateLine("28 février 2024 à 10h30")?.iso8601 == "2024-02-28")
        #expect(dates.parseDateLine("28 février 2024, les ministres arrivent") == nil)
    }

    @Test func datePrefix() throws {
        let line = " date 2024-03 – Cette relation bilatérale"
        let found = try #require(try parser().parseDatePrefix(line))
        #expect(found.date.iso8601 == "2024-03")
        #expect(TestSupport.slice(line, TextRange(found.restStart, line.unicodeScalars.count)) == "Cette relation bilatérale")
    }

    @Test func jsonlDateFallsBackToTextStart() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("dates.jsonl", """
        {"id": "a", "date": "7-12-2018", "text": "Un texte."}
        {"id": "b", "date": null, "text": "Jeudi 29 février 2024\\n\\nLe texte suit ici."}
        {"id": "c", "date": "hier", "text": "Rien."}
        """)
        let result = Library.load(paths: [file])
        #expect(result.issues.isEmpty)
        #expect(result.articles.map { $0.date?.iso8601 } == ["2018-12-07", "2024-02-29", nil])
        #expect(result.articles[2].notes == ["date field \"hier\" not understood"])
        #expect(result.articles[1].paragraphs.first?.role == .dateline)
    }
}
