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
    static func overlay(_ state: AppState) -> Overlay? {
        guard let why = state.why, state.help == nil, state.layout.mode != .tooSmall else { return nil }
        let theme = state.theme
        let rows = WhyLayout.rows(state)
        let box = WhyLayout.box(state, rowCount: rows.count)
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
