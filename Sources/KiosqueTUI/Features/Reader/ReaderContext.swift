import KiosqueCore

/// The open article laid out for the reader's viewport at the current size, as `update` and
/// `ReaderView` both need it. Built for one update or one render, then dropped.
struct ReaderContext {
    let article: Article
    let geometry: ReaderGeometry
    let layout: ArticleLayout

    /// Nil when no article is open.
    init?(_ state: AppState) {
        guard let open = state.open else { return nil }
        let panel = state.layout(showing: .reader).rect(of: .reader)
            ?? Rect(x: 0, y: 0, width: state.size.width, height: state.size.height)
        self.init(open, panel: panel)
    }

    /// The open article laid out in `panel`, with its layout cache.
    init(_ open: OpenArticle, panel: Rect) {
        article = open.article
        geometry = ReaderGeometry(panel: panel, article: article)
        layout = ArticleLayout(article: article, width: geometry.textWidth, cache: (open.layouts, text: open.textHash))
    }

    var height: Int { geometry.height }

    /// Rows kept visible above and below the cursor sentence when the view follows it.
    var context: Int { min(2, (height - 1) / 3) }

    /// The top row for `topOffset`.
    func top(_ offset: Int) -> LinePosition { layout.position(ofOffset: offset) }

    /// The first sentence that starts in the viewport, or else the one the top row is part of.
    func firstVisibleSentence(top: LinePosition) -> SentenceIndex? {
        var partial: SentenceIndex?
        for row in layout.rows(from: top, count: height) {
            guard case .text(let line, let paragraph) = row else { continue }
            for glyph in line.glyphs where glyph.tag >= 0 {
                let index = SentenceIndex(paragraph: paragraph, sentence: glyph.tag)
                if partial == nil { partial = index }
                if article.sentence(at: index)?.range.start == glyph.offset { return index }
            }
        }
        return partial
    }

    /// The top row that shows the cursor sentence with some context, moving as little as
    /// possible from `top`; a sentence taller than the view is shown from its start.
    func follow(cursor: SentenceIndex, top: LinePosition) -> LinePosition {
        guard let rows = layout.rows(ofSentence: cursor.sentence, inParagraph: cursor.paragraph) else { return top }
        let bottomRoom = height - 1 - context
        var newTop = top
        if layout.distance(from: top, to: rows.first, limit: height) < context {
            newTop = layout.advance(rows.first, by: -context)
        } else if layout.distance(from: top, to: rows.last, limit: height + 1) > bottomRoom {
            newTop = layout.advance(rows.last, by: -bottomRoom)
            if layout.distance(from: newTop, to: rows.first, limit: height) < context {
                newTop = layout.advance(rows.first, by: -context)
            }
        }
        // No blank space under the end of the article when it can be avoided.
        let lastTop = layout.lastTop(height: height)
        if newTop > lastTop && newTop != top { newTop = max(lastTop, min(newTop, top)) }
        return newTop
    }
}
