import KiosqueCore

/// The side panel: the open article's outline (headings, first words of each paragraph, the
/// cursor's paragraph marked `▸`) and its details (id, date, source, location, url, counts, notes).
enum SidePanelView {
    /// One row of the panel's content.
    struct Row: Hashable {
        var text: String
        var role: Role
        /// True for the outline entry of the cursor's paragraph.
        var isCurrent = false
    }

    static let firstWords = 6

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let theme = state.theme
        PanelBorder.draw(rect, title: state.strings[.panelSide], focused: state.focus == .side, theme: theme, into: &grid)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        let rows = self.rows(state, width: inner.width)
        var top = max(0, min(state.side.scroll, rows.count - inner.height))
        if state.focus != .side, let current = rows.firstIndex(where: \.isCurrent) {
            if current < top { top = current }
            if current >= top + inner.height { top = current - inner.height + 1 }
        }
        for (i, row) in rows.dropFirst(top).prefix(inner.height).enumerated() {
            let style = theme.style(for: row.role)
            if row.isCurrent {
                grid.fill(Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1), with: Cell(" ", style: style))
            }
            grid.put(row.text, x: inner.x, y: inner.y + i, style: style, maxX: inner.maxX)
        }
    }

    /// Every row of the panel for a content width.
    static func rows(_ state: AppState, width: Int) -> [Row] {
        guard let article = state.openArticle else { return [] }
        let strings = state.strings
        var rows = [Row(text: strings[.sideOutline], role: .sectionTitle)]
        for index in article.shownParagraphIndices {
            let paragraph = article.paragraphs[index]
            let isCurrent = state.reader.cursor?.paragraph == index
            let isHeading = paragraph.sentences.first?.style == .heading
            let text = isHeading ? (paragraph.sentences.first?.text ?? "") : firstWords(of: paragraph)
            rows.append(Row(text: Truncation.truncate((isCurrent ? "▸ " : "  ") + text, width: width),
                            role: isCurrent ? .outlineCurrent : (isHeading ? .outlineHeading : .text),
                            isCurrent: isCurrent))
        }
        rows.append(Row(text: "", role: .text))
        rows.append(Row(text: strings[.sideDetails], role: .sectionTitle))
        let sentences = article.paragraphs.filter { $0.role.isShown }.reduce(0) { $0 + $1.sentences.count }
        var details: [(StringKey, String?)] = [
            (.detailID, article.id.rawValue), (.detailDate, article.date?.iso8601), (.detailSource, article.source),
            (.detailLocation, article.location), (.detailURL, article.url), (.detailWords, String(article.wordCount)),
            (.detailStructure, strings.format(.detailStructure, ["paragraphs": String(article.shownParagraphIndices.count),
                                                                 "sentences": String(sentences)])),
        ]
        details += article.notes.map { (.detailNotes, $0) }
        for (key, value) in details {
            guard let value, !value.isEmpty else { continue }
            let line = key == .detailStructure ? value : "\(strings[key]) \(value)"
            for (i, part) in Wrapper.wrap(line, width: max(1, width - 2)).enumerated() {
                rows.append(Row(text: (i == 0 ? "" : "  ") + part, role: i == 0 ? .detailLabel : .text))
            }
        }
        return rows
    }

    /// The first words of a paragraph, with `…` when there are more.
    static func firstWords(of paragraph: Paragraph) -> String {
        var words: [Substring] = []
        for sentence in paragraph.sentences {
            words += sentence.text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            if words.count > firstWords { break }
        }
        let shown = words.prefix(firstWords).joined(separator: " ")
        return words.count > firstWords ? shown + "…" : shown
    }
}
