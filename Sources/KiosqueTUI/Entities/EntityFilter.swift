/// The article list narrowed to the articles that mention one entity (`f` in the entity view).
public struct EntityFilter: Hashable, Sendable {
    public var key: EntityKey
    /// Indices into `AppState.articles` of the matching articles, in corpus order.
    public var rows: [Int]
    /// True while the analysis has not reached every article: more may match later.
    public var isPartial: Bool

    public init(key: EntityKey, rows: [Int], isPartial: Bool) {
        self.key = key
        self.rows = rows
        self.isPartial = isPartial
    }
}
