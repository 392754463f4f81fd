/// A named entity found in a bookmarked passage, kept with the bookmark for the press review.
public struct BookmarkEntity: Hashable, Sendable, Codable {
    /// The mention as written, or its fullest name in the article when the recogniser gives one.
    public var text: String
    public var kind: EntityKind

    public init(text: String, kind: EntityKind) {
        self.text = text
        self.kind = kind
    }
}
