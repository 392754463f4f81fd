/// Which articles mention which entity, over a whole catalogue: the one entity index of the
/// reader (filter by the entity picked, `f`; names in the entity view), of the commands
/// (`kiosque list --entity NAME`, `kiosque entities`) and of the press review.
///
/// Built from each article's *readable* entities (`ArticleAnalysis.readableEntities`: the title
/// block and the shown paragraphs), so that a name in page debris (a menu, an unrelated
/// headline) never puts an article under an entity. Keyed by `EntityKey` (type + identity of the
/// canonical name: case, accents, spacing ignored); a typed name (`EntityQuery`) is matched
/// against every canonical name and surface text met.
///
/// Corpus-wide canonical names (`finish`):
/// - each entity is shown under the spelling its articles write most often (`Édouard Philippe`
///   over `Edouard Philippe`), the others listed as its variants;
/// - a person named by one word only (`Macron`, in an article that never gives the full name)
///   stands for the full name ending with that word when that one is clear: it is in at least
///   `minimumFullNameArticles` articles, in at least `dominance` times as many articles as any
///   other full name ending with the word, and in at least as many as the bare word. Its articles
///   then count for the full name (DECISIONS.md, "Canonical entities").
///
/// Kept small for large corpora: entities interned as 32-bit numbers, positions as varint gaps in
/// one buffer (`PostingLists`).
public struct EntityIndex: Sendable {
    /// One entity: its key (the display spelling as `name`), how many articles mention it, and
    /// the other spellings met, most written first.
    public struct Entry: Hashable, Sendable {
        public var key: EntityKey
        public var articleCount: Int
        public var variants: [String]
    }

    /// A full name must be in this many articles before a bare surname links to it.
    public static let minimumFullNameArticles = 3
    /// ... and in this many times as many articles as any other full name with that last word.
    public static let dominance = 4

    private var ids: [EntityKey: Int32] = [:]
    /// Keys by id; after `finish`, with the display spelling as `name`.
    private var keyList: [EntityKey] = []
    /// Positions (in the catalogue) per id, ascending once `finish` has run, as varint gaps.
    private var postings = PostingLists()
    /// A bare surname's id -> the full name's id it stands for.
    private var aliases: [Int32: Int32] = [:]
    /// Spellings other than the display one, by id (only ids with some).
    private var variantLists: [Int32: [String]] = [:]
    /// Building aids, one slot per spelling met: a canonical name as written (by type), or a
    /// surface text of an entity; each slot's entity, text, and how many articles write it.
    /// Slots are numbers so that the per-mention work is one dictionary lookup.
    private var rawSlots: [RawKey: Int32] = [:]
    private var surfaceSlots: [SurfaceKey: Int32] = [:]
    private var slotID: [Int32] = []
    private var slotText: [String] = []
    private var slotIsCanonical: [Bool] = []
    private var slotCount: [Int32] = []
    /// Each distinct name (canonical or surface text, as written) and the ids it names.
    private var names: [String: Set<Int32>] = [:]
    /// `names` with their folded words, made by `finish`.
    private var nameWords: [(words: [String], ids: [Int32])] = []

    private struct RawKey: Hashable {
        var kind: EntityKind
        var canonical: String
    }

    private struct SurfaceKey: Hashable {
        var id: Int32
        var text: String
    }

    public init() {}

    private mutating func newSlot(id: Int32, text: String, canonical: Bool) -> Int32 {
        slotID.append(id)
        slotText.append(text)
        slotIsCanonical.append(canonical)
        slotCount.append(0)
        names[text, default: []].insert(id)
        return Int32(slotID.count - 1)
    }

