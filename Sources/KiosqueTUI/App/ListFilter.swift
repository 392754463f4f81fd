import KiosqueCore

/// The article list narrowed by criteria that all apply at once: one entity (`f`), some sectors
/// (`1`/`2`/`3`, the picker; any or all of them, `ListState.sectorMatch`), a text search (`/`).
/// `rows` is computed from the criteria by `App.refreshFilter`.
public struct ListFilter: Hashable, Sendable {
    /// Only the articles that mention this entity.
    public var entity: EntityKey?
    /// Only the articles about these sectors (level 1 or 2), named as the taxonomy writes them
    /// once it is known, in the order they were chosen.
    public var sectors: [String]
    /// Only the articles matching a search (`/`).
    public var search: ListSearch?
    /// Indices into `AppState.articles` of the articles shown, in list order.
    public var rows: [Int]
    /// True while the analysis has not reached every article: more may match later.
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

/// The rows of a sector filter, from the compact per-article results.
enum SectorRows {
    /// The articles among `candidates` (all `total` articles when nil) about `sectors` (indices
    /// into the taxonomy): any or all of them at level 1 or 2, in `order`; ties in corpus order.
    static func rows(candidates: [Int]?, total: Int, sectors: [Int], match: SectorMatch, order: ListOrder,
                     results: SectorState) -> [Int] {
        guard !sectors.isEmpty else { return candidates ?? Array(0..<total) }
        var kept: [(article: Int, central: Bool, score: Float)] = []
        func consider(_ article: Int) {
            guard let result = results.result(ofArticle: article) else { return }
            var best = SectorLevel.absent, all = true, score: Float = 0
            for sector in sectors {
                let level = result.level(sector)
                best = max(best, level)
                if level == .absent { all = false }
                score += result.score(sector)
            }
            guard match == .any ? best != .absent : all else { return }
            kept.append((article, best == .central, score))
        }
        if let candidates { candidates.forEach(consider) } else { (0..<total).forEach(consider) }
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
