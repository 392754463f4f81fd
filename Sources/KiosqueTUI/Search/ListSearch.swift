import KiosqueCore

/// The text search of the list filter (`/`): the query typed and the articles found for it.
///
/// While an answer is awaited (`pending`), `matches` still holds the previous answer, so the
/// list does not flash empty between keystrokes; the first time, it holds nothing and the list is
/// not narrowed yet.
public struct ListSearch: Hashable, Sendable {
    /// The search as typed and parsed (search-as-you-type: the last word may be a prefix).
    public var query: SearchQuery
    /// Matching articles (indices into `AppState.articles`), ascending; nil before any answer.
    public var matches: [Int]?
    /// The request whose answer the list waits for; nil when `matches` answers `query`.
    public var pending: Int?

    public init(query: SearchQuery, matches: [Int]? = nil, pending: Int? = nil) {
        self.query = query
        self.matches = matches
        self.pending = pending
    }

    /// The query as the user typed it.
    public var text: String { query.text }
}
