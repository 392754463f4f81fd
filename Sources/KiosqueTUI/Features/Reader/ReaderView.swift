import KiosqueCore

/// The open article: title (bold), `date · source · id`, then the body wrapped to the panel,
/// a blank row between paragraphs, teasers dimmed, headings bold, the cursor sentence
/// underlined with `▌` in the left margin, and `┃` in the sector's colour in the next column on
/// the lines of passages of the active sectors. The selection (`v`, `V`) is in reverse video;
/// bookmarked passages are marked in the right margin, `◆` on their first row and `◇` on the
/// others (in reverse on the cursor sentence's rows, so the cursor inside a bookmark shows).
/// The active search's matches are highlighted in the title and the text (`SearchPaint`).
enum ReaderView {
    static let cursorMark = "▌"
    static let passageMark = "┃"
    static let bookmarkStart = "◆"
    static let bookmarkMore = "◇"

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let theme = state.theme
        PanelBorder.draw(rect, title: state.strings[.panelReader], focused: state.focus == .reader, theme: theme, into: &grid)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        guard let open = state.open else {
            let message = !state.catalogue.isEmpty ? state.strings[.readerNothingOpen]
                : state.strings[state.index.running ? .readerIndexing : .readerEmpty]
            drawMessage(message, in: inner, style: theme.style(for: .notice), into: &grid)
            return
        }
        let article = open.article
        let context = ReaderContext(open, panel: rect)
        let geometry = context.geometry
        let paint = EntityPaint(state: state)
        let search = SearchPaint(state: state)
        var y = geometry.header.y
        drawTitle(article, geometry: geometry, paint: paint, search: search, x: inner.x + 1, maxX: inner.maxX, into: &grid)
        y += geometry.titleLines.count
        grid.put(Truncation.truncate(metaLine(article), width: inner.width - 2), x: inner.x + 1, y: y,
                 style: theme.style(for: .articleMeta), maxX: inner.maxX)
        if context.layout.isEmpty {
            drawMessage(state.strings[.readerNoText], in: geometry.body, style: theme.style(for: .notice), into: &grid)
            return
        }
        let top = context.top(state.reader.topOffset)
        let rows = context.layout.rows(from: top, count: geometry.body.height)
        let passages = App.openSectors(state)
        let active = SectorMask.of(App.activeSectors(state))
        let sectors = state.sectors.sectors
        let bookmarked = state.reader.article.map { state.bookmarks.ranges(inArticle: $0).map(\.range) } ?? []
        let selection = App.selectedSentences(state)
        for (i, row) in rows.enumerated() {
            guard case .text(let line, let paragraph) = row else { continue }
            let y = geometry.body.y + i
            drawLine(line, paragraph: article.paragraphs[paragraph], paragraphIndex: paragraph,
                     cursor: state.reader.cursor, selected: selectedOffsets(selection, paragraph: paragraph, in: article),
                     paint: paint, search: search, geometry: geometry, y: y, into: &grid)
            if let mark = bookmarkMark(of: line, ranges: bookmarked) {
                let onCursor = state.reader.cursor.map { $0.paragraph == paragraph && line.contains(tag: $0.sentence) } ?? false
                var style = theme.style(for: .bookmarkMark)
                if onCursor { style = style.patched(with: Style(attributes: .reverse)) }
                grid.put(mark, x: geometry.body.maxX - 1, y: y, style: style)
            }
            if let passages, active != 0,
               let sector = passageSector(of: line, paragraph: paragraph, passages: passages, active: active),
               sectors.indices.contains(sector) {
                grid.put(passageMark, x: geometry.body.x + 1, y: y,
                         style: SectorPaint.style(.sectorPassage, sector: sectors[sector], theme: theme))
            }
        }
    }

    /// The right margin mark of a line: `◆` where a bookmarked passage starts on it, `◇` where
    /// one goes on over it, nil elsewhere.
    static func bookmarkMark(of line: WrappedLine, ranges: [TextRange]) -> String? {
        var mark: String?
        for range in ranges where range.start < max(line.end, line.start + 1) && line.start < range.end {
            if range.start >= line.start { return bookmarkStart }
            mark = bookmarkMore
        }
        return mark
    }

    /// The source offsets of a paragraph's selected sentences (from the first one's start to
    /// the last one's end), nil when none of them is selected.
    static func selectedOffsets(_ selection: (first: SentenceIndex, last: SentenceIndex)?, paragraph: Int,
                                in article: Article) -> Range<Int>? {
        guard let selection, selection.first.paragraph <= paragraph, paragraph <= selection.last.paragraph else { return nil }
        let sentences = article.paragraphs[paragraph].sentences
        guard !sentences.isEmpty else { return nil }
        let first = selection.first.paragraph == paragraph ? selection.first.sentence : 0
        let last = selection.last.paragraph == paragraph ? selection.last.sentence : sentences.count - 1
        guard sentences.indices.contains(first), sentences.indices.contains(last), first <= last else { return nil }
        return sentences[first].range.start..<sentences[last].range.end
    }

    /// The first active sector (taxonomy order) of the marked sentences on a line, if any.
    static func passageSector(of line: WrappedLine, paragraph: Int, passages: OpenArticleSectors, active: UInt64) -> Int? {
        var mask: UInt64 = 0
        var last = -1
        for glyph in line.glyphs where glyph.tag >= 0 && glyph.tag != last {
            last = glyph.tag
            mask |= passages.mask(of: SentenceIndex(paragraph: paragraph, sentence: glyph.tag))
        }
        return SectorMask.first(mask & active)
    }

    /// `2024-02-29 · source · id` for a JSONL article, `2024-02-29 · file.txt` for a file (whose
    /// name already is the id), leaving out what is unknown; a known time follows the day
    /// (`2024-03-15 08:00`, the user's clock).
    static func metaLine(_ article: Article) -> String {
        let parts: [String?]
        if let source = article.source {
            parts = [article.date?.compact(), source, article.id.rawValue]
        } else {
            parts = [article.date?.compact(), article.location.split(separator: "/").last.map(String.init) ?? article.location]
        }
        return parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    static func drawLine(_ line: WrappedLine, paragraph: Paragraph, paragraphIndex: Int, cursor: SentenceIndex?,
                         selected: Range<Int>? = nil, paint: EntityPaint, search: SearchPaint, geometry: ReaderGeometry, y: Int,
                         into grid: inout Grid) {
        let selectedStyle = paint.theme.style(for: .passageSelected)
        let theme = paint.theme
        let styles = SentenceStyles(theme)
        let mentions = paint.mentions(from: line.start, to: line.end)
        var mention = mentions.startIndex
        let matches = search.textRanges(from: line.start, to: max(line.end, line.start + 1))
        var match = matches.startIndex
        let cursorTag = cursor?.paragraph == paragraphIndex ? cursor?.sentence : nil
        if let cursorTag, line.contains(tag: cursorTag) {
            grid.put(cursorMark, x: geometry.body.x, y: y, style: theme.style(for: .cursorMark))
        }
        // Runs of glyphs with one style, drawn with one `put` each.
        var x = geometry.textX
        var run = ""
        var runStyle = Style.plain
        for glyph in line.glyphs {
            var style: Style
            if !mentions.isEmpty, let entity = paint.mention(at: glyph.offset, in: mentions, cursor: &mention) {
                // In monochrome the cursor sentence's underline would hide the types' attributes
                // (an organisation would look like a person): mentions keep their own, and the
                // `▌` margin still shows the cursor sentence.
                let tag = theme.colors == .monochrome ? nil : cursorTag
                style = paint.style(of: entity, base: glyphStyle(glyph, paragraph: paragraph, cursorTag: tag, styles: styles))
            } else {
                style = glyphStyle(glyph, paragraph: paragraph, cursorTag: cursorTag, styles: styles)
            }
            if !matches.isEmpty, let range = SearchPaint.range(at: glyph.offset, in: matches, cursor: &match) {
                style = search.style(text: range, over: style)
            }
            if let selected, selected.contains(glyph.offset) { style = style.patched(with: selectedStyle) }
            if style != runStyle && !run.isEmpty {
                x = grid.put(run, x: x, y: y, style: runStyle, maxX: geometry.body.maxX)
                run = ""
            }
            runStyle = style
            run.append(glyph.character)
        }
        if !run.isEmpty { grid.put(run, x: x, y: y, style: runStyle, maxX: geometry.body.maxX) }
    }

    /// The theme's styles of sentences, looked up once a line rather than once a glyph.
    struct SentenceStyles {
        let text, teaser, heading, cursor: Style
        init(_ theme: Theme) {
            text = theme.style(for: .text)
            teaser = theme.style(for: .teaser)
            heading = theme.style(for: .heading)
            cursor = theme.style(for: .cursorSentence)
        }
    }

    static func glyphStyle(_ glyph: Glyph, paragraph: Paragraph, cursorTag: Int?, styles: SentenceStyles) -> Style {
        guard glyph.tag >= 0, glyph.tag < paragraph.sentences.count else { return styles.text }
        var style: Style
        switch paragraph.sentences[glyph.tag].style {
        case .text: style = styles.text
        case .teaser: style = styles.teaser
        case .heading: style = styles.heading
        }
        if glyph.tag == cursorTag { style = style.patched(with: styles.cursor) }
        return style
    }

    /// The title rows, entity mentions styled where the title's characters can be traced back
    /// to the source text (`Article.titleSourceOffset`), search matches (ranges of the title)
    /// over them.
    static func drawTitle(_ article: Article, geometry: ReaderGeometry, paint: EntityPaint, search: SearchPaint,
                          x: Int, maxX: Int, into grid: inout Grid) {
        let base = paint.theme.style(for: .articleTitle)
        let source = paint.entities.isEmpty ? nil : article.titleSourceOffset
        guard source != nil || !search.title.isEmpty else {
            for (i, line) in geometry.titleLines.enumerated() { grid.put(line, x: x, y: geometry.header.y + i, style: base, maxX: maxX) }
            return
        }
        // The same wrapping as `ReaderGeometry`, with offsets into the title; the title's k-th
        // scalar is at `source.start + k` in the text for k < `source.length`.
        let wrapped = Wrapper.wrap(Glyph.glyphs(of: article.title), width: max(1, maxX - x - 1))
        for (i, text) in geometry.titleLines.enumerated() {
            let lineGlyphs = wrapped.indices.contains(i) ? wrapped[i].glyphs : []
            let first = lineGlyphs.first?.offset ?? 0
            let end = lineGlyphs.last.map { $0.offset + 1 } ?? 0
            let mentions = source.map { paint.mentions(from: $0.start + first, to: $0.start + end) } ?? []
            var mention = mentions.startIndex
            let matches = SearchPaint.slice(search.title, from: first, to: end)
            var match = matches.startIndex
            var column = x
            for (j, ch) in text.enumerated() {
                var style = base
                if j < lineGlyphs.count, lineGlyphs[j].character == ch {
                    let k = lineGlyphs[j].offset
                    if let source, k < source.length {
                        style = paint.style(at: source.start + k, base: base, mentions: mentions, cursor: &mention)
                    }
                    if let range = SearchPaint.range(at: k, in: matches, cursor: &match) { style = search.style(title: range, over: style) }
                }
                column = grid.put(String(ch), x: column, y: geometry.header.y + i, style: style, maxX: maxX)
            }
        }
    }

    static func drawMessage(_ message: String, in rect: Rect, style: Style, into grid: inout Grid) {
        for (i, line) in Wrapper.wrap(message, width: max(1, rect.width - 2)).prefix(rect.height).enumerated() {
            grid.put(line, x: rect.x + 1, y: rect.y + i, style: style, maxX: rect.maxX)
        }
    }
}
