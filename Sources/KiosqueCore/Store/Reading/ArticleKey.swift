/// An article as the reading state knows it: its id and where it was read.
public struct ArticleKey: Hashable, Sendable {
    public var id: ArticleID
    public var location: String

    public init(id: ArticleID, location: String) {
        self.id = id
        self.location = location
    }

    public init(_ article: Article) { self.init(id: article.id, location: article.location) }
}
