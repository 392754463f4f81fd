import KiosqueCore

/// The "why" view's rows and box for the screen size: shared by `SectorWhyView`, which draws
/// them, and `update`, which scrolls them.
enum WhyLayout {
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
        /// `passage`: a paragraph's level is whether it is a passage of the sector (the margin's
        /// ┃), never "central" or "mentioned", which are the article's levels.
        func section(_ title: StringKey, _ findings: [SectorFinding], showLevel: Bool, passage: Bool = false) {
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
                if showLevel, passage {
                    facts.append(strings[finding.level == .absent ? .whyNotPassage : .whyPassage])
                } else if showLevel {
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
            section(.whyParagraph, paragraph, showLevel: true, passage: true)
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
}
