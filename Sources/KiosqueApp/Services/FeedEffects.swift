import Foundation
import KiosqueCore
import KiosqueTUI

/// The reader's fetch service (`Effect.fetchFeeds`, the `R` key): reads the urls file, runs a
/// `FeedRun` into the library on a task of its own, posts its news to the mailbox
/// (`Message.feedsProgress`, then `feedsFinished`), and after each commit that added articles
/// asks `newArticles` to bring them in (the index worker runs again on the library). Stopped
/// (cancelled, bounded wait) with the program.
public final class FeedEffects: @unchecked Sendable {
    private let directories: AppDirectories
    private let mailbox: Mailbox<Message>
    private let newArticles: @Sendable () -> Void
    private let fetcher: FeedFetcher
    /// Words failures in the user's language.
    private let strings: Strings
    private let lock = NSLock()
    private var task: Task<Void, Never>?

    public init(directories: AppDirectories, mailbox: Mailbox<Message>, fetcher: FeedFetcher = FeedFetcher(),
                strings: Strings = .bundledOrEmpty(language: .english), newArticles: @escaping @Sendable () -> Void) {
        self.directories = directories
        self.strings = strings
        self.mailbox = mailbox
        self.fetcher = fetcher
        self.newArticles = newArticles
    }

    /// Starts a fetch of every subscription (the state refuses a second one while it runs).
    public func fetch() -> [Message] {
        let list: SubscriptionList
        do { list = try SubscriptionFile.load(directories.subscriptionsFile) } catch {
            return [.feedsFinished(.failed(strings.subscriptionError(error)))]
        }
        let subscriptions = list.subscriptions
        guard !subscriptions.isEmpty else { return [.feedsFinished(.noSubscriptions)] }
        let run = FeedRun(directories: directories, fetcher: fetcher)
        let mailbox = self.mailbox
        let newArticles = self.newArticles
        let strings = self.strings
        let started = Task.detached(priority: .utility) {
            do {
                let reports = try await run.run(subscriptions, progress: { progress in
                    mailbox.post(.feedsProgress(progress))
                    if progress.committed.contains(where: { !$0.added.isEmpty }) { newArticles() }
                })
                mailbox.post(.feedsFinished(.done(reports)))
            } catch {
                mailbox.post(.feedsFinished(.failed(strings.describe(error))))
            }
        }
        lock.withLock { task = started }
        return []
    }

    /// Cancels a running fetch and waits for it at most `timeout` seconds (what was committed
    /// stays in the library; the rest is fetched again next time).
    public func stop(timeout: Double = 3) {
        guard let running = lock.withLock({ task }) else { return }
        running.cancel()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            await running.value
            done.signal()
        }
        _ = done.wait(timeout: .now() + timeout)
    }
}
