import Foundation
import Testing
@testable import KiosqueCore

/// Saved web pages: the article's paragraphs without the page around them, and the page's metadata.
@Suite("PageReader")
struct PageReaderTests {
    static func read(_ html: String, name: String = "page") throws -> ArticleDraft {
        try PageReader.read(Data(html.utf8), name: name).get()
    }

    static let paragraphs = [
        "Le gouvernement a présenté mercredi un projet de loi sur l'énergie, qui prévoit de relancer la construction de réacteurs, de simplifier les procédures et de soutenir les renouvelables.",
        "Selon le ministre, le texte doit permettre de réduire la dépendance du pays aux importations de gaz, tout en tenant les objectifs climatiques fixés pour 2030 et 2050.",
        "Les associations de défense de l'environnement ont critiqué un calendrier jugé trop lent, et demandent un effort plus important sur la sobriété et l'isolation des logements.",
        "Le débat au Parlement doit commencer en mars, après l'avis du Conseil d'État, et pourrait durer plusieurs semaines, selon les présidents des groupes de la majorité.",
    ]

    static let newsPage = """
    <!DOCTYPE html>
    <html lang="fr"><head><meta charset="utf-8"><title>Énergie : le projet de loi présenté - Le Quotidien</title>
    <style>p { color: red }</style><script>var tracking = "Ne pas lire ce script";</script></head>
    <body>
    <div id="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. <button>Accepter</button></div>
    <header class="site-header"><a href="/">Le Quotidien</a>
      <nav><ul><li><a href="/politique">Politique</a></li><li><a href="/economie">Économie</a></li><li><a href="/culture">Culture</a></li></ul></nav>
    </header>
    <main>
    <article>
      <h1>Énergie : le projet de loi présenté</h1>
      <div class="share-buttons"><a href="#">Partager sur Facebook</a> <a href="#">Partager sur Twitter</a></div>
      <p>\(paragraphs[0])</p>
      <p>\(paragraphs[1])</p>
      <div class="read-also"><p>À lire aussi : <a href="/autre">Le nucléaire, une filière en quête de bras</a></p></div>
      <p>\(paragraphs[2])</p>
      <p>\(paragraphs[3])</p>
    </article>
    <section id="comments"><h2>Commentaires</h2>
      <div class="comment"><p>Encore un texte qui ne changera rien, comme toujours avec ce gouvernement, je suis déçu.</p></div>
    </section>
    <aside class="related"><h3>Sur le même sujet</h3><ul><li><a href="/a">Les prix de l'électricité vont baisser en février</a></li></ul></aside>
    </main>
    <footer><p>© Le Quotidien 2024, tous droits réservés. Mentions légales, politique de confidentialité.</p></footer>
    </body></html>
    """

    @Test func newsPageGivesOnlyTheArticleParagraphsInOrder() throws {
        let draft = try Self.read(Self.newsPage, name: "energie")
        #expect(draft.text == Self.paragraphs.joined(separator: "\n\n"))
        #expect(draft.id == "energie")
        #expect(draft.title == "Énergie : le projet de loi présenté")
        #expect(draft.language == "fr")
    }

    @Test func metadataFromOpenGraphJSONLDTimeAndCanonical() throws {
        let html = """
        <html lang="fr-FR"><head>
        <meta property="og:title" content="Le titre venu d'Open Graph">
        <meta property="og:site_name" content="La Gazette">
        <meta property="og:url" content="https://gazette.example/og-url">
        <link rel="canonical" href="https://gazette.example/articles/42">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Site"},
          {"@type": "NewsArticle", "headline": "Le titre JSON-LD", "datePublished": "2024-03-15T08:00:00+01:00",
           "author": [{"@type": "Person", "name": "Marie Dupont"}, {"@type": "Person", "name": "Paul Martin"}],
           "publisher": {"@type": "Organization", "name": "Gazette SA"}}
        ]}
        </script></head>
        <body><article><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p></article></body></html>
        """
        let draft = try Self.read(html)
        #expect(draft.title == "Le titre venu d'Open Graph")
        #expect(draft.source == "La Gazette")
        #expect(draft.url == "https://gazette.example/articles/42")
        #expect(draft.author == "Marie Dupont, Paul Martin")
        #expect(draft.language == "fr-FR")
        #expect(draft.date?.year == 2024 && draft.date?.month == 3 && draft.date?.day == 15)
        #expect(draft.text == Self.paragraphs[0...1].joined(separator: "\n\n"))
    }

