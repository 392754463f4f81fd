import Foundation
import Testing
@testable import KiosqueCore

/// Rules about a page's structure that choose what is read around the article (issue 13, after
/// the snippet set): hidden and metadata classes, `<address>`, blocks of the article's own class,
/// the container around a standfirst chosen alone, a "related" box inside the text.
@Suite("PageReader: page structure")
struct PageStructureTests {
    static let paragraphs = PageReaderTests.paragraphs
    static func read(_ html: String) throws -> ArticleDraft { try PageReaderTests.read(html) }

    @Test func hiddenWidgetAndMetadataClassesAreFurniture() {
        let words = PageWords.shared
        #expect(words.verdict(classAndID: "hideCompletely").furniture)
        #expect(words.verdict(classAndID: "hidden").furniture)
        #expect(words.verdict(classAndID: "widget widget_text").furniture)
        #expect(words.verdict(classAndID: "postmetadata").furniture)
        #expect(words.verdict(classAndID: "entry-metadata").furniture)
        #expect(!words.verdict(classAndID: "article-body").furniture)
    }

    @Test func hiddenLabelsMetadataLinesAndWidgetsAreDropped() throws {
        let html = """
        <html><body><div class="story"><p>\(Self.paragraphs[0])</p>
        <div class="infobox"><span class="hideCompletely">Weitere Informationen</span>
        <p>\(Self.paragraphs[1])</p><span class="hideCompletely">Ende der weiteren Informationen</span></div>
        <div class="postmetadata">Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux</div>
        <section class="widget widget_text"><h3>Newsletter</h3><p>Recevez chaque mois notre lettre pour suivre les derniers articles et les annonces.</p></section>
        </div></body></html>
        """
        #expect(try Self.read(html).text == Self.paragraphs[0...1].joined(separator: "\n\n"))
    }

    @Test func addressElementIsDropped() throws {
        let html = """
        <html><body><div class="texte"><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p>
        <p><small><address>energie.html - Créé le 03-10-2004 - Modifié le 03-10-2004 à 14 h 20</address></small></p>
        </div></body></html>
        """
        #expect(try Self.read(html).text == Self.paragraphs[0...1].joined(separator: "\n\n"))
    }

    /// A CMS that cuts the article into modules of one class: the module holding a short list
    /// (no scored paragraph) is read with the others.
    @Test func aBlockOfTheArticlesOwnClassIsReadEvenWithoutParagraphs() throws {
        let html = """
        <html><body><div class="layout">
        <div class="m-text"><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p></div>
        <div class="m-text"><ul><li><strong>Onze modèles recommandés</strong></li><li><strong>Quatre refusés</strong></li></ul></div>
        <div class="m-text"><p>\(Self.paragraphs[2])</p></div>
        <div class="m-teasers"><ul><li><a href="/a">Un autre article sur le même sujet, à lire ici</a></li>
        <li><a href="/b">Et encore un autre article, toujours sur ce sujet</a></li></ul></div>
        </div></body></html>
        """
        let text = try Self.read(html).text
        #expect(text == [Self.paragraphs[0], Self.paragraphs[1], "Onze modèles recommandés", "Quatre refusés", Self.paragraphs[2]]
            .joined(separator: "\n\n"))
    }

    /// The standfirst scores best alone; the body's paragraphs are beside it, in an element with
    /// many links under the text (a list of related links), and are read too.
    @Test func theBodyBesideAStandfirstChosenAloneIsRead() throws {
        let standfirst = "Le texte, présenté mercredi, prévoit de relancer le nucléaire, de simplifier les procédures, de soutenir les renouvelables, et de réduire la dépendance au gaz."
        let first = String(repeating: "Le débat au Parlement doit commencer en mars après l'avis du Conseil d'État. ", count: 7)
        let second = "Les associations de défense de l'environnement demandent un effort plus important sur la sobriété et sur l'isolation des logements anciens du pays."
        let links = (1...7).map { "<li><a href=\"/\($0)\">Un autre article de la rubrique énergie numéro \($0)</a></li>" }.joined()
        let html = """
        <html><head><title>Le projet de loi</title></head><body><div class="page">
        <div class="c-intro"><h1>Le projet de loi</h1><div class="c-intro-text"><p>\(standfirst)</p></div></div>
        <p>\(first)</p><p>\(second)</p>
        <ul class="c-list">\(links)</ul>
        </div></body></html>
        """
        let text = try Self.read(html).text
        #expect(text == [standfirst, PageContent.collapse(first), second].joined(separator: "\n\n"))
    }

    @Test func aRelatedBoxInsideTheTextDoesNotEndTheArticle() throws {
        let html = """
        <html><body><div class="post"><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p>
        <h4>Auch interessant</h4><ul><li><a href="/a">Un autre article sur le même sujet, à lire absolument</a></li></ul>
        <p>\(Self.paragraphs[2])</p><p>\(Self.paragraphs[3])</p></div></body></html>
        """
        #expect(try Self.read(html).text == Self.paragraphs.joined(separator: "\n\n"))
        // The same line followed by paragraphs alone (no list) still ends the article.
        let end = """
        <html><body><div class="post"><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p>
        <h4>Auch interessant</h4><p>\(Self.paragraphs[2])</p><p>\(Self.paragraphs[3])</p></div></body></html>
        """
        #expect(try Self.read(end).text == Self.paragraphs[0...1].joined(separator: "\n\n"))
    }
}
