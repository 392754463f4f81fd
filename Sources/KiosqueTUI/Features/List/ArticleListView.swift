import KiosqueCore

/// The list of articles: `• 2024-02-29 Le Monde  Title…  DEF ene`, the selection in reverse, the open
/// article marked with `•`, unread articles with `*` and a bold title (once the reading state is
/// known), the outlet after the date (`ArticleOutlet`, a column as wide as the rows shown need, at
/// most 16 and 30 % of the room), the sectors of each article at the right end (`SectorMarks`);
/// with a filter, only the articles it keeps.
enum ArticleListView {
    static let dateWidth = 10

    /// `Articles (12)`, or with a filter `Articles (3/12) · Sergueï Lavrov · énergie or défense`
    /// (then `· by relevance` when so ordered, `· /electricite` for a search, and `(partial)`
    /// while the index is incomplete: an update runs, the entity index is not in yet, or the
    /// search's answer is for an older catalogue). Once the reading state is known, the unread
    /// rows are counted: `Articles (2 unread / 12)`, after a filter's words (`· 2 unread`, so that
    /// a narrow panel cuts the count, not the filter); an order other than newest first is named
    /// last (`· oldest first`).
    static func title(_ state: AppState) -> String {
        let strings = state.strings
        let name = strings[.panelList]
        guard !state.catalogue.isEmpty else { return name }
        let total = strings.number(state.catalogue.count)
        let unread = state.list.unread.map { strings.format($0 <= 1 ? .listUnreadOne : .listUnread, ["count": strings.number($0)]) }
        let order = App.effectiveOrder(state)
        let orderName = order == ListState.defaultOrder || order == .relevance ? "" : " · " + orderName(order, state)
        guard let filter = state.list.filter else { return "\(name) (\(unread.map { $0 + " / " } ?? "")\(total))\(orderName)" }
        return "\(name) (\(strings.number(filter.rows.count))/\(total)) · \(describe(filter, state))\(unread.map { " · " + $0 } ?? "")\(orderName)"
    }

    /// The order in words: `newest first`, `by outlet`, `by relevance`.
    static func orderName(_ order: ListOrder, _ state: AppState) -> String {
        switch order {
        case .newest: return state.strings[.listOrderNewest]
        case .oldest: return state.strings[.listOrderOldest]
        case .outlet: return state.strings[.listOrderOutlet]
        case .corpus: return state.strings[.listOrderCorpus]
        case .relevance: return state.strings[.listByRelevance]
        }
    }

    /// The filter's criteria in words: `Sergueï Lavrov · énergie or défense · by relevance (partial)`.
    static func describe(_ filter: ListFilter, _ state: AppState, partial showPartial: Bool = true) -> String {
        var parts: [String] = []
        if let entity = filter.entity { parts.append(entity.name) }
        if !filter.sectors.isEmpty {
            let word = state.strings[state.list.sectorMatch == .any ? .listSectorsAny : .listSectorsAll]
            parts.append(filter.sectors.joined(separator: " \(word) "))
            if state.list.order == .relevance { parts.append(state.strings[.listByRelevance]) }
        }
        if let outlet = filter.outlet { parts.append(SafeText.sanitize(outlet)) }
        if let period = filter.period { parts.append(describe(period, state)) }
        if let search = filter.search {
            parts.append("/" + search.text + (search.failure == nil ? "" : " (\(state.strings[.listSearchFailed]))"))
        }
        let partial = filter.isPartial && showPartial ? " (\(state.strings[.listFilterPartial]))" : ""
        return parts.joined(separator: " · ") + partial
    }