    @Test func dateFromTimeElementAndPublisherFromJSONLD() throws {
        let html = """
        <html><head><title>Un titre</title>
        <script type="application/ld+json">[{"@type": "BlogPosting", "publisher": {"name": "Le Blog"}}]</script></head>
        <body><p class="byline">Par <a rel="author" href="/jeanne">Jeanne Roux</a>, <time datetime="2023-11-02">2 novembre</time></p>
        <div class="post"><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p></div></body></html>
        """
        let draft = try Self.read(html)
        #expect(draft.date?.year == 2023 && draft.date?.month == 11 && draft.date?.day == 2)
        #expect(draft.source == "Le Blog")
        #expect(draft.author == "Jeanne Roux")
        #expect(draft.text == Self.paragraphs[0...1].joined(separator: "\n\n"))
    }

    @Test func pageWithoutMetadataTakesItsTitleFromH1ThenTitle() throws {
        let withH1 = "<html><head><title>Autre chose | Site</title></head><body><h1>Le vrai titre</h1><p>\(Self.paragraphs[0])</p></body></html>"
        let draft = try Self.read(withH1)
        #expect(draft.title == "Le vrai titre")
        #expect(draft.date == nil && draft.url == nil && draft.source == nil && draft.author == nil)
        #expect(draft.text == Self.paragraphs[0])
        let titleOnly = try Self.read("<html><head><title>Le titre seul - Le Site</title></head><body><p>\(Self.paragraphs[1])</p></body></html>")
        #expect(titleOnly.title == "Le titre seul")
        #expect(titleOnly.text == Self.paragraphs[1])
    }

