import KiosqueCore

/// The fetch of every subscription from the reader (`R`): running or not, how far, and the
/// feeds that failed (listed with the load problems, `P`).
public struct FeedsState: Hashable, Sendable {
    public var running = false
    /// The last news of the running fetch.
    public var progress: FeedRun.Progress?
    /// Feeds that failed in the last fetch: `feed NAME` and why, in the interface language.
    public var failures: [LoadIssue] = []

    public init() {}
}

/// How a fetch from the reader ended.
public enum FeedsOutcome: Hashable, Sendable {
    /// Every subscription was tried: one report each.
    case done([FeedRun.FeedReport])
    /// The urls file holds no subscription.
    case noSubscriptions
    /// The urls file or the library could not be used (why).
    case failed(String)
}
