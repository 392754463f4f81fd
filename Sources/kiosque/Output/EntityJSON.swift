import KiosqueCore

/// One entity in the prediction format of `shared/eval/score.py`.
struct EntityJSON: Encodable {
    var start: Int
    var end: Int
    var type: String
    var text: String
    var canonical: String

    /// With `index`, `canonical` is the corpus's name for the entity (`EntityIndex.canonical`).
    init(_ entity: Entity, index: EntityIndex? = nil) {
        start = entity.range.start
        end = entity.range.end
        type = entity.kind.rawValue
        text = entity.text
        canonical = index?.canonical(EntityKey(entity)).name ?? entity.canonical
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
        self.init(id: id, entities: entities, sectors: sectors.sectors, levels: sectors.article.map(\.level),
                  paragraphs: sectors.paragraphs.map { $0.map(\.level) })
    }

    /// `levels` and each of `paragraphs` hold a level per sector of `sectors`, in its order.
    init(id: String, entities: [EntityJSON], sectors: [Sector], levels: [SectorLevel], paragraphs: [[SectorLevel]]) {
        self.id = id
        self.entities = entities
        var named: [String: Int] = [:]
        for (sector, level) in zip(sectors, levels) { named[sector.name] = level.rawValue }
        self.sectors = named
        self.paragraph_sectors = paragraphs.map { levels in
            zip(sectors, levels).filter { $0.1 != .absent }.map(\.0.name)
        }
    }
}
