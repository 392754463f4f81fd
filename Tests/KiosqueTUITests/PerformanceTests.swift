import Testing
@testable import KiosqueTUI

/// Speed itself is measured by `kiosque-bench` (BENCHMARKS.md); these tests pin down the property
/// that keeps frames cheap: a screen of a long article wraps only the paragraphs it shows.
@Suite("Rendering cost")
struct PerformanceTests {
    @Test func aScreenWrapsOnlyTheParagraphsItShows() {
        // About 1,000 paragraphs.
        let layout = ArticleLayout(article: Fixtures.long(times: 200), width: 150)
        #expect(layout.shown.count > 900)
        // The reader keeps its place as a source offset: finding it wraps one paragraph.
        let paragraph = layout.article.paragraphs[layout.shown[500]]
        let middle = layout.position(ofOffset: paragraph.range.start)
        let rows = layout.rows(from: middle, count: 60)
        #expect(rows.count == 60)
        #expect(layout.wrappedBlockCount < 40, "wrapped \(layout.wrappedBlockCount) paragraphs for one screen")
    }

    @Test func jumpingToTheEndDoesNotWrapTheWholeArticle() {
        let layout = ArticleLayout(article: Fixtures.long(times: 200), width: 150)
        _ = layout.rows(from: layout.lastTop(height: 60), count: 60)
        #expect(layout.wrappedBlockCount < 40, "wrapped \(layout.wrappedBlockCount) paragraphs")
    }
}
