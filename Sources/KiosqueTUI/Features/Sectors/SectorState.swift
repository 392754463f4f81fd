import KiosqueCore

/// What the reader knows of sectors: the classifier (once the index worker has loaded it), the
/// counts per sector over the catalogue, and the open article's full analysis. Each article's
/// levels and scores are the catalogue's (stored by the index in the taxonomy's order).
///
/// The classifier reaches the state through `Message.sectorsLoaded` (tests give one by hand).
/// It is immutable and shared: copying the state copies a reference to its tables.
public struct SectorState: Sendable {
    /// Nil until loaded, and when the taxonomy could not be read (`failure` then says why).
    public var classifier: SectorClassifier?
    /// Why there are no sectors: the taxonomy file could not be read or parsed.
    public var failure: String?
    /// Per sector (index into the taxonomy): articles of the catalogue at level 1 or 2, and at 2.
    public private(set) var counts: [SectorCount] = []
    /// The open article's full analysis and its marked sentences, when a classifier is known.
    public var open: OpenArticleSectors?

    public init() {}

    /// The taxonomy, once the classifier is known.
    public var taxonomy: SectorTaxonomy? { classifier?.taxonomy }

    /// The sectors of the taxonomy, empty until it is known.
    public var sectors: [Sector] { classifier?.taxonomy.sectors ?? [] }

    /// The index in the taxonomy of a sector given by name or key (any case, any accents).
    public func index(of name: String) -> Int? {
        guard let taxonomy, let sector = taxonomy.sector(named: name) else { return nil }
        return taxonomy.sectors.firstIndex(of: sector)
    }

    /// True when the catalogue's sector levels are in this taxonomy's order: the index stores one
    /// level per sector of the taxonomy it was built with, and its analyser fingerprint covers the
    /// taxonomy, so a catalogue of another taxonomy (a stale index before its update) has another
    /// count or is empty.
    public func follows(_ catalogue: Catalogue) -> Bool {
        classifier != nil && (catalogue.isEmpty || catalogue.sectorCount == sectors.count)
    }

    /// Counts the articles of the catalogue about each sector (the picker's figures; the same
    /// query as `kiosque sectors`).
    public mutating func recount(_ catalogue: Catalogue) {
        counts = catalogue.sectorCounts()
    }

    /// The counts of a sector (zero until some article is about it, and while the catalogue
    /// follows another taxonomy).
    public func count(_ sector: Int) -> SectorCount {
        counts.indices.contains(sector) && counts.count == sectors.count ? counts[sector] : SectorCount()
    }

    /// An article's sectors at level 1 or 2 (for its list row), empty when the catalogue does not
    /// follow the taxonomy.
    public func result(ofArticle position: Int, in catalogue: Catalogue) -> ArticleSectors {
        guard follows(catalogue), position >= 0, position < catalogue.count else { return ArticleSectors(entries: []) }
        var entries: [ArticleSectors.Entry] = []
        for sector in 0..<min(catalogue.sectorCount, 256) {
            let level = catalogue.sectorLevel(at: position, sector: sector)
            if level != .absent {
                entries.append(ArticleSectors.Entry(sector: UInt8(sector), level: level,
                                                    score: catalogue.sectorScore(at: position, sector: sector)))
            }
        }
        return ArticleSectors(entries: entries)
    }
}
