import KiosqueCore

/// The open article: title (bold), `date · source · id`, then the body wrapped to the panel,
/// a blank row between paragraphs, teasers dimmed, headings bold, and the cursor sentence
/// underlined with `▌` in the left margin.
enum ReaderView {
    static let cursorMark = "▌"

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let theme = state.theme
        PanelBorder.draw(rect, title: state.strings[.panelReader], focused: state.focus == .reader, theme: theme, into: &grid)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        guard let article = state.openArticle else {
            let message = state.articles.isEmpty ? state.strings[.readerEmpty] : state.strings[.readerNothingOpen]
            drawMessage(message, in: inner, style: theme.style(for: .notice), into: &grid)
            return
        }
        let context = ReaderContext(article: article, panel: rect)
        let geometry = context.geometry
        var y = geometry.header.y
        for line in geometry.titleLines {
            grid.put(line, x: inner.x + 1, y: y, style: theme.style(for: .articleTitle), maxX: inner.maxX)
            y += 1
        }
        grid.put(Truncation.truncate(metaLine(article), width: inner.width - 2), x: inner.x + 1, y: y,
                 style: theme.style(for: .articleMeta), maxX: inner.maxX)
        if context.layout.isEmpty {
            drawMessage(state.strings[.readerNoText], in: geometry.body, style: theme.style(for: .notice), into: &grid)
            return
        }
        let top = context.top(state.reader.topOffset)
        let rows = context.layout.rows(from: top, count: geometry.body.height)
        for (i, row) in rows.enumerated() {
            guard case .text(let line, let paragraph) = row else { continue }
            drawLine(line, paragraph: article.paragraphs[paragraph], paragraphIndex: paragraph,
                     cursor: state.reader.cursor, theme: theme, geometry: geometry, y: geometry.body.y + i, into: &grid)
        }
    }

    /// `2024-02-29 · source · id`, leaving out what is unknown.
    static func metaLine(_ article: Article) -> String {
        let source = article.source ?? article.location.split(separator: "/").last.map(String.init) ?? article.location
        return [article.date?.iso8601, source, article.id.rawValue].compactMap { $0 }.filter { !$0.isEmpty }
            .joined(separator: " · ")
    }

    static func drawLine(_ line: WrappedLine, paragraph: Paragraph, paragraphIndex: Int, cursor: SentenceIndex?,
                         theme: Theme, geometry: ReaderGeometry, y: Int, into grid: inout Grid) {
        let cursorTag = cursor?.paragraph == paragraphIndex ? cursor?.sentence : nil
        if let cursorTag, line.contains(tag: cursorTag) {
            grid.put(cursorMark, x: geometry.body.x, y: y, style: theme.style(for: .cursorMark))
        }
        // Runs of glyphs with one style, drawn with one `put` each.
        var x = geometry.textX
        var run = ""
        var runStyle = Style.plain
        for glyph in line.glyphs {
            let style = glyphStyle(glyph, paragraph: paragraph, cursorTag: cursorTag, theme: theme)
            if style != runStyle && !run.isEmpty {
                x = grid.put(run, x: x, y: y, style: runStyle, maxX: geometry.body.maxX)
                run = ""
            }
            runStyle = style
            run.append(glyph.character)
        }
        if !run.isEmpty { grid.put(run, x: x, y: y, style: runStyle, maxX: geometry.body.maxX) }
    }

    static func glyphStyle(_ glyph: Glyph, paragraph: Paragraph, cursorTag: Int?, theme: Theme) -> Style {
        guard glyph.tag >= 0, glyph.tag < paragraph.sentences.count else { return theme.style(for: .text) }
        var style: Style
        switch paragraph.sentences[glyph.tag].style {
        case .text: style = theme.style(for: .text)
        case .teaser: style = theme.style(for: .teaser)
        case .heading: style = theme.style(for: .heading)
        }
        if glyph.tag == cursorTag { style = style.patched(with: theme.style(for: .cursorSentence)) }
        return style
    }

    static func drawMessage(_ message: String, in rect: Rect, style: Style, into grid: inout Grid) {
        for (i, line) in Wrapper.wrap(message, width: max(1, rect.width - 2)).prefix(rect.height).enumerated() {
            grid.put(line, x: rect.x + 1, y: rect.y + i, style: style, maxX: rect.maxX)
        }
    }
}
