import KiosqueCore

/// Search through the full-text index (`CorpusIndex.search`): the index finds the analyses that
/// match, the catalogue the request carries turns them into its positions (articles the index
/// already holds but that catalogue does not yet list are left out).
public struct IndexSearchService: SearchService {
    public let index: CorpusIndex

    public init(index: CorpusIndex) {
        self.index = index
    }

    public func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation?) -> Result<SearchOutcome, any Error> {
        do {
            if let cancellation { return .success(try index.search(query, in: catalogue, cancellation: cancellation)) }
            return .success(.found(try index.search(query, in: catalogue)))
        } catch {
            return .failure(error)
        }
    }

    public func firstMatches(_ query: SearchQuery, in catalogue: Catalogue, limit: Int) -> Result<FirstMatches, any Error>? {
        do {
            return try index.firstMatches(query, in: catalogue, limit: limit).map { .success($0) }
        } catch {
            return .failure(error)
        }
    }

    public func firstMatches(_ query: SearchQuery, in catalogue: Catalogue, order: [Int], limit: Int,
                             cancellation: IndexCancellation?) -> Result<FirstMatches, any Error>? {
        do {
            return try index.firstMatches(query, in: catalogue, order: order, limit: limit, cancellation: cancellation)
                .map { .success($0) }
        } catch {
            return .failure(error)
        }
    }

    public func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation, order: [Int], limit: Int,
                       first: (FirstMatches) -> Void) -> Result<SearchOutcome, any Error> {
        do {
            return .success(try index.search(query, in: catalogue, cancellation: cancellation, order: order, limit: limit, first: first))
        } catch {
            return .failure(error)
        }
    }
}
