import KiosqueCore

/// Which articles mention which entity (type + folded canonical name), over the whole catalogue.
/// The index worker builds it in the background from every stored analysis (`CorpusIndex.
/// forEachAnalysis`) once the catalogue is complete, and `Message.entityIndex` brings it. The
/// reader filters by one entity picked in the entity view; a typed name query goes through
/// KiosqueCore's `EntityIndex` and `EntityQuery` instead (`kiosque list --entity`).
///
/// Kept small for 100,000 articles: positions as 32-bit numbers, each distinct name folded once.
public struct EntityArticleIndex: Sendable {
    /// Positions (in the catalogue) per entity, ascending once `finish` has run.
    private var articles: [EntityKey: [Int32]] = [:]
    /// Keys made so far, by type and canonical name as written (folding each name once).
    private var keys: [RawKey: EntityKey] = [:]

    private struct RawKey: Hashable {
        var kind: EntityKind
        var canonical: String
    }

    public init() {}

    /// Adds an article's entities (each distinct entity once); call `finish` when every article is in.
    public mutating func add(article: Int, entities: [Entity]) {
        var seen: Set<RawKey> = []
        for entity in entities {
            let raw = RawKey(kind: entity.kind, canonical: entity.canonical)
            guard seen.insert(raw).inserted else { continue }
            let key: EntityKey
            if let known = keys[raw] {
                key = known
            } else {
                key = EntityKey(entity)
                keys[raw] = key
            }
            if articles[key]?.last != Int32(article) { articles[key, default: []].append(Int32(article)) }
        }
    }

    /// Adds an article's stored analysis: only the entities the reader shows (`readable`).
    public mutating func add(article: Int, analysis: ArticleAnalysis) {
        add(article: article, entities: analysis.readableEntities)
    }

    /// Sorts every list of articles and drops the building aids.
    public mutating func finish() {
        keys = [:]
        for key in Array(articles.keys) {
            articles[key]?.sort()
            if let list = articles[key] {
                var unique: [Int32] = []
                unique.reserveCapacity(list.count)
                for position in list where unique.last != position { unique.append(position) }
                articles[key] = unique
            }
        }
    }

    /// The articles that mention an entity, in corpus order.
    public func articles(mentioning key: EntityKey) -> [Int] { (articles[key] ?? []).map(Int.init) }

    /// How many distinct entities the index holds.
    public var count: Int { articles.count }

    /// Positions listed over all entities (one per article and entity).
    public var postings: Int { articles.values.reduce(0) { $0 + $1.count } }

    /// An index of a few articles' entities at once (tests, small corpora).
    public static func of(_ entities: [Int: [Entity]]) -> EntityArticleIndex {
        var index = EntityArticleIndex()
        for (article, list) in entities.sorted(by: { $0.key < $1.key }) { index.add(article: article, entities: list) }
        index.finish()
        return index
    }
}
