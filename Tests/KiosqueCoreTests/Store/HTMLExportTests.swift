import Foundation
import Testing
@testable import KiosqueCore

/// The HTML press review: its content, its escaping of hostile text, and that it needs nothing
/// from outside.
@Suite struct HTMLExportTests {
    typealias F = BookmarkFixtures

    /// Every tag of a page as (name, attributes): text never holds a raw `<`, so each `<` starts one.
    static func tags(_ html: String) -> [(name: String, attributes: [String: String])] {
        var out: [(String, [String: String])] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let inside = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            let name = String(inside.prefix { !$0.isWhitespace }).lowercased()
            var attributes: [String: String] = [:]
            var scan = inside.dropFirst(name.count)
            while let equals = scan.firstIndex(of: "=") {
                let key = scan[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
                let after = scan[scan.index(after: equals)...]
                guard after.first == "\"", let end = after.dropFirst().firstIndex(of: "\"") else {
                    attributes[key] = "UNQUOTED"
                    break
                }
                attributes[key] = String(after[after.index(after: after.startIndex)..<end])
                scan = after[after.index(after: end)...]
            }
            out.append((name, attributes))
        }
        return out
    }

    static let allowedTags: Set<String> = [
        "!doctype", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style", "body", "/body",
        "header", "/header", "main", "/main", "h1", "/h1", "h2", "/h2", "h3", "/h3", "p", "/p", "section", "/section",
        "article", "/article", "blockquote", "/blockquote", "strong", "/strong", "em", "/em", "span", "/span", "a", "/a", "br",
    ]

    func hostile() -> [Bookmark] {
        var evil = F.made(quote: "<script>alert(1)</script> \u{1B}[31mrouge\u{1B}[0m \u{202E}txet\u{202C} & \"q\" 'a' \u{7}",
                          note: "<img src=x onerror=alert(1)> \u{2066}note\u{2069}",
                          title: "</title><script>alert(2)</script>", sectors: ["<b>secteur</b>"],
                          entities: [BookmarkEntity(text: "<i>Diop</i>", kind: .person)],
                          url: "https://exemple.fr/a\"onmouseover=\"alert(3)")
        evil.article.source = "<style>body{background:url(http://traceur.example/x.png)}</style>"
        evil.tags = ["<u>tag</u>"]
        let javascript = F.made(quote: "Lien piégé.", title: "JS", articleID: "js", url: "javascript:alert(4)")
        return [evil, javascript]
    }

    @Test("hostile text stays text: markup escaped, escape and bidi characters made visible, links only http(s)")
    func escaping() throws {
        let html = HTMLExport.render(hostile(), labels: try ReviewLabels.bundled(language: "fr"), title: "<script>titre</script>")
        let lower = html.lowercased()
        #expect(!lower.contains("<script"), "\(html)")
        #expect(!lower.contains("<img") && !lower.contains("<i>") && !lower.contains("<u>") && !lower.contains("<b>"))
        #expect(lower.components(separatedBy: "<style").count == 2, "only the page's own style sheet")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(html.contains("&amp; &quot;q&quot; &#39;a&#39;"))
        // Nothing that acts without being seen.
        for scalar: Unicode.Scalar in ["\u{1B}", "\u{7}", "\u{202E}", "\u{202C}", "\u{2066}", "\u{2069}"] {
            #expect(!html.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) left in the page")
        }
        #expect(html.contains("␛[31mrouge␛[0m") && html.contains("\u{FFFD}txet\u{FFFD}") && html.contains("␇"))
        // The only links: the articles' http(s) ones, a quote inside encoded, javascript: dropped.
        let links = Self.tags(html).compactMap { $0.attributes["href"] }
        #expect(links == ["https://exemple.fr/a%22onmouseover=%22alert(3)"])
        #expect(!lower.contains("javascript:alert(4)\""))
        #expect(html.contains("JS") && html.contains("Lien piégé."))
    }

