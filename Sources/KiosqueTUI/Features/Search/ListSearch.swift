import KiosqueCore

/// The text search of the list filter (`/`): the query typed and the articles found for it.
///
/// While an answer is awaited (`pending`), `matches` still holds the previous answer, so the
/// list does not flash empty between keystrokes; the first time, it holds nothing and the list is
/// not narrowed yet.
public struct ListSearch: Hashable, Sendable {
    /// The search as typed and parsed (search-as-you-type: the last word may be a prefix).
    public var query: SearchQuery
    /// Matching articles (positions in `AppState.catalogue`), ascending; nil before any answer.
    public var matches: [Int]?
    /// The request whose answer the list waits for; nil when `matches` answers `query`.
    public var pending: Int?
    /// The serial of the catalogue the search ran against. When the catalogue was read again
    /// since (a first index), `matches` were carried over to the new positions by analysis and
    /// articles that came since may be missing: the filter says `partial` until the search,
    /// asked again, answers.
    public var catalogue: Int
    /// Why the last answer to `query` is a failure (the index could not be read); `matches` is
    /// then empty: the list never shows another query's answer under this one's label.
    public var failure: String?
    /// True while `matches` are only the first rows of the answer to `pending` (the whole answer,
    /// with its count, follows).
    public var firstRowsOnly = false

    public init(query: SearchQuery, matches: [Int]? = nil, pending: Int? = nil, catalogue: Int = 0, failure: String? = nil) {
        self.query = query
        self.matches = matches
        self.pending = pending
        self.catalogue = catalogue
        self.failure = failure
    }

    /// The query as the user typed it.
    public var text: String { query.text }
}
