import KiosqueCore

/// What the reader knows and shows of named entities across the corpus: the corpus-wide index
/// (built in the background from the stored analyses) and the display choices (types shown,
/// legend, the entity highlighted). The open article's own entities are in `OpenArticle`.
public struct EntityState: Sendable {
    /// Which articles mention which entity: nil until the index worker has built it from the
    /// catalogue, and again after a catalogue change until it is rebuilt (filters say `partial`).
    public var index: EntityArticleIndex?
    /// Types switched off: not highlighted and skipped by `]` / `[`.
    public var hidden: Set<EntityKind> = []
    /// The legend overlay (`L`).
    public var legendShown = false
    /// The entity whose mentions are highlighted (Enter in the entity view); `]`/`[` then go
    /// from one of its mentions to the next.
    public var highlighted: EntityKey?

    public init() {}

    /// The entity a mention stands for across the corpus: its canonical name there (a bare
    /// `Macron` is `Emmanuel Macron` once the index knows it), else the article's own.
    public func key(of entity: Entity) -> EntityKey {
        let own = EntityKey(entity)
        return index?.canonical(own) ?? own
    }

    /// True when `entity` is a mention of `key`, in the article or across the corpus.
    public func mentions(_ key: EntityKey, _ entity: Entity) -> Bool {
        key.matches(entity) || (index != nil && self.key(of: entity) == key)
    }

    /// The mentions of `entities` that are drawn: their type is shown.
    public func visible(_ entities: [Entity]) -> [Entity] {
        hidden.isEmpty ? entities : entities.filter { !hidden.contains($0.kind) }
    }
}
