import KiosqueCore

/// The sectors one article is about, as a list row draws them: for each sector at level 1 or 2,
/// its index in the taxonomy, the level and the score. Made from the catalogue for the rows on
/// screen (`SectorState.result(ofArticle:in:)`); no terms and no paragraph findings: the open
/// article's full `SectorAnalysis` is computed when it is opened (`OpenArticleSectors`).
public struct ArticleSectors: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        /// Index into the taxonomy's sectors (a taxonomy has at most 256 sectors here).
        public var sector: UInt8
        public var level: SectorLevel
        public var score: Float

        public init(sector: UInt8, level: SectorLevel, score: Float) {
            self.sector = sector
            self.level = level
            self.score = score
        }
    }

    /// The sectors at level 1 or 2, in taxonomy order.
    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// The article-level findings of an analysis, absent sectors left out.
    public init(_ analysis: SectorAnalysis) {
        entries = analysis.article.prefix(256).enumerated().compactMap { index, finding in
            finding.level == .absent ? nil : Entry(sector: UInt8(index), level: finding.level, score: Float(finding.score))
        }
    }

    /// The level of a sector (index into the taxonomy).
    public func level(_ sector: Int) -> SectorLevel {
        entries.first { Int($0.sector) == sector }?.level ?? .absent
    }

    /// The score of a sector, 0 when the article is not about it.
    public func score(_ sector: Int) -> Float {
        entries.first { Int($0.sector) == sector }?.score ?? 0
    }
}
