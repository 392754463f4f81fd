import KiosqueCore

/// Finds the articles matching a search, for the reader: the runtime calls it off the key path
/// (`SearchWorker`), and the answers come back to `update` as messages.
///
/// Two implementations: `MemorySearchService` over the articles the reader holds, and
/// `IndexSearchService` over the full-text index and its catalogue. Both match with the same
/// words (`SearchTokenizer`), so they return the same articles.
public protocol SearchService: Sendable {
    /// Indices of the matching articles (into `AppState.articles`, which are the catalogue's
    /// positions), ascending: corpus order. May take long; called on a background queue.
    func search(_ query: SearchQuery) -> Result<[Int], any Error>
}
