import KiosqueCore

/// One entity in the prediction format of `shared/eval/score.py`.
struct EntityJSON: Encodable {
    var start: Int
    var end: Int
    var type: String
    var text: String
    var canonical: String

    init(_ entity: Entity) {
        start = entity.range.start
        end = entity.range.end
        type = entity.kind.rawValue
        text = entity.text
        canonical = entity.canonical
    }
}

/// One line of `kiosque analyze`: an article's id and entities (`score.py`'s prediction line).
struct AnalysisJSON: Encodable {
    var id: String
    var entities: [EntityJSON]
    /// Sector name -> level (0, 1, 2), for every sector of the taxonomy.
    var sectors: [String: Int]
    /// Per `Article.paragraphs` entry, the sectors with level >= 1 in it.
    var paragraph_sectors: [[String]]

    init(id: String, entities: [EntityJSON], sectors: SectorAnalysis) {
        self.id = id
        self.entities = entities
        var levels: [String: Int] = [:]
        for (s, sector) in sectors.sectors.enumerated() { levels[sector.name] = sectors.article[s].level.rawValue }
        self.sectors = levels
        self.paragraph_sectors = sectors.paragraphs.map { findings in
            zip(sectors.sectors, findings).filter { $0.1.level != .absent }.map(\.0.name)
        }
    }
}
