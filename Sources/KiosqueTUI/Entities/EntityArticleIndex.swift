import KiosqueCore

/// Which articles mention which entity (type + folded canonical name), over the whole corpus,
/// built from the analysis results as they arrive (so it is partial until the analysis is
/// complete). The reader filters by one entity picked in the entity view; a typed name query
/// goes through KiosqueCore's `EntityIndex` and `EntityQuery` instead (`kiosque list --entity`).
public struct EntityArticleIndex: Sendable {
    /// Articles (indices into `AppState.articles`) per entity, in the order they were added.
    private var articles: [EntityKey: [Int]] = [:]

    public init() {}

    /// Adds an article's entities (each distinct entity once).
    public mutating func add(article: Int, entities: [Entity]) {
        var seen: Set<String> = []
        for entity in entities where seen.insert("\(entity.kind.rawValue)\u{1}\(entity.canonical)").inserted {
            let key = EntityKey(entity)
            if articles[key]?.last != article { articles[key, default: []].append(article) }
        }
    }

    /// The articles that mention an entity, in corpus order.
    public func articles(mentioning key: EntityKey) -> [Int] { (articles[key] ?? []).sorted() }

    /// How many distinct entities the index holds.
    public var count: Int { articles.count }
}
