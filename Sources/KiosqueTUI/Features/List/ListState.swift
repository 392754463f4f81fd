import KiosqueCore

/// The article list: which row is selected, which row is at the top, the filter and how sector
/// filters match and order.
public struct ListState: Hashable, Sendable {
    public var selected: Int = 0
    /// Index of the first row shown.
    public var scroll: Int = 0
    /// The filter (entity, sectors), nil when the list shows every article; `selected` and
    /// `scroll` then count rows of the filtered list.
    public var filter: ListFilter?
    /// Several sectors: articles about any of them (the default) or all of them. Kept when the
    /// filter is cleared, as a preference.
    public var sectorMatch: SectorMatch = .any
    /// The list's order (`s` cycles it): newest first (the default), oldest, by outlet, file
    /// order, and under a sector filter by relevance. Kept when the filter is cleared
    /// (`relevance` then means newest first).
    public var order: ListOrder = defaultOrder
    /// Newest first: without dates, corpus order.
    public static let defaultOrder = ListOrder.newest
    /// The unread articles among the rows, for the header; nil until the reading state is known.
    public var unread: Int?
    /// The order and sector filter last kept (`Effect.saveListView`), or brought back at start.
    public var keptView: ListView? = ListView(order: ListState.defaultOrder, sectors: [], match: .any)

    /// Today as days from 1970-01-01 (`DatePeriod.today()`), for a relative period (`p`: `7`);
    /// set at start by the launcher, nil in a state made without it.
    public var today: Int?
    /// The filter `0`/Esc cleared last, which `U` brings back; nil once another filter is set.
    public var cleared: ClearedFilter?

    public init(selected: Int = 0, scroll: Int = 0) {
        self.selected = selected
        self.scroll = scroll
    }

    /// The scroll position that keeps the selection visible in `height` rows, moving as little
    /// as possible from `scroll`.
    public func visibleScroll(height: Int, count: Int) -> Int {
        guard height > 0 else { return 0 }
        var top = scroll
        if selected < top { top = selected }
        if selected >= top + height { top = selected - height + 1 }
        return max(0, min(top, max(0, count - height)))
    }
}

/// A filter cleared by `0`/Esc, with the entity then highlighted, for `U`.
public struct ClearedFilter: Hashable, Sendable {
    public var filter: ListFilter
    public var highlighted: EntityKey?
}