    /// Adds an article's entities (each distinct entity once); call `finish` when every article is in.
    public mutating func add(article: Int, entities: [Entity]) {
        var seen: Set<Int32> = []
        for entity in entities {
            let raw = RawKey(kind: entity.kind, canonical: entity.canonical)
            let slot: Int32
            if let known = rawSlots[raw] {
                slot = known
            } else {
                let key = EntityKey(entity)
                let id: Int32
                if let known = ids[key] {
                    id = known
                } else {
                    id = Int32(keyList.count)
                    ids[key] = id
                    keyList.append(key)
                    _ = postings.newList()
                }
                slot = newSlot(id: id, text: entity.canonical, canonical: true)
                rawSlots[raw] = slot
            }
            let id = slotID[Int(slot)]
            if entity.text != entity.canonical {
                let surface = SurfaceKey(id: id, text: entity.text)
                let other: Int32
                if let known = surfaceSlots[surface] {
                    other = known
                } else {
                    other = newSlot(id: id, text: entity.text, canonical: false)
                    surfaceSlots[surface] = other
                }
                if seen.insert(other).inserted { slotCount[Int(other)] += 1 }
            }
            guard seen.insert(slot).inserted else { continue }
            slotCount[Int(slot)] += 1
            postings.add(Int32(article), to: Int(id))
        }
    }

    /// Adds an article's stored analysis: only the entities the reader shows (`readable`).
    public mutating func add(article: Int, analysis: ArticleAnalysis) {
        add(article: article, entities: analysis.readableEntities)
    }

    /// Sorts every list of articles, chooses display spellings, links bare surnames, folds the
    /// names, and drops the building aids.
    public mutating func finish() {
        rawSlots = [:]
        surfaceSlots = [:]
        postings.settle()
        chooseSpellings()
        linkSurnames()
        postings.pack()
        nameWords += names.map { (EntityQuery.words(of: $0.key), Array($0.value)) }
        names = [:]
    }

    /// The display spelling of each entity (its most written canonical spelling, ties to the
    /// one with more non-ASCII letters, so accents win, then to the first in code order) and
    /// its variants.
    private mutating func chooseSpellings() {
        var byID: [Int32: [(text: String, count: Int32, canonical: Bool)]] = [:]
        for slot in slotID.indices {
            byID[slotID[slot], default: []].append((EntityName.normalisedSpacing(slotText[slot]), slotCount[slot],
                                                     slotIsCanonical[slot]))
        }
        slotID = []
        slotText = []
        slotIsCanonical = []
        slotCount = []
        for (id, list) in byID {
            var canonical: [String: Int32] = [:]
            var surfaces: [String: Int32] = [:]
            for item in list {
                if item.canonical { canonical[item.text, default: 0] += item.count } else { surfaces[item.text, default: 0] += item.count }
            }
            let ordered = Self.ranked(canonical)
            guard let display = ordered.first else { continue }
            keyList[Int(id)].name = display
            let others = Array(ordered.dropFirst()) + Self.ranked(surfaces.filter { canonical[$0.key] == nil })
            if !others.isEmpty { variantLists[id] = others }
        }
    }

    /// Spellings by count (most first), then with more non-ASCII letters first (accents win),
    /// then in code order.
    private static func ranked(_ counts: [String: Int32]) -> [String] {
        counts.map { (text: $0.key, count: $0.value, accents: $0.key.unicodeScalars.count { !$0.isASCII }) }
            .sorted { a, b in
                if a.count != b.count { return a.count > b.count }
                if a.accents != b.accents { return a.accents > b.accents }
                return a.text < b.text
            }
            .map(\.text)
    }

    /// Links each person named by one word alone to the full name it stands for, when clear.
    private mutating func linkSurnames() {
        var fullNames: [Substring: [Int32]] = [:]
        var bare: [(id: Int32, word: Substring)] = []
        for (index, key) in keyList.enumerated() where key.kind == .person {
            let words = key.folded.split(separator: " ")
            guard let last = words.last else { continue }
            if words.count >= 2 { fullNames[last, default: []].append(Int32(index)) } else { bare.append((Int32(index), last)) }
        }
        for (id, word) in bare {
            guard let candidates = fullNames[word] else { continue }
            let ranked = candidates.sorted { postings.count(Int($0)) > postings.count(Int($1)) }
            let top = postings.count(Int(ranked[0]))
            let second = ranked.count > 1 ? postings.count(Int(ranked[1])) : 0
            guard top >= Self.minimumFullNameArticles, top >= Self.dominance * second,
                  top >= postings.count(Int(id)) else { continue }
            let target = ranked[0]
            aliases[id] = target
            postings.replace(Int(target), with: SortedIndices.union(postings.positions(Int(target)), postings.positions(Int(id))))
            postings.replace(Int(id), with: [])
            var variants = variantLists[target] ?? []
            for name in [keyList[Int(id)].name] + (variantLists.removeValue(forKey: id) ?? [])
            where name != keyList[Int(target)].name && !variants.contains(name) {
                variants.append(name)
            }
            variantLists[target] = variants
        }
    }

