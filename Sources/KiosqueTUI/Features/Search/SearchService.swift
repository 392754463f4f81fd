import KiosqueCore

/// Finds the articles matching a search, for the reader: the runtime calls it off the key path
/// (`SearchWorker`), and the answers come back to `update` as messages.
///
/// The reader's is `IndexSearchService` (the full-text index, over the catalogue the state
/// holds when it asks). Tests answer from the fixture articles with the same matcher.
public protocol SearchService: Sendable {
    /// Positions in `catalogue` of the matching articles, ascending: corpus order. May take
    /// long; called on a background queue. `cancellation` says the answer is no longer wanted (a
    /// newer search superseded it): the service may stop early and answer `.cancelled` (not a
    /// failure), or answer anyway.
    func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation?) -> Result<SearchOutcome, any Error>

    /// The first `limit` matches in corpus order, quickly, or nil when this service cannot find
    /// them without the whole answer (the worker then waits for `search`).
    func firstMatches(_ query: SearchQuery, in catalogue: Catalogue, limit: Int) -> Result<FirstMatches, any Error>?

    /// The matches among the first articles of `order` (positions of `catalogue` in the list's
    /// order), in that order: the head of the list the whole answer gives, up to `limit` rows; or
    /// nil when this service cannot find them quickly (`CorpusIndex.firstMatches(_:in:order:limit:)`).
    func firstMatches(_ query: SearchQuery, in catalogue: Catalogue, order: [Int], limit: Int,
                      cancellation: IndexCancellation?) -> Result<FirstMatches, any Error>?

    /// `search`, giving `first` the head of the answer in `order` (up to `limit` rows) as soon as
    /// it is known, when that is sooner than the whole answer; `search` alone by default.
    func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation, order: [Int], limit: Int,
                first: (FirstMatches) -> Void) -> Result<SearchOutcome, any Error>
}

extension SearchService {
    public func firstMatches(_ query: SearchQuery, in catalogue: Catalogue, limit: Int) -> Result<FirstMatches, any Error>? { nil }

    public func firstMatches(_ query: SearchQuery, in catalogue: Catalogue, order: [Int], limit: Int,
                             cancellation: IndexCancellation?) -> Result<FirstMatches, any Error>? { nil }

    public func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation, order: [Int], limit: Int,
                       first: (FirstMatches) -> Void) -> Result<SearchOutcome, any Error> {
        search(query, in: catalogue, cancellation: cancellation)
    }

    /// A search nothing will cancel.
    public func search(_ query: SearchQuery, in catalogue: Catalogue) -> Result<SearchOutcome, any Error> {
        search(query, in: catalogue, cancellation: nil)
    }
}
