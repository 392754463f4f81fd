import Foundation
import Testing
@testable import KiosqueCore

@Suite("Seed articles")
struct SeedArticleTests {
    let seed000 = TestSupport.seed("000_214017a4d4061c86")
    let seed004 = TestSupport.seed("004_45fef588cce4af94")

    func load(_ path: String) throws -> Article {
        let result = ArticleFiles.load(paths: [path])
        #expect(result.issues.isEmpty, "\(result.issues)")
        return try #require(result.articles.first)
    }

    @Test func seed000TitleDateAndRoles() throws {
        let article = try load(seed000)
        #expect(article.id == ArticleID("000_214017a4d4061c86"))
        #expect(article.location == seed000)
        #expect(article.title == "Lutte contre les terroristes : Deux ministres maliens en Russie")
        #expect(article.date == ArticleDate(year: 2024, month: 2, day: 29))
        let text = article.text
        func role(startingWith prefix: String) -> ParagraphRole? {
            article.paragraphs.first { TestSupport.slice(text, $0.range).hasPrefix(prefix) }?.role
        }
        #expect(role(startingWith: "Menu") == .boilerplate)
        #expect(role(startingWith: "Lutte contre") == .title)
        #expect(role(startingWith: "Jeudi 29") == .dateline)
        #expect(role(startingWith: "Nouveau commentaire") == .boilerplate)
        #expect(role(startingWith: "AUTRES INFOS") == .boilerplate)
        #expect(role(startingWith: "Real Madrid") == .boilerplate)
        #expect(role(startingWith: "CAN 2025 : pourquoi") == .boilerplate)
        #expect(role(startingWith: "Les ministres maliens") == .body)
        // Everything from AUTRES INFOS on is boilerplate, and nothing before the comment prompt is.
        let cut = try #require(article.paragraphs.firstIndex { TestSupport.slice(text, $0.range) == "AUTRES INFOS" })
        #expect(article.paragraphs[cut...].allSatisfy { $0.role == .boilerplate })
        #expect(article.bodyParagraphs.count == 7)
        #expect(article.wordCount > 400)
    }

    @Test func seed000TeaserAndHeading() throws {
        let article = try load(seed000)
        let sentences = article.paragraphs.flatMap(\.sentences)
        let teaser = try #require(sentences.first { $0.text.hasPrefix("A lire") })
        #expect(teaser.style == .teaser)
        #expect(teaser.text == "A lire : Russie-Afrique : Sergueï Lavrov, le penseur-étoile de Vladimir Poutine")
        #expect(teaser.endsLine)
        let teaserParagraph = try #require(article.paragraphs.first { $0.sentences.contains(teaser) })
        #expect(teaserParagraph.role == .body)
        #expect(teaserParagraph.sentences.dropFirst().allSatisfy { $0.style == .text })
        let heading = try #require(sentences.first { $0.text == "Dépasser le volet sécuritaire" })
        #expect(heading.style == .heading)
        #expect(heading.endsLine)
        let next = try #require(sentences.first { $0.text.hasPrefix("Au menu de cette visite") })
        #expect(next.style == .text)
        #expect(next.text == "Au menu de cette visite : la diversification du partenariat qui lie Bamako et Moscou.")
    }

    @Test func seed000Sentences() throws {
        let article = try load(seed000)
        let sentences = article.paragraphs.flatMap(\.sentences).map(\.text)
        // `[…]` inside a quote does not end the sentence, nor does `1 500`.
        #expect(sentences.contains { $0.hasPrefix("« Nous aurons l’occasion") && $0.hasSuffix("a déclaré Abdoulaye Diop.") })
        #expect(sentences.contains { $0.hasPrefix("Déjà présente au Mali") && $0.contains("quelque 1 500 mercenaires") && $0.hasSuffix("hélicoptères.") })
        // A quote with a full stop inside followed by a capital is split there; « » kept with its sentence.
        #expect(sentences.contains("« Le Mali est au cœur de l’agenda économique de la Russie, avec un portefeuille de projets prioritaires », résumait le chef de la diplomatie malienne avant la rencontre."))
        #expect(sentences.contains("Ils se sont entretenus avec Sergueï Lavrov, le chef de la diplomatie russe."))
    }

    @Test func seed004DatePrefixTitle() throws {
        let article = try load(seed004)
        #expect(article.date == ArticleDate(year: 2024, month: 3))
        #expect(article.title.hasPrefix("Cette relation bilatérale stratégique"))
        #expect(article.title.count <= 101)
        // The lede is too long to be only a title: it stays article text, without its date prefix.
        #expect(article.paragraphs.allSatisfy { $0.role == .body })
        let lede = try #require(article.paragraphs.first?.sentences.first)
        #expect(lede.text.hasPrefix("Cette relation bilatérale"))
        #expect(lede.text.hasSuffix("ministre malien des AE."))
        #expect(lede.range.start == 16)
    }

    @Test(arguments: ["000_214017a4d4061c86", "004_45fef588cce4af94"])
    func paragraphRangesMatchScorer(name: String) throws {
        let article = try load(TestSupport.seed(name))
        #expect(article.paragraphs.map(\.range) == TestSupport.scorerParagraphs(article.text))
        for paragraph in article.paragraphs {
            for sentence in paragraph.sentences {
                #expect(TestSupport.slice(article.text, sentence.range) == sentence.text)
                #expect(paragraph.range.start <= sentence.range.start && sentence.range.end <= paragraph.range.end)
            }
        }
    }

    @Test func seed000ParagraphCountMatchesGoldLabels() throws {
        // dev-gold.jsonl labels 22 paragraphs for this seed.
        #expect(try load(seed000).paragraphs.count == 22)
        #expect(try load(seed004).paragraphs.count == 10)
    }
}
