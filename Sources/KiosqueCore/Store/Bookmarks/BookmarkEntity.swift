/// A named entity found in a bookmarked passage, kept with the bookmark for the press review.
public struct BookmarkEntity: Hashable, Sendable, Codable {
    /// The entity's canonical name (`Emmanuel Macron`), or the mention as written when it has none.
    public var text: String
    public var kind: EntityKind
    /// The passage's other spellings of it, in text order (`Macron`, `Edouard Philippe` for
    /// `Édouard Philippe`); empty when the passage writes only the canonical name. Stored only
    /// when not empty, so bookmarks written before it read as they were.
    public var written: [String]

    public init(text: String, kind: EntityKind, written: [String] = []) {
        self.text = text
        self.kind = kind
        self.written = written
    }

    private enum CodingKeys: String, CodingKey { case text, kind, written }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        kind = try container.decode(EntityKind.self, forKey: .kind)
        written = try container.decodeIfPresent([String].self, forKey: .written) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        if !written.isEmpty { try container.encode(written, forKey: .written) }
    }
}