    @Test("the page is self-contained: no script, no outside resource, only known tags; a print style")
    func selfContained() throws {
        let html = HTMLExport.render(hostile() + [F.made(quote: "Normal.", articleID: "n")],
                                     labels: try ReviewLabels.bundled(language: "fr"))
        for (name, attributes) in Self.tags(html) {
            #expect(Self.allowedTags.contains(name), "tag <\(name)>")
            #expect(attributes["src"] == nil && attributes["style"] == nil && !attributes.keys.contains { $0.hasPrefix("on") },
                    "<\(name) \(attributes)>")
            if let href = attributes["href"] {
                #expect(name == "a" && (href.hasPrefix("https://") || href.hasPrefix("http://")), "\(href)")
            }
        }
        let style = try #require(html.components(separatedBy: "<style>").dropFirst().first?.components(separatedBy: "</style>").first)
        #expect(style.contains("@media print"))
        #expect(!style.contains("url(") && !style.contains("@import") && !style.contains("http"))
        // Every `http` of the page is an article link (or its text inside a passage, escaped).
        let hrefs = Self.tags(html).compactMap { $0.attributes["href"] }
        #expect(Set(hrefs) == ["https://example.org/article", "https://exemple.fr/a%22onmouseover=%22alert(3)"])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
    }

    @Test("the review's content: title, period, sections, outlet, long date, heading, passages, notes, tags, entities")
    func content() throws {
        var kidal = F.made(quote: "l’armée malienne a récupéré Kidal", note: "reprise de Kidal\nà suivre", title: "Le Mali et la Russie",
                           sectors: ["défense"], entities: [BookmarkEntity(text: "Kidal", kind: .location),
                                                           BookmarkEntity(text: "kidal", kind: .location),
                                                           BookmarkEntity(text: "mardi", kind: .date),
                                                           BookmarkEntity(text: "ONU", kind: .organization)],
                           date: ArticleDate(year: 2024, month: 3, day: 1), articleID: "mali")
        kidal.tags = ["Mali", "sécurité"]
        let other = F.made(quote: "Le prix du gaz baisse.", title: "Gaz", sectors: ["énergie"], articleID: "gaz")
        let html = HTMLExport.render([kidal, other], labels: try ReviewLabels.bundled(language: "fr"),
                                     exported: ArticleDate(year: 2024, month: 3, day: 6), title: "Veille Sahel",
                                     period: (ArticleDate(year: 2024, month: 2, day: 26), ArticleDate(year: 2024, month: 3, day: 3)))
        #expect(html.contains("<title>Veille Sahel</title>") && html.contains("<h1>Veille Sahel</h1>"))
        #expect(html.contains("Période\u{A0}: du lundi 26 février 2024 au dimanche 3 mars 2024"))
        #expect(html.contains("Passages\u{A0}: 2 · articles\u{A0}: 2 · exportée le mercredi 6 mars 2024"))
        // Grouped by tag: each tag, then the untagged ones.
        let sections = html.components(separatedBy: "<h2>").dropFirst().map { $0.components(separatedBy: "</h2>")[0] }
        #expect(sections == ["#Mali", "#sécurité", "Sans étiquette"])
        #expect(html.contains("<h3>Le Mali et la Russie</h3>"))
        #expect(html.contains("<p class=\"meta\">vendredi 1er mars 2024 · Source · <a href=\"https://example.org/article\" rel=\"noopener noreferrer\">lien</a></p>"))
        #expect(html.contains("<blockquote>l’armée malienne a récupéré Kidal</blockquote>"))
        #expect(html.contains("<strong>Note\u{A0}:</strong> reprise de Kidal<br>à suivre"))
        #expect(html.contains("<span class=\"tag\">#sécurité</span>"), "under #Mali, the other tag")
        #expect(html.contains("<em>Secteurs\u{A0}:</em> défense"))
        #expect(html.contains("<em>Entités\u{A0}:</em> Kidal (lieu), ONU (organisation)</p>"))
        #expect(ExportFormat.html.fileExtension == "html")
    }
}
