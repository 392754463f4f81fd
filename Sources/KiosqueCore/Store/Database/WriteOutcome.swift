/// What became of a change: committed, or kept in memory because the disk refused it.
public enum WriteOutcome: Hashable, Sendable {
    /// Committed to the database (it survives `kill -9`).
    case saved
    /// Not on disk yet: kept in memory with the changes before it and written at the next change
    /// or `retryPendingWrites()`. The error says why (read-only folder, full disk...).
    case keptInMemory(StoreError)

    public var isSaved: Bool { self == .saved }
}
