import Testing
@testable import KiosqueCore

/// Script calls a scraper left in the text are blanked before parsing (offsets kept); prose is
/// never touched.
@Suite struct ScriptSnippetsTests {
    static let slot = "googletag.cmd.push(function() { googletag.display('IN_CONTENT_SCROLL_2'); });"

    static func blank(_ count: Int) -> String { String(repeating: " ", count: count) }

    @Test("an advertising slot between two sentences is blanked, the sentences stay where they were")
    func slotBlanked() {
        let text = "Les radars sont coiffés. \(Self.slot)  © DR Les Gilets jaunes"
        let blanked = ScriptSnippets.blanked(text)
        #expect(blanked == "Les radars sont coiffés. \(Self.blank(Self.slot.unicodeScalars.count))  © DR Les Gilets jaunes")
        #expect(blanked.unicodeScalars.count == text.unicodeScalars.count)
        // Two slots, nested braces, no final semicolon.
        let nested = "a.b(function (x) { if (x) { f(); } })"
        #expect(ScriptSnippets.blanked("A. \(nested) B. \(Self.slot) C.")
                == "A. \(Self.blank(nested.count)) B. \(Self.blank(Self.slot.count)) C.")
    }

    @Test("the keyword is found anywhere in the bytes, at the very end too, and only whole")
    func keywordScan() {
        #expect(ScriptSnippets.mentionsKeyword("function"))
        #expect(ScriptSnippets.mentionsKeyword("é ffunction"))
        #expect(ScriptSnippets.mentionsKeyword("fff functio function"))
        #expect(!ScriptSnippets.mentionsKeyword("functio"))
        #expect(!ScriptSnippets.mentionsKeyword("fonction, ffunctio"))
        #expect(!ScriptSnippets.mentionsKeyword(""))
    }

    @Test("prose and look-alikes are left as written")
    func proseKept() {
        let texts = [
            "La function publique, cette function(s) de l’État.",
            "Un appel à push(function() { x(); }) sans nom pointé.",
            "a.b(function() { jamais fermé ); puis du texte.",
            "a.b(function() { " + String(repeating: "x", count: 3_000) + " });",
            "Aucun mot de code ici.",
        ]
        for text in texts { #expect(ScriptSnippets.blanked(text) == text, "\(text)") }
    }

    @Test("a text dense with unclosed look-alikes is left as written (their looks ahead share a budget)")
    func denseLookAlikes() {
        let text = String(repeating: "a.b(function(){ x ", count: 20_000)
        #expect(ScriptSnippets.blanked(text) == text)
        // A slot before them is still blanked.
        let blanked = ScriptSnippets.blanked("Un texte. \(Self.slot) " + text)
        #expect(blanked.hasPrefix("Un texte. \(Self.blank(Self.slot.count)) "))
    }

    @Test("a parsed article never shows the slot, and its ranges point into the text it keeps")
    func parsedArticle() throws {
        let parser = ArticleParser(data: try FrenchData.load())
        let article = parser.parse(text: "Le titre\n\nLes radars sont coiffés. \(Self.slot) La suite du texte.",
                                   metadata: ArticleParser.Metadata(id: ArticleID("x"), location: "x.txt"))
        #expect(!article.text.contains("googletag"))
        #expect(article.text.unicodeScalars.count == "Le titre\n\nLes radars sont coiffés. \(Self.slot) La suite du texte.".unicodeScalars.count)
        let body = try #require(article.bodyParagraphs.first)
        #expect(article.text.unicodeScalars.count >= body.range.end)
        #expect(body.sentences.count == 2)
    }
}
