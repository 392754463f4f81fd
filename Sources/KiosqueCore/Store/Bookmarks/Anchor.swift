/// Where a bookmarked passage is in an article's current text.
public enum Anchor: Hashable, Sendable {
    /// The text is the one the bookmark was made on (same hash): the stored offsets hold.
    case unchanged(TextRange)
    /// The text changed, and the quote was found again word for word (whitespace aside).
    case found(TextRange)
    /// The passage itself was edited; this is the closest passage, `similarity` (0...1) alike.
    case approximate(TextRange, similarity: Double)
    /// The passage is no longer in the text: the bookmark is kept and shown as detached.
    case detached

    /// The passage's offsets in the current text, nil when detached.
    public var range: TextRange? {
        switch self {
        case .unchanged(let range), .found(let range), .approximate(let range, _): return range
        case .detached: return nil
        }
    }

    public var isDetached: Bool { self == .detached }

    /// One word for scripts: `unchanged`, `found`, `approximate`, `detached`.
    public var status: String {
        switch self {
        case .unchanged: return "unchanged"
        case .found: return "found"
        case .approximate: return "approximate"
        case .detached: return "detached"
        }
    }
}
