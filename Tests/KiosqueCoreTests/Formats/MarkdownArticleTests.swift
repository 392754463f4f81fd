import Foundation
import Testing
@testable import KiosqueCore

@Suite("Markdown: front matter and markup")
struct MarkdownArticleTests {
    func body(_ text: String) -> String { MarkdownArticle.convert(text).body }

    @Test func frontMatterGivesTheMetadata() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("note.md", """
        ---
        title: "Le gaz: une crise"
        date: 2024-03-15 08:00:00 +01:00
        source: 'L''Écho'
        url: https://example.org/gaz # the page
        tags: [énergie, gaz]
        ---
        # Un titre dans le texte

        Le prix du gaz augmente.
        """)
        let result = ArticleFiles.load(paths: [path])
        let article = try #require(result.articles.first)
        #expect(article.title == "Le gaz: une crise")
        #expect(article.date?.iso8601 == "2024-03-15T08:00:00+01:00")
        #expect(article.source == "L'Écho")
        #expect(article.url == "https://example.org/gaz")
        #expect(article.text == "Un titre dans le texte\n\nLe prix du gaz augmente.")
        #expect(!article.text.contains("---") && !article.text.contains("tags"))
        #expect(result.warnings.isEmpty && result.issues.isEmpty)
    }

    @Test func unquotedValuesAndADateNotUnderstood() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("b.md", "---\ntitle: Sans guillemets\ndate: 15 Marsch 2024\n---\nUn texte.\n")
        let result = ArticleFiles.load(paths: [path])
        let article = try #require(result.articles.first)
        #expect(article.title == "Sans guillemets" && article.date == nil)
        #expect(result.warnings.map(\.reason.description) == ["date \"15 Marsch 2024\" not understood, article kept without a date"])
        #expect(article.text == "Un texte.")
    }

    @Test func withoutFrontMatterTheFirstHeadingIsTheTitle() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("c.md", "## Le **titre** ##\n\nLe premier paragraphe.\n\n---\n\nLa suite.")
        let article = try #require(ArticleFiles.load(paths: [path]).articles.first)
        #expect(article.title == "Le titre")
        #expect(article.text == "Le titre\n\nLe premier paragraphe.\n\nLa suite.")
    }

    @Test func anUnclosedFrontMatterIsText() {
        #expect(body("---\ntitle: x\n\nTexte.") == "title: x\n\nTexte.")
    }

    @Test func headings() {
        #expect(body("# Un\nTexte.\n### Trois ###\nFin.") == "Un\n\nTexte.\n\nTrois\n\nFin.")
        #expect(body("Titre souligné\n==============\nTexte.") == "Titre souligné\n\nTexte.")
        #expect(body("Sous-titre\n----------\nTexte.") == "Sous-titre\n\nTexte.")
        #expect(body("#hashtag pas un titre") == "#hashtag pas un titre")
    }

    @Test func emphasis() {
        #expect(body("Un **gras**, un *italique*, un _autre_ et __encore__.") == "Un gras, un italique, un autre et encore.")
        #expect(body("***les deux*** et ~~barré~~") == "les deux et barré")
        #expect(body("snake_case_name reste, 2 * 3 * 4 aussi") == "snake_case_name reste, 2 * 3 * 4 aussi")
        #expect(body("Un \\*astérisque\\* échappé") == "Un *astérisque* échappé")
        #expect(body("une *étoile seule") == "une *étoile seule")
    }

    @Test func lists() {
        #expect(body("Courses :\n- du pain\n* du lait\n+ du sel\n1. un\n2) deux\n- [x] fait") ==
                "Courses :\n\ndu pain\n\ndu lait\n\ndu sel\n\nun\n\ndeux\n\nfait")
        #expect(body("> Une citation\n> sur deux lignes") == "Une citation\nsur deux lignes")
    }

    @Test func linksAndImages() {
        #expect(body("Voir [le site](https://example.org \"titre\") et ![une image](img.png) ici.") == "Voir le site et  ici.")
        #expect(body("Un [lien [imbriqué]](u) et un [renvoi][ref].\n\n[ref]: https://example.org") == "Un lien [imbriqué] et un renvoi.")
        #expect(body("Écrire à <https://example.org/a> ou <a@b.fr>") == "Écrire à https://example.org/a ou a@b.fr")
        #expect(body("![seule image](x.png)") == "")
    }

    @Test func codeIsKeptAsText() {
        #expect(body("Avant\n\n```swift\nlet x = **pas du gras**\n# pas un titre\n```\n\nAprès `le *code*` fin.") ==
                "Avant\n\nlet x = **pas du gras**\n# pas un titre\n\nAprès le *code* fin.")
        #expect(body("~~~\n- pas une liste\n~~~") == "- pas une liste")
    }

    @Test("hostile lines stay linear: many unmatched marks and brackets", .timeLimit(.minutes(1)))
    func hostileLines() {
        let started = Date()
        let line = String(repeating: "[a *b `c _d ~~e ", count: 50_000)
        let out = body(line)
        #expect(out.count > 0)
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
