/// What opening some paths gave: the articles that could be read and what could not.
public struct LoadResult: Sendable {
    public var articles: [Article]
    public var issues: [LoadIssue]
    /// Ids found twice in one JSONL file (the later articles got qualified ids): warnings.
    public var duplicateIDs: [CorpusIDs.Duplicate] = []
    /// Files found in folders that are not articles, never read (`SkippedFiles`).
    public var skipped: [String] = []

    /// What the user is warned of about articles that were read (`Article.warnings`), each at
    /// its article's location.
    public var warnings: [LoadIssue] {
        articles.flatMap { article in article.warnings.map { LoadIssue(location: article.location, reason: $0) } }
    }

    public init(articles: [Article] = [], issues: [LoadIssue] = []) {
        self.articles = articles
        self.issues = issues
    }
}
