import KiosqueCore

/// Search through the full-text index (`CorpusIndex.search`): positions in `catalogue`, which
/// are the reader's article indices when the reader lists the catalogue.
public struct IndexSearchService: SearchService {
    public let index: CorpusIndex
    public let catalogue: Catalogue

    public init(index: CorpusIndex, catalogue: Catalogue) {
        self.index = index
        self.catalogue = catalogue
    }

    public func search(_ query: SearchQuery) -> Result<[Int], any Error> {
        do {
            return .success(try index.search(query, in: catalogue))
        } catch {
            return .failure(error)
        }
    }
}
