import Foundation

/// Where the user was in an article and whether it was read.
public struct ReadingState: Hashable, Sendable {
    /// A code point offset into the article's source text (the reader's `topOffset` or cursor).
    public var position: Int
    public var read: Bool
    public var updated: Date

    public init(position: Int = 0, read: Bool = false, updated: Date) {
        self.position = position
        self.read = read
        self.updated = updated.roundedToMilliseconds
    }
}
