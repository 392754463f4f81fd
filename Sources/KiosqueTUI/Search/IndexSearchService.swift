import KiosqueCore

/// Search through the full-text index (`CorpusIndex.search`): the index finds the analyses that
/// match, the catalogue the request carries turns them into its positions (articles the index
/// already holds but that catalogue does not yet list are left out).
public struct IndexSearchService: SearchService {
    public let index: CorpusIndex

    public init(index: CorpusIndex) {
        self.index = index
    }

    public func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation?) -> Result<[Int], any Error> {
        do {
            return .success(try index.search(query, in: catalogue, cancellation: cancellation))
        } catch {
            return .failure(error)
        }
    }
}
