import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("Wrapped paragraphs kept across frames")
struct WrapMemoTests {
    func key(_ id: String, length: Int = 10, width: Int = 40) -> WrapMemo.Key {
        WrapMemo.Key(article: ArticleID(id), textLength: length, width: width)
    }

    @Test func keepsLinesPerArticleWidthAndParagraph() {
        let memo = WrapMemo(capacity: 2)
        let lines = Wrapper.wrap(Glyph.glyphs(of: "Le Mali et la Russie"), width: 8)
        memo.store(lines, key("a"), paragraph: 3)
        #expect(memo.lines(key("a"), paragraph: 3) == lines)
        #expect(memo.lines(key("a"), paragraph: 4) == nil)
        #expect(memo.lines(key("a", width: 41), paragraph: 3) == nil)
        #expect(memo.lines(key("a", length: 11), paragraph: 3) == nil, "same id, other text")
    }

    @Test func forgetsTheLeastRecentlyUsedArticle() {
        let memo = WrapMemo(capacity: 2)
        let lines = Wrapper.wrap(Glyph.glyphs(of: "Bamako"), width: 8)
        memo.store(lines, key("a"), paragraph: 0)
        memo.store(lines, key("b"), paragraph: 0)
        memo.store(lines, key("a"), paragraph: 1) // a is now the most recent
        memo.store(lines, key("c"), paragraph: 0) // b goes
        #expect(memo.lines(key("a"), paragraph: 0) != nil)
        #expect(memo.lines(key("b"), paragraph: 0) == nil)
        #expect(memo.lines(key("c"), paragraph: 0) != nil)
    }
}
