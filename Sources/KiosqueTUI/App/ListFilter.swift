import KiosqueCore

/// The article list narrowed by criteria that all apply at once: one entity (`f`), some sectors
/// (`1`/`2`/`3`, the picker; any or all of them, `ListState.sectorMatch`), a text search (`/`).
/// `rows` is computed from the criteria by `App.refreshFilter`, again after each catalogue refresh.
public struct ListFilter: Hashable, Sendable {
    /// Only the articles that mention this entity.
    public var entity: EntityKey?
    /// Only the articles about these sectors (level 1 or 2), named as the taxonomy writes them
    /// once it is known, in the order they were chosen.
    public var sectors: [String]
    /// Only the articles matching a search (`/`).
    public var search: ListSearch?
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
    public var isEmpty: Bool { entity == nil && sectors.isEmpty && search == nil }
}

/// Whether several sectors keep articles about any of them or about all of them (`a`).
public enum SectorMatch: Hashable, Sendable {
    case any, all
}

/// The order of a list filtered by sectors (`s`).
public enum ListOrder: Hashable, Sendable {
    /// Central articles (level 2 for one of the sectors) first, then corpus order.
    case central
    /// By relevance: the sum of the article's scores for the sectors, highest first.
    case relevance
}

/// The rows of a sector filter, from the catalogue's sector levels and scores.
enum SectorRows {
    /// The articles among `candidates` (every article of the catalogue when nil) about `sectors`
    /// (indices into the taxonomy, which is the catalogue's order): any or all of them at level
    /// 1 or 2, in `order`; ties in corpus order.
    static func rows(candidates: [Int]?, sectors: [Int], match: SectorMatch, order: ListOrder,
                     catalogue: Catalogue) -> [Int] {
        guard !sectors.isEmpty else { return candidates ?? Array(0..<catalogue.count) }
        var kept: [(article: Int, central: Bool, score: Float)] = []
        func consider(_ article: Int) {
            var best = SectorLevel.absent, all = true, score: Float = 0
            for sector in sectors {
                let level = catalogue.sectorLevel(at: article, sector: sector)
                best = max(best, level)
                if level == .absent { all = false }
                score += catalogue.sectorScore(at: article, sector: sector)
            }
            guard match == .any ? best != .absent : all else { return }
            kept.append((article, best == .central, score))
        }
        if let candidates { candidates.forEach(consider) } else { (0..<catalogue.count).forEach(consider) }
        switch order {
        case .central:
            return kept.filter(\.central).map(\.article) + kept.filter { !$0.central }.map(\.article)
        case .relevance:
            return kept.sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.central != b.central { return a.central }
                return a.article < b.article
            }.map(\.article)
        }
    }
}
