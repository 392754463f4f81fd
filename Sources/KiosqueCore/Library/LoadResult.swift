/// What opening some paths gave: the articles that could be read and what could not.
public struct LoadResult: Sendable {
    public var articles: [Article]
    public var issues: [LoadIssue]

    public init(articles: [Article] = [], issues: [LoadIssue] = []) {
        self.articles = articles
        self.issues = issues
    }
}
