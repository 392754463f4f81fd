/// What opening some paths gave: the articles that could be read and what could not.
public struct LoadResult: Sendable {
    public var articles: [Article]
    public var issues: [LoadIssue]
    /// Ids found twice in one JSONL file (the later articles got qualified ids): warnings.
    public var duplicateIDs: [CorpusIDs.Duplicate] = []
    /// Files found in folders that are not articles, never read (`SkippedFiles`).
    public var skipped: [String] = []

    public init(articles: [Article] = [], issues: [LoadIssue] = []) {
        self.articles = articles
        self.issues = issues
    }
}
