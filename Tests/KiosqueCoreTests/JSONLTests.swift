import Foundation
import Testing
@testable import KiosqueCore

@Suite("JSONL files")
struct JSONLTests {
    @Test func badLinesAreIssuesWithLineNumbers() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("mixed.jsonl", """
        {"id": "one", "title": "Premier", "date": "2018-12-03", "source": "Le Monde", "url": "https://x.fr/1", "text": "Un texte. Deux phrases."}
        {not json
        [1, 2]

        {"title": "sans id", "text": "x"}
        {"id": "no-text"}
        {"id": 7, "title": "", "date": null, "text": "Le texte de sept.\\nDeuxième ligne."}
        """)
        let result = ArticleFiles.load(paths: [path])
        #expect(result.articles.map(\.id.rawValue) == ["one", "7"])
        #expect(result.issues == [
            LoadIssue(location: "\(path):2", reason: .notValidJSON),
            LoadIssue(location: "\(path):3", reason: .notAJSONObject),
            LoadIssue(location: "\(path):5", reason: .missingField("id")),
            LoadIssue(location: "\(path):6", reason: .missingField("text")),
        ])
        let one = result.articles[0]
        #expect(one.title == "Premier")
        #expect(one.date?.iso8601 == "2018-12-03")
        #expect(one.source == "Le Monde")
        #expect(one.url == "https://x.fr/1")
        #expect(one.location == "\(path):1")
        #expect(one.paragraphs.flatMap(\.sentences).map(\.text) == ["Un texte.", "Deux phrases."])
        let seven = result.articles[1]
        #expect(seven.title == "Le texte de sept.")
        #expect(seven.location == "\(path):7")
        #expect(seven.source == nil)
    }

    @Test func textIsKeptExactly() throws {
        let folder = try TemporaryFolder()
        // Decomposed é and a CRLF: kept as given so that offsets match the file.
        let path = try folder.write("raw.jsonl", #"{"id": "r", "text": "Cafe\u0301 ici.\r\nFin."}"# + "\n")
        let article = try #require(ArticleFiles.load(paths: [path]).articles.first)
        #expect(article.text == "Cafe\u{301} ici.\r\nFin.")
        #expect(article.text.unicodeScalars.count == 16)
    }

    @Test func longUntitledTextGetsShortTitle() throws {
        let folder = try TemporaryFolder()
        let text = "PARIS | " + String(repeating: "Emmanuel Macron fait face samedi à une fronde ", count: 5) + "populaire. Suite."
        let line = try JSONSerialization.data(withJSONObject: ["id": "long", "title": "", "date": NSNull(), "text": text])
        let path = try folder.write("long.jsonl", line)
        let article = try #require(ArticleFiles.load(paths: [path]).articles.first)
        #expect(article.title.hasPrefix("PARIS | Emmanuel Macron"))
        #expect(article.title.hasSuffix("…"))
        #expect(article.title.count <= 101)
        #expect(article.paragraphs.map(\.role) == [.body])
    }
}
