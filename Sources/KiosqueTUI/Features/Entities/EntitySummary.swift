import KiosqueCore

/// The entities of one article grouped by type, for the side panel's "Entities" view:
/// types in the order PER, LOC, ORG, DATE; in each, canonical names by mention count (most
/// first), then by name (accents and case ignored). With the corpus's entity index, names are
/// the corpus's canonical ones (`EntityIndex.canonical`: a bare `Macron` is `Emmanuel Macron`).
public struct EntitySummary: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var key: EntityKey
        public var count: Int
        /// The article's other spellings of it, in text order (`Macron` for `Emmanuel Macron`).
        public var written: [String] = []
    }
    public struct Group: Hashable, Sendable {
        public var kind: EntityKind
        public var items: [Item]
    }

    public var groups: [Group]

    public init(_ entities: [Entity], index: EntityIndex? = nil) {
        var counts: [EntityKey: Int] = [:]
        var keys: [EntityKey: EntityKey] = [:]
        var written: [EntityKey: [String]] = [:]
        for entity in entities {
            let own = EntityKey(entity)
            let key = keys[own] ?? index?.canonical(own) ?? own
            keys[own] = key
            counts[key, default: 0] += 1
            EntityName.addSpelling(entity.text, of: key.name, to: &written[key, default: []])
        }
        groups = EntityKind.allCases.compactMap { kind in
            let items = counts.filter { $0.key.kind == kind }
                .map { Item(key: $0.key, count: $0.value, written: written[$0.key] ?? []) }
                .sorted { a, b in
                    if a.count != b.count { return a.count > b.count }
                    if a.key.folded != b.key.folded { return a.key.folded < b.key.folded }
                    return a.key.name < b.key.name
                }
            return items.isEmpty ? nil : Group(kind: kind, items: items)
        }
    }

    /// Every item, group after group (the order `j`/`k` move in).
    public var items: [Item] { groups.flatMap(\.items) }
}
