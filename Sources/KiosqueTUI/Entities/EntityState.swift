import KiosqueCore

/// What the reader knows and shows of named entities: the analysis results so far, the corpus
/// index, and the display choices (types shown, legend, the entity highlighted).
public struct EntityState: Sendable {
    /// Entities per article (index into `AppState.articles`), sorted by position; an article
    /// without a key here has not been analysed yet.
    public var byArticle: [Int: [Entity]] = [:]
    public var index = EntityArticleIndex()
    /// True when a background analysis delivers results (the runtime sets it when it starts
    /// one): progress is shown, opening an article asks for it first, filters say they are
    /// partial until every article is in. False in tests that give results by hand.
    public var analysing = false
    /// Why the analysis could not run (the word lists could not be read), if it failed.
    public var failure: String?
    /// Types switched off: not highlighted and skipped by `]` / `[`.
    public var hidden: Set<EntityKind> = []
    /// The legend overlay (`L`).
    public var legendShown = false
    /// The entity whose mentions are highlighted (Enter in the entity view); `]`/`[` then go
    /// from one of its mentions to the next.
    public var highlighted: EntityKey?

    public init() {}

    /// Articles analysed so far.
    public var analysedCount: Int { byArticle.count }

    /// True when no more results will come: every one of `total` articles has been analysed,
    /// the analysis failed, or none runs.
    public func isComplete(total: Int) -> Bool { !analysing || failure != nil || byArticle.count >= total }

    /// The mentions of an article that are drawn: their type is shown.
    public func visibleEntities(ofArticle index: Int) -> [Entity] {
        let all = byArticle[index] ?? []
        return hidden.isEmpty ? all : all.filter { !hidden.contains($0.kind) }
    }
}
