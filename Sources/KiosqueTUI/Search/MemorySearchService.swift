import Foundation
import KiosqueCore

/// Search over articles held in memory (`MemorySearch`, what `kiosque search --no-index` does).
/// The articles' search words are made on the first search, on the caller's queue (the search
/// worker's), not when the reader starts: a reader that never searches never pays for them.
public final class MemorySearchService: SearchService, @unchecked Sendable {
    private let articles: [Article]
    private let lock = NSLock()
    /// Guarded by `lock`; made once.
    private var prepared: MemorySearch?

    public init(articles: [Article]) {
        self.articles = articles
    }

    public func search(_ query: SearchQuery) -> Result<[Int], any Error> {
        .success(memory.positions(matching: query))
    }

    /// The search words, made on first use (the lock is held meanwhile, so they are made once).
    private var memory: MemorySearch {
        lock.withLock {
            if let prepared { return prepared }
            let made = MemorySearch(articles: articles)
            prepared = made
            return made
        }
    }
}
