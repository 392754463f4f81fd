/// One mention of a named entity in a text.
public struct Entity: Hashable, Sendable {
    public var kind: EntityKind
    /// Code point offsets of the mention in the analysed text.
    public var range: TextRange
    /// The mention exactly as written (`Diop`).
    public var text: String
    /// The fullest name the text gives for the same entity (`Abdoulaye Diop`), used to count and
    /// group mentions; for dates, the mention itself.
    public var canonical: String

    public init(kind: EntityKind, range: TextRange, text: String, canonical: String) {
        self.kind = kind
        self.range = range
        self.text = text
        self.canonical = canonical
    }
}
