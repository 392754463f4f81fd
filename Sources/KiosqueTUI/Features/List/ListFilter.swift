import KiosqueCore

/// The article list narrowed by criteria that all apply at once: one entity (`f`), some sectors
/// (`1`/`2`/`3`, the picker; any or all of them, `ListState.sectorMatch`), a text search (`/`),
/// an outlet (`O`), a period (`p`).
/// `rows` is computed from the criteria by `App.refreshFilter`, again after each catalogue refresh.
public struct ListFilter: Hashable, Sendable {
    /// Only the articles that mention this entity.
    public var entity: EntityKey?
    /// Only the articles about these sectors (level 1 or 2), named as the taxonomy writes them
    /// once it is known, in the order they were chosen.
    public var sectors: [String]
    /// Only the articles matching a search (`/`).
    public var search: ListSearch?
    /// Only the articles of this outlet (`O`), as the rows name it (`ArticleOutlet`).
    public var outlet: String?
    /// Only the dated articles in this period (`p`); undated articles are left out.
    public var period: DatePeriod?
    /// Positions in the catalogue of the articles shown, in list order.
    public var rows: [Int]
    /// True while the index is incomplete (an update runs, the entity index is not built yet):
    /// more may match later.
    public var isPartial: Bool

    public init(entity: EntityKey? = nil, sectors: [String] = [], search: ListSearch? = nil, rows: [Int] = [],
                isPartial: Bool = false) {
        self.entity = entity
        self.sectors = sectors
        self.search = search
        self.rows = rows
        self.isPartial = isPartial
    }

    /// True when no criterion is set: the list is not filtered.
    public var isEmpty: Bool { entity == nil && sectors.isEmpty && search == nil && outlet == nil && period == nil }
}

/// The rows of a filter: the core's query on the catalogue (`Catalogue.rows`), which `kiosque
/// list --sector --order` runs too, in the list's order (ties by the state's `ordering`).
enum SectorRows {
    static func rows(candidates: [Int]?, sectors: [Int], match: SectorMatch, order: ListOrder,
                     catalogue: Catalogue, ordering: CatalogueOrdering) -> [Int] {
        catalogue.rows(candidates: candidates, sectors: sectors, match: match, order: order, ordering: ordering)
    }
}
