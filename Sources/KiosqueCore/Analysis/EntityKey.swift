
/// One entity across the corpus: its type and the identity of its canonical name (`EntityName`:
/// accents, case, spacing and a place's or organisation's leading article ignored), so that
/// `Sergueï Lavrov` in one article and `Serguei\u{A0}Lavrov` in another are one.
public struct EntityKey: Hashable, Sendable {
    public var kind: EntityKind
    /// `EntityName.identity` of the canonical name.
    public var folded: String
    /// The canonical name as written (spacing normalised), for display.
    public var name: String

    public init(kind: EntityKind, name: String) {
        self.kind = kind
        self.name = EntityName.normalisedSpacing(name)
        self.folded = EntityName.identity(name, kind: kind)
    }

    public init(_ entity: Entity) { self.init(kind: entity.kind, name: entity.canonical) }

    /// True when `entity` is a mention of this entity (same type, same folded canonical name).
    public func matches(_ entity: Entity) -> Bool {
        entity.kind == kind && (entity.canonical == name || EntityName.identity(entity.canonical, kind: kind) == folded)
    }

    // Identity is type + folded name; the display name does not count.
    public static func == (a: EntityKey, b: EntityKey) -> Bool { a.kind == b.kind && a.folded == b.folded }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(folded)
    }
}
