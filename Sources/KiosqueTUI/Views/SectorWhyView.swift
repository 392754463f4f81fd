import KiosqueCore

/// The "why" view (`w`): why the open article, the paragraph under the cursor and its sentence
/// are in their sectors: for each sector, its level, score and the terms found (most frequent
/// first). The sectors the article is about are listed, and the active ones even when absent, so
/// the user also sees why an article is not in a sector. An overlay in the middle of the screen,
/// scrolled with `j`/`k`; `}` / `{` move to the next passage and the view follows.
///
/// ```
/// Article
///   énergie (ENE)  central · score 24
///     électricité ×4, prix du gaz ×2
/// Paragraph under the cursor
///   énergie (ENE)  mentioned · score 6
///     électricité ×2
/// ```
enum SectorWhyView {
    struct Row: Hashable {
        var text: String
        var role: Role
        /// The sector whose colour the row's first `colored` columns take, if any.
        var sector: Int?
        var colored = 0
    }

    static let maximumWidth = 76

    static func frame(_ state: AppState) -> CenteredBox { CenteredBox(screen: state.size, maximumWidth: maximumWidth) }

    static func boxWidth(_ state: AppState) -> Int { frame(state).width }

    /// Every row of the view before scrolling, terms wrapped to the box.
    static func rows(_ state: AppState) -> [Row] {
        let strings = state.strings
        guard state.openArticle != nil else { return [Row(text: strings[.whyNoArticle], role: .notice)] }
        guard let open = App.openSectors(state), let classifier = state.sectors.classifier else {
            let text = state.sectors.failure.map { strings.format(.sectorUnavailable, ["reason": $0]) } ?? strings[.whyPending]
            return [Row(text: text, role: .notice)]
        }
        let width = max(10, boxWidth(state) - 4)
        let active = Set(App.activeSectors(state))
        let sectors = open.analysis.sectors
        var rows: [Row] = []
        func section(_ title: StringKey, _ findings: [SectorFinding], showLevel: Bool) {
            rows.append(Row(text: strings[title], role: .sectionTitle))
            let shown = findings.indices.filter { s in
                findings[s].level != .absent || (active.contains(s) && (showLevel || findings[s].score > 0))
                    || (!showLevel && findings[s].score > 0)
            }
            if shown.isEmpty { rows.append(Row(text: "  " + strings[.whyNone], role: .teaser)) }
            for s in shown where sectors.indices.contains(s) {
                let finding = findings[s]
                let label = "\(sectors[s].name) (\(sectors[s].key))"
                var facts: [String] = []
                if showLevel {
                    facts.append(strings[finding.level == .central ? .sectorCentral
                                         : finding.level == .mentioned ? .sectorMentioned : .sectorAbsent])
                }
                facts.append(strings.format(.sectorScore, ["score": finding.scoreText]))
                rows.append(Row(text: "  \(label)  \(facts.joined(separator: " · "))", role: .text, sector: s,
                                colored: 2 + DisplayWidth.of(label)))
                for line in Wrapper.wrap(finding.termSummary, width: width - 4) where !line.isEmpty {
                    rows.append(Row(text: "    " + line, role: .text))
                }
            }
        }
        section(.whyArticle, open.analysis.article, showLevel: true)
        if let cursor = state.reader.cursor, let paragraph = open.paragraph(cursor.paragraph) {
            rows.append(Row(text: "", role: .text))
            section(.whyParagraph, paragraph, showLevel: true)
            if let article = state.openArticle, let sentence = article.sentence(at: cursor) {
                rows.append(Row(text: "", role: .text))
                section(.whySentence, classifier.classify(paragraph: sentence.text), showLevel: false)
            }
        }
        return rows
    }

    /// The box on screen for a number of rows.
    static func box(_ state: AppState, rowCount: Int) -> Rect { frame(state).rect(rowCount: rowCount) }

    /// Rows visible at once and the largest scroll.
    static func metrics(_ state: AppState) -> (viewport: Int, maxScroll: Int) { frame(state).metrics(rowCount: rows(state).count) }

    static func overlay(_ state: AppState) -> Overlay? {
        guard let why = state.why, state.help == nil, state.layout.mode != .tooSmall else { return nil }
        let theme = state.theme
        let rows = self.rows(state)
        let box = self.box(state, rowCount: rows.count)
        var grid = Grid(width: box.width, height: box.height)
        PanelBorder.draw(grid.bounds, title: state.strings[.whyTitle], focused: true, theme: theme, into: &grid)
        let footer = state.strings.format(.whyFooter, ["close": SectorPickerView.firstKey(.back, state),
                                                       "next": SectorPickerView.firstKey(.nextSectorPassage, state)])
        PanelBorder.drawFooter(grid.bounds, text: footer, style: theme.style(for: .helpTitle), into: &grid)
        let inner = grid.bounds.inset(by: 1)
        let scroll = max(0, min(why.scroll, rows.count - inner.height))
        let sectors = state.sectors.sectors
        for (i, row) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
            let y = inner.y + i
            let text = Truncation.truncate(row.text, width: inner.width - 1)
            let x = grid.put(text, x: inner.x + 1, y: y, style: theme.style(for: row.role), maxX: inner.maxX)
            _ = x
            if let s = row.sector, sectors.indices.contains(s), row.colored > 0 {
                grid.restyle(Rect(x: inner.x + 1, y: y, width: min(row.colored, inner.width - 1), height: 1)) { _ in
                    SectorPaint.style(.sectorCentral, sector: sectors[s], theme: theme)
                }
            }
        }
        if scroll + inner.height < rows.count {
            grid.put("↓", x: inner.maxX - 1, y: inner.maxY - 1, style: theme.style(for: .helpKey))
        }
        if scroll > 0 { grid.put("↑", x: inner.maxX - 1, y: inner.y, style: theme.style(for: .helpKey)) }
        return Overlay(origin: Position(x: box.x, y: box.y), grid: grid)
    }
}
