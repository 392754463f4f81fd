/// Search without the index: every article's search words held in memory (`SearchDocument`,
/// made once, on every core) and matched in Swift by `SearchMatcher`, the matcher that gives the
/// reader its highlights, so it finds exactly the articles the full-text index finds.
///
/// The reference the tests check the full-text index against, and `kiosque-bench search
/// --memory`; `kiosque search --no-index` searches a throw-away index instead (`Corpus`).
public struct MemorySearch: Sendable {
    /// The articles' search words, in corpus order.
    public let documents: [SearchDocument]

    /// Tokenises every article (the costly part: about 20 MB of text for 5,030 articles).
    public init(articles: [Article]) {
        documents = ParallelMap.map(articles, chunkSize: 32) { SearchDocument($0) }
    }

    public var count: Int { documents.count }

    /// Positions of the articles matching `query`, in corpus order.
    public func positions(matching query: SearchQuery) -> [Int] {
        let matcher = SearchMatcher(query)
        return documents.indices.filter { matcher.matches(in: documents[$0]).isMatch }
    }
}