    private func resolved(_ id: Int32) -> Int32 { aliases[id] ?? id }

    /// The entity `key` stands for across the corpus (a bare surname's full name), under its
    /// display spelling; `key` itself when the index does not know it.
    public func canonical(_ key: EntityKey) -> EntityKey {
        guard let id = ids[key] else { return key }
        return keyList[Int(resolved(id))]
    }

    /// The other spellings of the entity `key` stands for, most written first.
    public func variants(of key: EntityKey) -> [String] {
        guard let id = ids[key] else { return [] }
        return variantLists[resolved(id)] ?? []
    }

    /// The articles that mention an entity (or a bare surname standing for it), in corpus order.
    public func articles(mentioning key: EntityKey) -> [Int] {
        guard let id = ids[key] else { return [] }
        return postings.positions(Int(resolved(id))).map(Int.init)
    }

    /// The articles that mention an entity whose canonical name or surface text `query`
    /// matches (`EntityQuery`), in corpus order. A query of several words that is an entity's
    /// whole name (`Emmanuel Macron`) gives that entity's articles, as `f` on it does, not those
    /// of every longer name holding the words; one word (`macron`) gives every name holding it.
    public func articles(matching query: EntityQuery) -> [Int] {
        if query.words.count > 1 {
            let name = query.words.joined(separator: " ")
            var exact = Set<Int32>()
            for kind in EntityKind.allCases {
                if let id = ids[EntityKey(kind: kind, name: name)] { exact.formUnion(postings.positions(Int(resolved(id)))) }
            }
            if !exact.isEmpty { return exact.sorted().map(Int.init) }
        }
        var found = Set<Int32>()
        for name in nameWords where query.matches(words: name.words) {
            for id in name.ids { found.formUnion(postings.positions(Int(resolved(id)))) }
        }
        return found.sorted().map(Int.init)
    }

    /// Every entity (bare surnames linked to a full name are its variants, not entries), most
    /// mentioned first (by articles), then by name; of one type when `kind` is given.
    public func entries(kind: EntityKind? = nil) -> [Entry] {
        var entries: [Entry] = []
        for (index, key) in keyList.enumerated() where kind == nil || key.kind == kind {
            let id = Int32(index)
            guard aliases[id] == nil, postings.count(index) > 0 else { continue }
            entries.append(Entry(key: key, articleCount: postings.count(index), variants: variantLists[id] ?? []))
        }
        return entries.sorted { a, b in
            if a.articleCount != b.articleCount { return a.articleCount > b.articleCount }
            if a.key.folded != b.key.folded { return a.key.folded < b.key.folded }
            return a.key.kind.rawValue < b.key.kind.rawValue
        }
    }

    /// How many distinct entities the index holds (bare surnames linked to a full name included).
    public var count: Int { keyList.count }

    /// Positions listed over all entities (one per article and entity).
    public var postingCount: Int { postings.total }

    /// The index of analyses already read, by position (nil where an analysis is missing), as
    /// `Corpus.entityIndex` builds it from the index, without reading them again.
    public static func of(analyses: [ArticleAnalysis?]) -> EntityIndex {
        var index = EntityIndex()
        for (position, analysis) in analyses.enumerated() {
            if let analysis { index.add(article: position, analysis: analysis) }
        }
        index.finish()
        return index
    }

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
