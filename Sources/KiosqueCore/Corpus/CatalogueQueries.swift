/// Whether several sectors keep articles about any of them or about all of them.
public enum SectorMatch: Hashable, Sendable {
    case any, all
}

/// The order of a list. Under a sector filter, central articles (level 2 for one of the sectors)
/// come first, each group in the order, except by `relevance`, which applies to a list filtered
/// by sectors only (without sectors it means `newest`).
public enum ListOrder: String, CaseIterable, Hashable, Sendable {
    /// Newest first; undated articles after the dated ones, in corpus order.
    case newest
    /// Oldest first; undated articles after the dated ones, in corpus order.
    case oldest
    /// By outlet (the article's source, A→Z, case and accents ignored; none last), then newest first.
    case outlet
    /// As the files give them (corpus order).
    case corpus
    /// By relevance: the sum of the article's scores for the sectors, highest first.
    case relevance

    /// True for the orders that need a sector filter.
    public var needsSectors: Bool { self == .relevance }

    /// The order of ties, and of a list without sectors: `newest` for `relevance`.
    public var base: ListOrder { needsSectors ? .newest : self }
}

/// A catalogue's articles sorted once in a base order (`Catalogue.ordering`): the rows of the
/// list without a filter, and the ranks that put any subset in that order.
public struct CatalogueOrdering: Sendable {
    /// `newest`, `oldest`, `outlet` or `corpus`.
    public let order: ListOrder
    /// Every position, in order.
    public let positions: [Int]
    /// The row of each position in `positions` (read in place from the catalogue snapshot).
    public let ranks: Column<Int32>

    public var count: Int { positions.count }

    /// `subset` (catalogue positions, without repeats) in this order: a walk over every position
    /// for a large subset (O(n)), else a sort by rank (O(k log k)).
    public func sorted(_ subset: [Int]) -> [Int] {
        let valid = subset.filter { $0 >= 0 && $0 < ranks.count }
        guard valid.count > 1 else { return valid }
        if valid.count > positions.count / 16 {
            var keep = [Bool](repeating: false, count: positions.count)
            for position in valid { keep[position] = true }
            return positions.filter { keep[$0] }
        }
        return valid.sorted { ranks[$0] < ranks[$1] }
    }
}

/// How many articles are about a sector.
public struct SectorCount: Hashable, Sendable {
    /// Level 1 or 2.
    public var about = 0
    /// Level 2.
    public var central = 0
    public init(about: Int = 0, central: Int = 0) {
        self.about = about
        self.central = central
    }
}

/// The queries on a catalogue's stored sectors that the reader and the commands share: the rows
/// of a sector filter and the counts per sector.
extension Catalogue {
    /// Every article sorted once in `order`'s base order (`ListOrder.base`), ties in corpus
    /// order: O(n log n) on stored keys (packed dates, one folded name per outlet).
    public func ordering(_ order: ListOrder) -> CatalogueOrdering {
        let base = order.base
        if let cachedOrdering, cachedOrdering.order == base, cachedOrdering.count == count { return cachedOrdering }
        if base == .corpus {
            return CatalogueOrdering(order: .corpus, positions: Array(0..<count),
                                     ranks: Column((0..<count).map { Int32(truncatingIfNeeded: $0) }))
        }
        var outletRanks: [Int64] = []
        if base == .outlet {
            // One rank per folded name: `Écho` and `echo` are one outlet.
            let folded = publicationNames.map { Folding.fold($0) }
            let rankOf = Dictionary(zip(Set(folded).sorted(), 0...), uniquingKeysWith: { first, _ in first })
            outletRanks = folded.map { Int64(rankOf[$0] ?? 0) }
        }
        var keys: [(major: Int64, minor: Int64, position: Int)] = []
        keys.reserveCapacity(count)
        for position in 0..<count {
            let date = packedDate(at: position)
            switch base {
            case .oldest:
                keys.append((0, date > 0 ? date : .max, position))
            case .outlet:
                let publication = publicationIndex(at: position)
                let outlet = publication >= 0 && publication < outletRanks.count ? outletRanks[publication] : .max
                keys.append((outlet, date > 0 ? -date : .max, position))
            default:
                keys.append((0, date > 0 ? -date : .max, position))
            }
        }
        keys.sort { ($0.major, $0.minor, $0.position) < ($1.major, $1.minor, $1.position) }
        var ranks = [Int32](repeating: 0, count: count)
        for (rank, key) in keys.enumerated() { ranks[key.position] = Int32(truncatingIfNeeded: rank) }
        return CatalogueOrdering(order: base, positions: keys.map(\.position), ranks: Column(ranks))
    }

    /// The articles among `candidates` (every article when nil) about `sectors` (indices into the
    /// taxonomy, the catalogue's order): any or all of them at level 1 or 2, central ones first
    /// (by `relevance`: highest score first). Ties, and lists without sectors, follow `ordering`
    /// when it is in `order`'s base order, else corpus order (`candidates` as given).
    public func rows(candidates: [Int]?, sectors: [Int], match: SectorMatch, order: ListOrder,
                     ordering: CatalogueOrdering? = nil) -> [Int] {
        let ordering = ordering.flatMap { $0.order == order.base && $0.count == count ? $0 : nil }
        func sorted(_ subset: [Int]) -> [Int] { ordering?.sorted(subset) ?? subset }
        guard !sectors.isEmpty else {
            guard let ordering else { return candidates ?? Array(0..<count) }
            return candidates.map(ordering.sorted) ?? ordering.positions
        }
        var kept: [(article: Int, central: Bool, score: Float)] = []
        func consider(_ article: Int) {
            var best = SectorLevel.absent, all = true, score: Float = 0
            for sector in sectors {
                let level = sectorLevel(at: article, sector: sector)
                best = max(best, level)
                if level == .absent { all = false }
                score += sectorScore(at: article, sector: sector)
            }
            guard match == .any ? best != .absent : all else { return }
            kept.append((article, best == .central, score))
        }
        if (candidates?.count ?? count) > count / 8 {
            levels.willScan()
            scores.willScan()
        }
        if let candidates { candidates.forEach(consider) } else { (0..<count).forEach(consider) }
        switch order {
        case .newest, .oldest, .outlet, .corpus:
            return sorted(kept.filter(\.central).map(\.article)) + sorted(kept.filter { !$0.central }.map(\.article))
        case .relevance:
            return kept.sorted { a, b in
                if a.score != b.score { return a.score > b.score }
                if a.central != b.central { return a.central }
                if let ordering { return ordering.ranks[a.article] < ordering.ranks[b.article] }
                return a.article < b.article
            }.map(\.article)
        }
    }

    /// Per sector of the stored taxonomy (`sectorCount`): the articles at level 1 or 2, and at 2.
    public func sectorCounts() -> [SectorCount] {
        if let cachedSectorCounts, cachedSectorCounts.count == sectorCount { return cachedSectorCounts }
        var counts = [SectorCount](repeating: SectorCount(), count: sectorCount)
        for position in 0..<count {
            for sector in 0..<sectorCount {
                let level = sectorLevel(at: position, sector: sector)
                if level != .absent { counts[sector].about += 1 }
                if level == .central { counts[sector].central += 1 }
            }
        }
        return counts
    }
}
