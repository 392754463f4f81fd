import KiosqueCore

/// Everything the reader shows, as a value. `update` changes it; `render` draws it.
public struct AppState: Sendable {
    public var articles: [Article]
    public var issues: [LoadIssue]
    public var size: Size
    public var display: DisplayOptions

    public init(articles: [Article], issues: [LoadIssue], size: Size, display: DisplayOptions) {
        self.articles = articles
        self.issues = issues
        self.size = size
        self.display = display
    }
}
