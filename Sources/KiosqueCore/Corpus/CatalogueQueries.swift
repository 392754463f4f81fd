/// Whether several sectors keep articles about any of them or about all of them.
public enum SectorMatch: Hashable, Sendable {
    case any, all
}

/// The order of a list filtered by sectors.
public enum ListOrder: Hashable, Sendable {
    /// Central articles (level 2 for one of the sectors) first, then corpus order.
    case central
    /// By relevance: the sum of the article's scores for the sectors, highest first.
    case relevance
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
    /// The articles among `candidates` (every article when nil) about `sectors` (indices into the
    /// taxonomy, the catalogue's order): any or all of them at level 1 or 2, in `order`; ties in
    /// corpus order. No sector: the candidates as they are.
    public func rows(candidates: [Int]?, sectors: [Int], match: SectorMatch, order: ListOrder) -> [Int] {
        guard !sectors.isEmpty else { return candidates ?? Array(0..<count) }
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
        if let candidates { candidates.forEach(consider) } else { (0..<count).forEach(consider) }
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

    /// Per sector of the stored taxonomy (`sectorCount`): the articles at level 1 or 2, and at 2.
    public func sectorCounts() -> [SectorCount] {
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
