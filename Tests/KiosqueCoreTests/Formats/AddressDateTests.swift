import Foundation
import Testing
@testable import KiosqueCore

/// An article the source and the text leave undated takes the day its address writes.
@Suite struct AddressDateTests {
    func day(_ address: String) -> String? { AddressDate.date(in: address)?.iso8601 }

    @Test("the forms news addresses write a day in, path segments only")
    func forms() {
        #expect(day("https://www.journaldemontreal.com/2018/11/17/gilets-jaunes-emmanuel-macron") == "2018-11-17")
        #expect(day("https://www.lapresse.ca/international/europe/201808/21/01-5193765-quatre-soldats.php") == "2018-08-21")
        #expect(day("https://www.lemonde.fr/politique/article/2018/12/04/le-gouvernement-recule_5392595_823448.html") == "2018-12-04")
        #expect(day("https://example.org/actualite/2019-01-05-acte-8-des-gilets-jaunes") == "2019-01-05")
        #expect(day("https://example.org/archives/20181117/") == "2018-11-17")
        #expect(day("https://example.org/2018/1/5/un-titre") == "2018-01-05")
        #expect(day("/2018/11/17/un-fichier-local.html") == "2018-11-17")
    }

    @Test("no day: impossible days, numbers that are not dates, the host, the query, a month alone")
    func noDay() {
        #expect(day("https://example.org/2018/02/30/un-titre") == nil)
        #expect(day("https://example.org/2018/13/01/un-titre") == nil)
        #expect(day("https://example.org/actualite/page/2/") == nil)
        #expect(day("https://www.tdg.ch/monde/ameriques/Un-tortionnaire/story/10950271") == nil)
        #expect(day("https://www.lesoleil.com/actualite/monde/guaido-d3862380f956fc4596c0ddaf2b98e810") == nil)
        #expect(day("https://2018.11.17.example.org/article") == nil)
        #expect(day("https://example.org/article?date=2018/11/17/") == nil)
        #expect(day("https://example.org/article#2018/11/17/") == nil)
        #expect(day("https://example.org/2018/11/un-titre") == nil)
        #expect(day("https://example.org/1850/11/17/histoire") == nil)
        #expect(day("https://example.org/+2018/11/17/") == nil)
        #expect(day("") == nil)
    }

    static let lines = [
        #"{"id": "a", "url": "https://example.org/2018/11/17/acte-1", "text": "Sans date donnée."}"#,
        #"{"id": "b", "date": "2018-12-01", "url": "https://example.org/2018/11/17/acte-1", "text": "La date donnée l'emporte."}"#,
        #"{"id": "c", "date": "15 Marsch 2018", "url": "https://example.org/2018/11/17/acte-1", "text": "Une date illisible."}"#,
        #"{"id": "d", "url": "https://example.org/actualite/acte-1", "text": "Ni date ni jour dans l'adresse."}"#,
        #"{"id": "e", "url": "https://example.org/2018/11/17/acte-1", "text": "Mardi 4 décembre 2018\n\nUne ligne de date dans le texte."}"#,
    ]

    @Test("JSONL: the address dates an undated article; a given date or a dateline wins; an unreadable date's warning says the address dates it")
    func jsonl() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("corpus.jsonl", Self.lines.joined(separator: "\n"))
        let result = ArticleFiles.load(paths: [file])
        #expect(result.issues.isEmpty)
        #expect(result.articles.map { $0.date?.iso8601 } == ["2018-11-17", "2018-12-01", "2018-11-17", nil, "2018-12-04"])
        #expect(result.articles.map(\.dateFromAddress) == [true, false, true, false, false])
        #expect(result.warnings.map(\.reason.description) == ["date \"15 Marsch 2018\" not understood, article dated 2018-11-17 from its address"])
        #expect(result.articles[2].notes.map(\.description) == ["date \"15 Marsch 2018\" not understood, article dated 2018-11-17 from its address"])
        // `convert` writes the source's date only: read back, the address gives the day again.
        #expect(ArticleDraft(result.articles[0]).date == nil)
        #expect(ArticleDraft(result.articles[1]).date?.iso8601 == "2018-12-01")
    }

    @Test("Markdown front matter: an address without a date field dates the article")
    func markdown() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("note.md", "---\ntitle: Acte 1\nurl: https://example.org/2018/11/17/acte-1\n---\n\nLe texte.\n")
        let result = ArticleFiles.load(paths: [file])
        #expect(result.articles.first?.date?.iso8601 == "2018-11-17")
        #expect(result.warnings.isEmpty)
    }
}
