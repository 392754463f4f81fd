import Foundation

/// Asks running index work to stop: an update stops after the batch it is working on (already
/// committed batches stay: the next update resumes from there); a search stops its full-text
/// query at once (`CorpusIndex.search`). Safe to use from any thread.
public final class IndexCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public func cancel() {
        lock.withLock { cancelled = true }
    }

    public var isCancelled: Bool {
        lock.withLock { cancelled }
    }
}
