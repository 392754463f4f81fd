import KiosqueCore

/// The side panel's outline and details for a width, built lazily: shared by `SidePanelView`,
/// which draws them, and `update`, which scrolls them.
enum SidePanelLayout {
    /// One row of the panel's content.
    struct Row: Hashable {
        var text: String
        var role: Role
        /// True for the outline entry of the cursor's paragraph.
        var isCurrent = false
    }

    static let firstWords = 6

    /// What the panel shows, with the outline left unbuilt: only visible entries get their text.
    struct Content {
        /// Shown paragraphs (indices into `Article.paragraphs`), one outline entry each.
        var outline: [Int]
        var details: [Row]
        /// Row of the cursor's paragraph in the outline.
        var currentRow: Int?
        /// Title row, outline, blank row, details title, details.
        var rowCount: Int { outline.isEmpty && details.isEmpty ? 0 : outline.count + 3 + details.count }
    }

    /// The panel's content for a content width, cheap whatever the article's length.
    static func content(_ state: AppState, width: Int) -> Content {
        guard let article = state.openArticle else { return Content(outline: [], details: [], currentRow: nil) }
        let strings = state.strings
        let outline = article.shownParagraphIndices
        let make = { () -> [Row] in
            let stats = state.reader.stats ?? ArticleStats(article)
            var details: [(StringKey, String?)] = [
                (.detailID, article.id.rawValue), (.detailDate, strings.articleDate(article)), (.detailSource, article.source),
                (.detailAuthor, article.author), (.detailLocation, article.location), (.detailURL, article.url), (.detailWords, strings.number(stats.words)),
                (.detailStructure, strings.format(.detailStructure, [
                    "paragraphs": strings.plural(stats.paragraphs, one: .detailParagraphsOne, many: .detailParagraphsMany),
                    "sentences": strings.plural(stats.sentences, one: .detailSentencesOne, many: .detailSentencesMany)])),
            ]
            details += article.notes.map { (.detailNotes, strings.loadReason($0)) }
            var rows: [Row] = []
            for (key, value) in details {
                guard let value, !value.isEmpty else { continue }
                let line = key == .detailStructure ? value : "\(strings[key]) \(value)"
                for (i, part) in Wrapper.wrap(line, width: max(1, width - 2)).enumerated() {
                    rows.append(Row(text: (i == 0 ? "" : "  ") + part, role: i == 0 ? .detailLabel : .text))
                }
            }
            return rows
        }
        let rows: [Row]
        if let open = state.open, open.id == article.id {
            let key = DetailRowsMemo.Key(text: open.textHash, width: width, language: state.display.language, date: article.date,
                                         source: article.source, author: article.author, location: article.location,
                                         url: article.url, notes: article.notes)
            rows = open.detailRows.rows(for: key, make: make)
        } else {
            rows = make()
        }
        let current = state.reader.cursor.flatMap { cursor in outline.firstIndex(of: cursor.paragraph) }.map { $0 + 1 }
        return Content(outline: outline, details: rows, currentRow: current)
    }

    /// Row `index` of the content.
    static func row(_ index: Int, of content: Content, article: Article, state: AppState, width: Int) -> Row {
        let strings = state.strings
        let outlineCount = content.outline.count
        if index == 0 { return Row(text: strings[.sideOutline], role: .sectionTitle) }
        if index <= outlineCount {
            let paragraphIndex = content.outline[index - 1]
            let paragraph = article.paragraphs[paragraphIndex]
            let isCurrent = index == content.currentRow
            let isHeading = paragraph.sentences.first?.style == .heading
            let text = isHeading ? (paragraph.sentences.first?.text ?? "") : firstWords(of: paragraph)
            return Row(text: Truncation.truncate((isCurrent ? "▸ " : "  ") + text, width: width),
                       role: isCurrent ? .outlineCurrent : (isHeading ? .outlineHeading : .text), isCurrent: isCurrent)
        }
        if index == outlineCount + 2 { return Row(text: strings[.sideDetails], role: .sectionTitle) }
        let detail = index - outlineCount - 3
        return content.details.indices.contains(detail) ? content.details[detail] : Row(text: "", role: .text)
    }

    /// Every row of the panel (tests and small articles).
    static func rows(_ state: AppState, width: Int) -> [Row] {
        guard let article = state.openArticle else { return [] }
        let content = self.content(state, width: width)
        return (0..<content.rowCount).map { row($0, of: content, article: article, state: state, width: width) }
    }

    /// The first words of a paragraph, with `…` when there are more (reads no further).
    static func firstWords(of paragraph: Paragraph) -> String {
        var out = ""
        var words = 0
        var inWord = false
        for sentence in paragraph.sentences {
            if !out.isEmpty { inWord = false }
            for ch in sentence.text {
                let isSpace = ch == " " || ch == "\n"
                if isSpace {
                    inWord = false
                    continue
                }
                if !inWord {
                    if words == firstWords { return out + "…" }
                    if words > 0 { out.append(" ") }
                    words += 1
                    inWord = true
                }
                out.append(ch)
            }
        }
        return out
    }
}
