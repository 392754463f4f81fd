/// What the index keeps of an article's analysis: its entities and its sectors.
public struct ArticleAnalysis: Hashable, Sendable {
    /// Every entity of the whole source text (as `kiosque analyze` finds them), in text order.
    public var entities: [Entity]
    /// For each entity, true when it lies in the title block or a shown paragraph (what the reader
    /// keeps; page debris is never shown).
    public var readable: [Bool]
    /// The article's level per sector, in the taxonomy's order.
    public var sectorLevels: [SectorLevel]
    /// The article's score per sector, in the taxonomy's order.
    public var sectorScores: [Double]
    /// Per `Article.paragraphs` entry, the level per sector.
    public var paragraphSectors: [[SectorLevel]]

    public init(entities: [Entity], readable: [Bool], sectorLevels: [SectorLevel], sectorScores: [Double],
                paragraphSectors: [[SectorLevel]]) {
        self.entities = entities
        self.readable = readable
        self.sectorLevels = sectorLevels
        self.sectorScores = sectorScores
        self.paragraphSectors = paragraphSectors
    }

    /// Analyses `article` with the recogniser and the sector classifier.
    public init(_ article: Article, recognizer: EntityRecognizer, classifier: SectorClassifier) {
        let entities = recognizer.entities(in: article.text)
        let sectors = classifier.classify(article)
        self.init(entities: entities, article: article, sectors: sectors)
    }

    /// Stores already computed results.
    public init(entities: [Entity], article: Article, sectors: SectorAnalysis) {
        self.entities = entities
        readable = entities.map { Self.isReadable(article, at: $0.range.start) }
        sectorLevels = sectors.article.map(\.level)
        sectorScores = sectors.article.map(\.score)
        paragraphSectors = sectors.paragraphs.map { $0.map(\.level) }
    }

    /// The entities the reader shows (title block and shown paragraphs).
    public var readableEntities: [Entity] {
        zip(entities, readable).filter(\.1).map(\.0)
    }

    /// True when `offset` is in the title block or a shown paragraph.
    public static func isReadable(_ article: Article, at offset: Int) -> Bool {
        var low = 0, high = article.paragraphs.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = article.paragraphs[mid].range
            if offset < range.start {
                high = mid - 1
            } else if offset >= range.end {
                low = mid + 1
            } else {
                let role = article.paragraphs[mid].role
                return role == .title || role.isShown
            }
        }
        return false
    }
}
