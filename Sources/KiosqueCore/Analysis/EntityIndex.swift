/// Which articles mention which entity, over a whole catalogue: the one entity index of the
/// reader (filter by the entity picked, `f`) and of the commands (`kiosque list --entity NAME`).
///
/// Built from each article's *readable* entities (`ArticleAnalysis.readableEntities`: the title
/// block and the shown paragraphs), so that a name in page debris (a menu, an unrelated
/// headline) never puts an article under an entity. Keyed by `EntityKey` (type + folded
/// canonical name); a typed name (`EntityQuery`) is matched against every canonical name and
/// surface text met. Kept small for 100,000 articles: positions as 32-bit numbers, each distinct
/// name folded once.
public struct EntityIndex: Sendable {
    /// Positions (in the catalogue) per entity, ascending once `finish` has run.
    private var articles: [EntityKey: [Int32]] = [:]
    /// Keys made so far, by type and canonical name as written (folding each name once).
    private var keys: [RawKey: EntityKey] = [:]
    /// Each distinct name (canonical or surface text, as written) and the entities it names.
    private var names: [String: Set<EntityKey>] = [:]
    /// `names` with their folded words, made by `finish`.
    private var nameWords: [(words: [String], keys: [EntityKey])] = []

    private struct RawKey: Hashable {
        var kind: EntityKind
        var canonical: String
    }

    public init() {}

    /// Adds an article's entities (each distinct entity once); call `finish` when every article is in.
    public mutating func add(article: Int, entities: [Entity]) {
        var seen: Set<RawKey> = []
        var seenTexts: Set<String> = []
        for entity in entities {
            let raw = RawKey(kind: entity.kind, canonical: entity.canonical)
            let key: EntityKey
            if let known = keys[raw] {
                key = known
            } else {
                key = EntityKey(entity)
                keys[raw] = key
            }
            if seenTexts.insert(entity.text).inserted, entity.text != entity.canonical {
                names[entity.text, default: []].insert(key)
            }
            guard seen.insert(raw).inserted else { continue }
            names[entity.canonical, default: []].insert(key)
            if articles[key]?.last != Int32(article) { articles[key, default: []].append(Int32(article)) }
        }
    }

    /// Adds an article's stored analysis: only the entities the reader shows (`readable`).
    public mutating func add(article: Int, analysis: ArticleAnalysis) {
        add(article: article, entities: analysis.readableEntities)
    }

    /// Sorts every list of articles, folds the names, and drops the building aids.
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
        nameWords += names.map { (EntityQuery.words(of: $0.key), Array($0.value)) }
        names = [:]
    }

    /// The articles that mention an entity, in corpus order.
    public func articles(mentioning key: EntityKey) -> [Int] { (articles[key] ?? []).map(Int.init) }

    /// The articles that mention an entity whose canonical name or surface text `query`
    /// matches (`EntityQuery`), in corpus order.
    public func articles(matching query: EntityQuery) -> [Int] {
        var found = Set<Int32>()
        for name in nameWords where query.matches(words: name.words) {
            for key in name.keys { found.formUnion(articles[key] ?? []) }
        }
        return found.sorted().map(Int.init)
    }

    /// How many distinct entities the index holds.
    public var count: Int { articles.count }

    /// Positions listed over all entities (one per article and entity).
    public var postings: Int { articles.values.reduce(0) { $0 + $1.count } }

    /// An index of a few articles' entities at once (tests, small corpora).
    public static func of(_ entities: [Int: [Entity]]) -> EntityIndex {
        var index = EntityIndex()
        for (article, list) in entities.sorted(by: { $0.key < $1.key }) { index.add(article: article, entities: list) }
        index.finish()
        return index
    }
}

extension EntityRecognizer {
    /// The entities of each text, computed on every core, in the texts' order.
    public func entities(inEach texts: [String]) -> [[Entity]] {
        ParallelMap.map(texts, chunkSize: 8) { entities(in: $0) }
    }
}