    /// A period in words, saying that undated articles are left out: `last 7 days (dated only)`,
    /// `2019-01-01 – 2019-02-15 (dated only)`.
    static func describe(_ period: DatePeriod, _ state: AppState) -> String {
        let strings = state.strings
        switch period {
        case .lastDays(1): return strings[.periodToday]
        case .lastDays(let days): return strings.format(.periodLastDays, ["count": strings.number(days)])
        case .range(let from?, let to?) where from == to: return strings.format(.periodDay, ["day": from.iso8601])
        case .range(let from?, let to?): return strings.format(.periodRange, ["from": from.iso8601, "to": to.iso8601])
        case .range(let from?, nil): return strings.format(.periodSince, ["from": from.iso8601])
        case .range(nil, let to?): return strings.format(.periodUntil, ["to": to.iso8601])
        case .range(nil, nil): return strings[.periodAny]
        }
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        let theme = state.theme
        let focused = state.focus == .list
        let title = self.title(state)
        PanelBorder.draw(rect, title: title, focused: focused, theme: theme, into: &grid)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        if state.catalogue.isEmpty {
            let message = state.strings[state.index.running ? .listIndexing : .listEmpty]
            grid.put(Truncation.truncate(message, width: inner.width - 2), x: inner.x + 1, y: inner.y,
                     style: theme.style(for: .notice), maxX: inner.maxX)
            return
        }
        let sectors = state.sectors.sectors
        let active = Set(App.activeSectors(state))
        let top = state.list.visibleScroll(height: inner.height, count: state.listCount)
        let openID = state.reader.article
        let shown = (0..<inner.height).compactMap { state.article(atRow: top + $0) }
        // Rows share their outlets (a feed's articles): each name is cleaned and measured once.
        var seen: [String: (text: String, width: Int)] = [:]
        let named = shown.map { position -> (text: String, width: Int)? in
            guard let raw = ArticleOutlet.name(at: position, in: state.catalogue) else { return nil }
            if let known = seen[raw] { return known }
            let text = SafeText.sanitize(raw)
            let made = (text: text, width: DisplayWidth.of(text))
            seen[raw] = made
            return made
        }
        let outlets = named.map { $0?.text }
        let widest = named.map { $0?.width ?? 0 }.max() ?? 0
        let outletWidth = ArticleOutlet.columnWidth(widest: widest, room: inner.width - 2 - dateWidth - 1)
        for row in 0..<inner.height {
            guard let index = state.article(atRow: top + row) else { break }
            let catalogue = state.catalogue
            let y = inner.y + row
            let selected = top + row == state.list.selected
            let rowStyle = selected ? theme.style(for: focused ? .selection : .selectionInactive) : .plain
            if selected { grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: rowStyle)) }
            let isOpen = catalogue.ids[index] == openID
            let unread = state.reading.loaded && state.reading.isUnread(state.key(at: index))
            let mark = isOpen ? "• " : unread ? "* " : "  "
            let markStyle = theme.style(for: isOpen ? .openMark : .unreadMark)
            var x = grid.put(mark, x: inner.x, y: y, style: selected ? rowStyle : markStyle, maxX: inner.maxX)
            let date = Truncation.pad(catalogue.date(at: index)?.shortDay() ?? "", width: dateWidth)
            x = grid.put(date + " ", x: x, y: y, style: selected ? rowStyle : theme.style(for: .listDate), maxX: inner.maxX)
            if outletWidth > 0 {
                let outlet = Truncation.pad(outlets[row] ?? "", width: outletWidth)
                x = grid.put(outlet + " ", x: x, y: y, style: selected ? rowStyle : theme.style(for: .listDate), maxX: inner.maxX)
            }
            // The title is cut, never the marks; marks go when the row is too narrow for both.
            let (marks, dropped) = SectorMarks.fit(SectorMarks.marks(state.sectors.result(ofArticle: index, in: catalogue), sectors: sectors, active: active),
                                                   room: inner.maxX - x)
            let more = dropped > 0 ? " +\(dropped)" : ""
            let marksWidth = SectorMarks.width(marks) + DisplayWidth.of(more)
            let titleStyle = theme.style(for: unread ? .listUnread : .text)
            grid.put(Truncation.truncate(catalogue.titles[index], width: inner.maxX - x - marksWidth), x: x, y: y,
                     style: selected ? rowStyle.patched(with: titleStyle) : titleStyle, maxX: inner.maxX)
            var markX = inner.maxX - marksWidth
            for mark in marks {
                let role: Role = mark.central ? .sectorCentral : .sectorMentioned
                let style = SectorPaint.style(role, sector: sectors[mark.sector], theme: theme)
                markX = grid.put(" ", x: markX, y: y, style: rowStyle, maxX: inner.maxX)
                markX = grid.put(mark.text, x: markX, y: y, style: selected ? rowStyle.patched(with: style) : style, maxX: inner.maxX)
            }
            if !more.isEmpty {
                grid.put(more, x: markX, y: y, style: selected ? rowStyle : theme.style(for: .sectorMentioned), maxX: inner.maxX)
            }
        }
    }
}
