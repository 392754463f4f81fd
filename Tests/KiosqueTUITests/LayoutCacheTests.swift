import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("Wrapped paragraphs kept across frames (LayoutCache, one per opened article)")
struct LayoutCacheTests {
    func key(_ text: String, width: Int = 40) -> LayoutCache.Key {
        LayoutCache.Key(text: ContentHash(of: text), width: width)
    }

    @Test func keepsLinesPerTextWidthAndParagraph() {
        let cache = LayoutCache(capacity: 2)
        let lines = Wrapper.wrap(Glyph.glyphs(of: "Le Mali et la Russie"), width: 8)
        cache.store(lines, key("Le texte est là."), paragraph: 3)
        #expect(cache.lines(key("Le texte est là."), paragraph: 3) == lines)
        #expect(cache.lines(key("Le texte est là."), paragraph: 4) == nil)
        #expect(cache.lines(key("Le texte est là.", width: 41), paragraph: 3) == nil)
        #expect(cache.lines(key("Le texte est lè."), paragraph: 3) == nil, "same length, other text")
    }

    @Test func forgetsTheLeastRecentlyUsedKey() {
        let cache = LayoutCache(capacity: 2)
        let lines = Wrapper.wrap(Glyph.glyphs(of: "Bamako"), width: 8)
        cache.store(lines, key("a"), paragraph: 0)
        cache.store(lines, key("b"), paragraph: 0)
        cache.store(lines, key("a"), paragraph: 1) // a is now the most recent
        cache.store(lines, key("c"), paragraph: 0) // b goes
        #expect(cache.lines(key("a"), paragraph: 0) != nil)
        #expect(cache.lines(key("b"), paragraph: 0) == nil)
        #expect(cache.lines(key("c"), paragraph: 0) != nil)
    }

    /// Two `x.txt` files in two folders: the same file name (the corpus gives them the ids `a/x`
    /// and `b/x`), texts of the same length.
    static func twins() -> [Article] {
        ["a", "b"].map { folder in
            var article = Fixtures.article(id: "\(folder)/x", title: "Premier titre",
                                           paragraphs: [[folder == "a" ? "Le texte est là." : "Le texte est lè."]])
            article.location = "\(folder)/x.txt"
            return article
        }
    }

    @Test("two articles with the same id and text length each show their own text (the issue's a/x.txt, b/x.txt)")
    func sameIDSameLengthOwnText() {
        let twins = Self.twins()
        #expect(twins[0].id != twins[1].id && twins[0].text.utf8.count == twins[1].text.utf8.count)
        var state = Fixtures.state(twins, width: 120, height: 24)
        #expect(state.screen.row(containing: "Le texte est là.") != nil)
        state.press("j", "Enter")
        #expect(state.openArticle?.text.contains("lè.") == true)
        #expect(state.screen.row(containing: "Le texte est lè.") != nil, "the second file's text")
        #expect(state.screen.row(containing: "Le texte est là.") == nil, "not the first one's, laid out before")
        state.press("Esc", "k", "Enter")
        #expect(state.screen.row(containing: "Le texte est là.") != nil)
    }
}
