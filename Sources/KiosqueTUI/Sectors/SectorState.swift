import KiosqueCore

/// What the reader knows of sectors: the classifier (once the worker has loaded it), each
/// article's compact result, the counts per sector, and the open article's full analysis.
///
/// The classifier reaches the state through `Message.sectorsLoaded` (the background worker loads
/// it on its loading thread; tests give one by hand). It is immutable and shared: copying the
/// state copies a reference to its tables, not the tables.
public struct SectorState: Sendable {
    /// Nil until loaded, and when the taxonomy could not be read (`failure` then says why).
    public var classifier: SectorClassifier?
    /// Why there are no sectors: the taxonomy file could not be read or parsed.
    public var failure: String?
    /// Per article (index into `AppState.articles`): nil until classified.
    public private(set) var byArticle: [ArticleSectors?]
    /// Articles classified so far.
    public private(set) var classifiedCount = 0
    /// Per sector (index into the taxonomy): articles at level 1 or 2, and at level 2.
    public private(set) var counts: [SectorCount] = []
    /// The open article's full analysis and its marked sentences, when a classifier is known.
    public var open: OpenArticleSectors?

    public init(articleCount: Int = 0) {
        byArticle = Array(repeating: nil, count: max(0, articleCount))
    }

    /// The taxonomy, once the classifier is known.
    public var taxonomy: SectorTaxonomy? { classifier?.taxonomy }

    /// The sectors of the taxonomy, empty until it is known.
    public var sectors: [Sector] { classifier?.taxonomy.sectors ?? [] }

    /// The index in the taxonomy of a sector given by name or key (any case, any accents).
    public func index(of name: String) -> Int? {
        guard let taxonomy, let sector = taxonomy.sector(named: name) else { return nil }
        return taxonomy.sectors.firstIndex(of: sector)
    }

    /// An article's result, nil when not classified yet (or out of range).
    public func result(ofArticle index: Int) -> ArticleSectors? {
        byArticle.indices.contains(index) ? byArticle[index] : nil
    }

    /// Stores an article's result once; a second result for the same article is ignored.
    /// Returns true when it was new.
    @discardableResult
    public mutating func add(_ result: ArticleSectors, article index: Int) -> Bool {
        guard byArticle.indices.contains(index), byArticle[index] == nil else { return false }
        byArticle[index] = result
        classifiedCount += 1
        for entry in result.entries {
            let sector = Int(entry.sector)
            if counts.count <= sector { counts += Array(repeating: SectorCount(), count: sector + 1 - counts.count) }
            counts[sector].about += 1
            if entry.level == .central { counts[sector].central += 1 }
        }
        return true
    }

    /// The counts of a sector (zero until some article is about it).
    public func count(_ sector: Int) -> SectorCount { counts.indices.contains(sector) ? counts[sector] : SectorCount() }
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