    @Test func siteSuffixRemovedOnlyWhenItNamesTheSite() {
        #expect(PageMetadata.removeSiteSuffix("Le budget adopté - Le Monde", site: "Le Monde", h1: nil) == "Le budget adopté")
        #expect(PageMetadata.removeSiteSuffix("Le budget adopté | lemonde.fr", site: nil, h1: nil) == "Le budget adopté")
        #expect(PageMetadata.removeSiteSuffix("Covid - ce qu'il faut savoir sur les nouvelles règles", site: nil, h1: nil)
                == "Covid - ce qu'il faut savoir sur les nouvelles règles")
    }

    @Test func tagSoupIsRecovered() throws {
        let html = """
        <html><body><div class="content"><p>\(Self.paragraphs[0])<p>\(Self.paragraphs[1])
        <b><i>\(Self.paragraphs[2])</b></i></div></span></td><p>\(Self.paragraphs[3])
        """
        let draft = try Self.read(html)
        for paragraph in Self.paragraphs { #expect(draft.text.contains(paragraph)) }
    }

    @Test func windows1252PageIsDecoded() throws {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>Caf".utf8)
        bytes.append(0xE9)
        bytes += Array("</title></head><body><p>L'".utf8)
        bytes.append(0xE9)
        bytes += Array("t".utf8)
        bytes.append(0xE9)
        bytes += Array(" a ".utf8)
        bytes.append(0xE9)
        bytes += Array("t".utf8)
        bytes.append(0xE9)
        bytes += Array(" chaud, et les terrasses des caf".utf8)
        bytes.append(0xE9)
        bytes += Array("s ont ".utf8)
        bytes.append(0xE9)
        bytes += Array("t".utf8)
        bytes.append(0xE9)
        bytes += Array(" pleines jusqu'en octobre ".utf8)
        bytes.append(0x96) // en dash in Windows-1252
        bytes += Array(" un record.</p></body></html>".utf8)
        let draft = try PageReader.read(Data(bytes), name: "cafe").get()
        #expect(draft.title == "Café")
        #expect(draft.text == "L'été a été chaud, et les terrasses des cafés ont été pleines jusqu'en octobre – un record.")
    }

    @Test func hundredThousandNestedDivsAreBoundedAndKeepTheText() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>\(Self.paragraphs[0])</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let clock = ContinuousClock()
        let start = clock.now
        let draft = try Self.read(html)
        #expect(clock.now - start < .seconds(20))
        #expect(draft.text == Self.paragraphs[0])
    }

    @Test func emptyPagesGiveEmptyText() throws {
        #expect(try Self.read("").text == "")
        #expect(try Self.read("<html><body></body></html>").text == "")
        #expect(try Self.read("   \n").title == nil)
    }

    @Test func pageOfLinksGivesLittleOrNoText() throws {
        let links = (1...200).map { "<li><a href=\"/article-\($0)\">Titre d'un autre article numéro \($0) de la rubrique</a></li>" }
        let draft = try Self.read("<html><body><ul>" + links.joined() + "</ul></body></html>")
        #expect(draft.text.count < 200)
    }

    @Test func articleOnlyInJSONLDIsTakenFromThere() throws {
        let body = Self.paragraphs.joined(separator: "\\n")
        let html = """
        <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Titre", "articleBody": "\(body)"}</script></head>
        <body><div id="app">Chargement…</div></body></html>
        """
        let draft = try Self.read(html)
        #expect(draft.text == Self.paragraphs.joined(separator: "\n\n"))
        #expect(draft.notes.contains { $0.description.contains("JSON-LD") })
    }

    @Test func creditsAndSectionsAfterTheArticleAreDropped() throws {
        let html = """
        <html><body><div class="texte">
        <p>\(Self.paragraphs[0])</p><p><span>Photo : AFP / Jean Martin</span></p><p>\(Self.paragraphs[1])</p>
        <p>Getty Images</p><h3>Sur le même sujet</h3><p>\(Self.paragraphs[2])</p></div></body></html>
        """
        let draft = try Self.read(html)
        #expect(draft.text == Self.paragraphs[0...1].joined(separator: "\n\n"))
        // A short sentence naming an agency is not a credit.
        let sentence = try Self.read("<html><body><p>\(Self.paragraphs[0])</p><p>Selon l'AFP, le vote aura lieu mardi.</p></body></html>")
        #expect(sentence.text == Self.paragraphs[0] + "\n\nSelon l'AFP, le vote aura lieu mardi.")
    }

    @Test func softHyphensAreDropped() throws {
        let draft = try Self.read("<html><body><p>Une \u{AD}recherche auto\u{AD}nome, sans dé&shy;pendance, est né&#173;ces&#xAD;saire pour la science et pour tous.</p></body></html>")
        #expect(draft.text == "Une recherche autonome, sans dépendance, est nécessaire pour la science et pour tous.")
    }

    @Test func aPaywallLineEndsTheArticle() throws {
        let html = """
        <html><body><div class="texte"><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p>
        <p>Pour lire la suite</p><p>et accéder gratuitement à trois articles par mois, créez votre compte dès maintenant sur le site.</p></div></body></html>
        """
        let draft = try Self.read(html)
        #expect(draft.text == Self.paragraphs[0...1].joined(separator: "\n\n"))
    }

    @Test func aCommentCountEndsTheArticle() throws {
        let html = """
        <html><body><div class="post"><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1])</p>
        <p>0 Kommentare</p><p>Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe durch die Redaktion).</p></div></body></html>
        """
        #expect(try Self.read(html).text == Self.paragraphs[0...1].joined(separator: "\n\n"))
    }

    @Test func aCreditEndingACaptionIsCut() throws {
        #expect(PageContent.withoutTrailingCredit("Le départ de la course à Paris. | © AFP/Getty Images") == "Le départ de la course à Paris.")
        #expect(PageContent.withoutTrailingCredit("Le départ (© Jean Martin)") == "Le départ")
        #expect(PageContent.withoutTrailingCredit("© Reuters") == "")
        // A sentence after the mark, or a long text: no credit.
        #expect(PageContent.withoutTrailingCredit("Le texte (© Gallimard) parut en 1990") == "Le texte (© Gallimard) parut en 1990")
        #expect(PageContent.withoutTrailingCredit("Droits © 2024. Tous droits réservés.") == "Droits © 2024. Tous droits réservés.")
        let html = "<html><body><p>\(Self.paragraphs[0])</p><p>\(Self.paragraphs[1]) | © Jean Martin/Getty Images</p></body></html>"
        #expect(try Self.read(html).text == Self.paragraphs[0...1].joined(separator: "\n\n"))
    }

    @Test func deeplyNestedOrBrokenJSONLDIsSkipped() throws {
        let deep = String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
        let html = """
        <html><head><script type="application/ld+json">\(deep)</script>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cassé",</script>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Le bon titre"}</script></head>
        <body><p>\(Self.paragraphs[0])</p></body></html>
        """
        let draft = try Self.read(html)
        #expect(draft.title == "Le bon titre")
        #expect(draft.text == Self.paragraphs[0])
        #expect(PageMetadata.nesting(of: #"{"a": ["[[[", {"b": 1}]}"#) == 3)
    }

    @Test func furnitureClassWordsAreReadFromTheResourceFile() {
        let words = PageWords.shared
        #expect(words.verdict(classAndID: "post-share").furniture)
        #expect(words.verdict(classAndID: "socialShareBar").furniture)
        #expect(!words.verdict(classAndID: "entry-content entry-content-read-more").furniture)
        #expect(words.verdict(classAndID: "entry-comments").furniture)
        #expect(!words.verdict(classAndID: "story-body").furniture)
        #expect(words.verdict(classAndID: "story-body").content)
    }

    // MARK: development sets

    /// The body F1 (token 4-gram shingles, as `score_body.py`) on `../shared/ingest/pages-body`, when present.
    @Test func developmentBodySetKeepsAFloor() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("shared/ingest/pages-body")
        let truthURL = folder.appendingPathComponent("ground-truth.json")
        guard let truthData = try? Data(contentsOf: truthURL),
              let truth = try JSONSerialization.jsonObject(with: truthData) as? [String: [String: Any]],
              FileManager.default.isExecutableFile(atPath: "/bin/gzip") else {
            print("PageReaderTests: skipped, \(truthURL.path) (or /bin/gzip) is absent")
            return
        }
        var precisions: [Double] = []
        var recalls: [Double] = []
        for (key, value) in truth.sorted(by: { $0.key < $1.key }) {
            let page = try Self.gunzip(folder.appendingPathComponent("\(key).html.gz"))
            let draft = try PageReader.read(page, name: key).get()
            let (p, r) = Self.shingleScores(truth: value["articleBody"] as? String ?? "", predicted: draft.text)
            precisions.append(p)
            recalls.append(r)
        }
        let p = precisions.reduce(0, +) / Double(precisions.count)
        let r = recalls.reduce(0, +) / Double(recalls.count)
        let f1 = 2 * p * r / (p + r)
        print("PageReaderTests: body set \(truth.count) pages, P \(p) R \(r) F1 \(f1)")
        #expect(f1 >= 0.93)
    }

    static func gunzip(_ url: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// `score_body.py`'s precision and recall: lower-cased `\w+` tokens, 4-gram shingle multisets.
    static func shingleScores(truth: String, predicted: String) -> (Double, Double) {
        func shingles(_ text: String) -> [String: Int] {
            var tokens: [String] = []
            var current = ""
            for character in text.lowercased() {
                if character.isLetter || character.isNumber || character == "_" { current.append(character) } else if !current.isEmpty {
                    tokens.append(current)
                    current = ""
                }
            }
            if !current.isEmpty { tokens.append(current) }
            var counts: [String: Int] = [:]
            guard !tokens.isEmpty else { return counts }
            for start in 0..<max(tokens.count - 3, 1) {
                counts[tokens[start..<min(start + 4, tokens.count)].joined(separator: " "), default: 0] += 1
            }
            return counts
        }
        let a = shingles(truth), b = shingles(predicted)
        if a.isEmpty && b.isEmpty { return (1, 1) }
        let common = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        let predictedCount = b.values.reduce(0, +), truthCount = a.values.reduce(0, +)
        return (predictedCount == 0 ? 0 : Double(common) / Double(predictedCount),
                truthCount == 0 ? 0 : Double(common) / Double(truthCount))
    }
}
