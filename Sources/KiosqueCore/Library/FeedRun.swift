import Foundation

/// One fetch of subscriptions into the library, shared by `kiosque fetch` and the reader's `R`:
/// the feeds fetched several at once (`FeedFetcher`), each body read as a feed (`FeedReader`),
/// the entries stored (`LibraryWriter.store`) in a few commits as results come in, and each
/// feed's state (validators, status, count) saved with the commit that holds its entries. A run
/// killed at any point loses nothing already reported: a feed is reported once its entries are
/// committed, and a feed not reported is fetched again in full next time (its validators were
/// not saved).
public struct FeedRun: Sendable {
    /// What happened to one subscription.
    public struct FeedReport: Hashable, Sendable {
        public enum Outcome: Hashable, Sendable {
            /// Read: articles added, updated, already there from another outlet, entries in the feed.
            case read(added: Int, updated: Int, merged: Int, entries: Int)
            /// HTTP 304: nothing changed since the last fetch.
            case unchanged
            /// Not fetched, or fetched but not a readable feed.
            case failed(FetchError)
            /// Fetched, but the feed's XML could not be read (the reason).
            case unreadable(LoadReason)
        }

        public var subscription: Subscription
        public var outcome: Outcome
        /// The ids of the articles added (new in the library).
        public var added: [String]
        /// Problems of the feed worth a warning (malformed XML recovered, dates not understood).
        public var problems: [LoadReason]
        /// The feed's new address when every redirect on the way was permanent: the urls file
        /// and the feed's state were moved to it.
        public var movedTo: String?

        public init(subscription: Subscription, outcome: Outcome, added: [String], problems: [LoadReason], movedTo: String? = nil) {
            self.subscription = subscription
            self.outcome = outcome
            self.added = added
            self.problems = problems
            self.movedTo = movedTo
        }
    }

    /// News of a run: feeds done, feeds in all, new articles so far, failures so far, and the
    /// reports committed since the last news.
    public struct Progress: Hashable, Sendable {
        public var done: Int
        public var total: Int
        public var added: Int
        public var failed: Int
        public var committed: [FeedReport]

        public init(done: Int, total: Int, added: Int, failed: Int, committed: [FeedReport]) {
            self.done = done
            self.total = total
            self.added = added
            self.failed = failed
            self.committed = committed
        }
    }

    public var directories: AppDirectories
    public var fetcher: FeedFetcher
    /// Entries stored per commit (at most; a commit also happens every `feedsPerCommit` feeds).
    public var entriesPerCommit = 500
    public var feedsPerCommit = 25

    public init(directories: AppDirectories, fetcher: FeedFetcher = FeedFetcher()) {
        self.directories = directories
        self.fetcher = fetcher
    }

    /// Fetches `subscriptions` and stores their entries; `progress` hears of each commit (and of
    /// each feed fetched, with no report). Returns the reports in the order of `subscriptions`.
    /// Throws only when the library cannot be written (then the reports already made are in
    /// the library, and the rest will be fetched again).
    public func run(_ subscriptions: [Subscription], now: @escaping @Sendable () -> Date = Date.init,
                    waiting: (@Sendable () -> Void)? = nil,
                    progress: (@Sendable (Progress) -> Void)? = nil) async throws(LibraryError) -> [FeedReport] {
        let stateFile = FeedStateFile(url: directories.feedStateFile)
        let loaded = stateFile.load()
        let requests = subscriptions.map { subscription -> FeedRequest in
            let state = loaded.states[url: subscription.url]
            let previous = state.map { FeedValidators(etag: $0.etag, lastModified: $0.lastModified) }
            return FeedRequest(url: URL(string: subscription.url) ?? URL(fileURLWithPath: "/"), previous: previous)
        }
        let collector = Collector(run: self, subscriptions: subscriptions, stateFile: stateFile, now: now, waiting: waiting,
                                  progress: progress)
        let plain = subscriptions.indices.filter { !subscriptions[$0].fullText }
        let full = subscriptions.indices.filter { subscriptions[$0].fullText }
        _ = await fetcher.fetch(plain.map { requests[$0] }) { fetched in
            guard let result = fetched.last, let k = plain.firstIndex(where: { requests[$0].url == result.request.url }) else { return }
            collector.take(index: plain[k], result: result)
        }
        if !full.isEmpty {
            let results = await fetcher.fetch(full.map { requests[$0] })
            for (k, result) in zip(full, results) {
                var parsed: FeedReader.Result?
                if let body = result.outcome.feed?.body, case .success(let feed) = FeedReader.read(body) {
                    parsed = await withFullText(feed, subscription: subscriptions[k])
                }
                collector.take(index: k, result: result, parsed: parsed)
            }
        }
        collector.flush(force: true)
        if let error = collector.error { throw error }
        return movingSubscriptions(collector.reports(), stateFile: stateFile)
    }

    /// `run` from synchronous code (the `fetch` command, the benchmark): the calling thread waits
    /// for the run, which goes on on the concurrency pool.
    public func runWaiting(_ subscriptions: [Subscription], waiting: (@Sendable () -> Void)? = nil,
                           progress: (@Sendable (Progress) -> Void)? = nil) throws(LibraryError) -> [FeedReport] {
        final class Outcome: @unchecked Sendable {
            var value: Result<[FeedReport], LibraryError> = .success([])
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do throws(LibraryError) {
                outcome.value = .success(try await self.run(subscriptions, waiting: waiting, progress: progress))
            } catch {
                outcome.value = .failure(error)
            }
            done.signal()
        }
        done.wait()
        return try outcome.value.get()
    }

    /// Feeds moved for good (301, 308 all the way): the urls file and the feeds' state take the
    /// new address, so the next fetch asks it directly. A file that cannot be changed leaves
    /// the old address (still redirected); the report then says nothing moved.
    func movingSubscriptions(_ reports: [FeedReport], stateFile: FeedStateFile) -> [FeedReport] {
        let moves = reports.compactMap { report in report.movedTo.map { (report.subscription.url, $0) } }
        guard !moves.isEmpty else { return reports }
        let moved: Set<String> = (try? SubscriptionFile.update(directories.subscriptionsFile) { list -> (save: Bool, result: Set<String>) in
            var done = Set<String>()
            for (old, new) in moves where list.move(old, to: new) { done.insert(old) }
            return (!done.isEmpty, done)
        }) ?? []
        guard !moved.isEmpty else { return reports.map { var r = $0; r.movedTo = nil; return r } }
        try? LibraryStore(directories: directories).withLock { _ in
            let loaded = stateFile.load()
            guard loaded.canSave else { return }
            var states = loaded.states
            for (old, new) in moves where moved.contains(old) {
                states[url: new] = states[url: old]
                states[url: old] = nil
            }
            try? stateFile.save(states)
        }
        return reports.map { report in
            var report = report
            if !moved.contains(report.subscription.url) { report.movedTo = nil }
            return report
        }
    }

    /// A summary-only feed's new entries with the readable text of their pages (fetched several
    /// at once, read by `PageReader`); an entry already in the library, without a link, or whose
    /// page fails keeps its summary.
    func withFullText(_ feed: FeedReader.Result, subscription: Subscription) async -> FeedReader.Result {
        let entries = Self.entries(feed, subscription: subscription, url: URL(string: subscription.url) ?? URL(fileURLWithPath: "/"))
        let known = LibraryStore(directories: directories).knownKeys(entries.compactMap(\.keys.first))
        var wanted: [(index: Int, url: URL)] = []
        for (k, entry) in entries.enumerated() {
            guard let own = entry.keys.first, !known.contains(own), let link = entry.draft.url, let url = URL(string: link) else { continue }
            wanted.append((k, url))
        }
        guard !wanted.isEmpty else { return feed }
        let pages = await fetcher.fetch(wanted.map { FeedRequest(url: $0.url, kind: .page) })
        var result = feed
        for (want, page) in zip(wanted, pages) {
            guard let body = page.outcome.feed?.body,
                  case .success(let draft) = PageReader.read(body, name: want.url.lastPathComponent),
                  draft.text.count > result.drafts[want.index].text.count else { continue }
            result.drafts[want.index].text = draft.text
        }
        return result
    }

    /// The entries of a fetched feed body, as library entries of `subscription`.
    static func entries(_ feed: FeedReader.Result, subscription: Subscription, url: URL) -> [LibraryEntry] {
        let outlet = subscription.name ?? feed.feedTitle.flatMap { $0.isEmpty ? nil : $0 } ?? url.host
        return feed.drafts.map { draft in
            var draft = draft
            draft.source = outlet
            return LibraryEntry(draft: draft, origin: .feed(url: subscription.url, outlet: outlet), updatesText: !subscription.fullText)
        }
    }
}

/// Gathers fetched feeds and commits them in groups (called one feed at a time by the fetcher's
/// progress, then once at the end).
private final class Collector: @unchecked Sendable {
    let run: FeedRun
    let subscriptions: [Subscription]
    let stateFile: FeedStateFile
    let now: @Sendable () -> Date
    let waiting: (@Sendable () -> Void)?
    let progress: (@Sendable (FeedRun.Progress) -> Void)?
    private let lock = NSLock()
    private var pending: [(index: Int, result: FetchResult, feed: FeedReader.Result?, failure: FeedReader.Failure?)] = []
    private var pendingEntries = 0
    private var done = 0
    private var added = 0
    private var failed = 0
    private var finished: [Int: FeedRun.FeedReport] = [:]
    private(set) var error: LibraryError?

    init(run: FeedRun, subscriptions: [Subscription], stateFile: FeedStateFile, now: @escaping @Sendable () -> Date,
         waiting: (@Sendable () -> Void)?, progress: (@Sendable (FeedRun.Progress) -> Void)?) {
        self.run = run
        self.subscriptions = subscriptions
        self.stateFile = stateFile
        self.now = now
        self.waiting = waiting
        self.progress = progress
    }

    /// Takes one feed's result (`parsed`: its feed already read, full texts in); commits when
    /// enough is pending.
    func take(index: Int, result: FetchResult, parsed: FeedReader.Result? = nil) {
        var feed = parsed
        var failure: FeedReader.Failure?
        if feed == nil, let body = result.outcome.feed?.body {
            switch FeedReader.read(body) {
            case .success(let read): feed = read
            case .failure(let problem): failure = problem
            }
        }
        lock.lock()
        done += 1
        pending.append((index, result, feed, failure))
        pendingEntries += feed?.drafts.count ?? 0
        let due = pendingEntries >= run.entriesPerCommit || pending.count >= run.feedsPerCommit
        lock.unlock()
        if due { flush(force: false) } else { tell([]) }
    }

    private func tell(_ committed: [FeedRun.FeedReport]) {
        lock.lock()
        let news = FeedRun.Progress(done: done, total: subscriptions.count, added: added, failed: failed, committed: committed)
        lock.unlock()
        progress?(news)
    }

    /// Commits what is pending: entries into the library, then the feeds' states, under the
    /// library's lock.
    func flush(force: Bool) {
        lock.lock()
        let batch = pending
        pending = []
        pendingEntries = 0
        let stopped = error != nil
        lock.unlock()
        guard !batch.isEmpty, !stopped else { return }
        var reports: [FeedRun.FeedReport] = []
        let store = LibraryStore(directories: run.directories)
        do {
            try store.withLock(waiting: waiting) { writer in
                let time = now()
                let loaded = stateFile.load()
                var states = loaded.states
                var groups: [[LibraryEntry]] = []
                for item in batch {
                    if item.failure == nil, let feed = item.feed, let fetched = item.result.outcome.feed {
                        groups.append(FeedRun.entries(feed, subscription: subscriptions[item.index], url: fetched.finalURL))
                    } else {
                        groups.append([])
                    }
                }
                let stored = try writer.store(groups: groups, now: time)
                for (k, item) in batch.enumerated() {
                    let subscription = subscriptions[item.index]
                    var state = states[url: subscription.url] ?? FeedState()
                    state.lastFetch = time
                    var report = FeedRun.FeedReport(subscription: subscription, outcome: .unchanged, added: [], problems: [],
                                                    movedTo: item.result.outcome.feed?.movedPermanently?.absoluteString)
                    switch item.result.outcome {
                    case .unchanged(let validators):
                        state.lastStatus = .notModified
                        if let etag = validators.etag { state.etag = etag }
                        if let modified = validators.lastModified { state.lastModified = modified }
                    case .failed(let error):
                        if case .httpStatus(let code, _) = error { state.lastStatus = .httpError(code) } else {
                            state.lastStatus = .failed(error.description)
                        }
                        report.outcome = .failed(error)
                    case .new(let fetched), .updated(let fetched):
                        if let failure = item.failure {
                            state.lastStatus = .failed(failure.description)
                            if case .notAFeed = failure {
                                report.outcome = .failed(.notAFeed(contentType: fetched.contentType))
                            } else {
                                report.outcome = .unreadable(failure.reason)
                            }
                        } else if let feed = item.feed {
                            report.outcome = .read(added: stored[k].added.count, updated: stored[k].updated.count,
                                                   merged: stored[k].merged, entries: groups[k].count)
                            report.added = stored[k].added
                            report.problems = feed.problems
                            state.lastStatus = .ok
                            state.etag = fetched.validators.etag
                            state.lastModified = fetched.validators.lastModified
                            state.articleCount = groups[k].count
                        }
                    }
                    states[url: subscription.url] = state
                    reports.append(report)
                }
                // The states follow the articles: a state saved without its articles would
                // make the next fetch a 304 and lose them.
                if loaded.canSave { try? stateFile.save(states) }
            }
        } catch let failure as LibraryError {
            lock.lock()
            error = failure
            lock.unlock()
            return
        } catch {
            lock.lock()
            self.error = .manifest(path: store.folder.path, reason: "\(error)")
            lock.unlock()
            return
        }
        lock.lock()
        for (item, report) in zip(batch, reports) {
            finished[item.index] = report
            switch report.outcome {
            case .failed, .unreadable: failed += 1
            case .read, .unchanged: break
            }
            added += report.added.count
        }
        lock.unlock()
        tell(reports)
    }

    func reports() -> [FeedRun.FeedReport] {
        lock.lock()
        defer { lock.unlock() }
        return subscriptions.indices.map { index in
            finished[index] ?? FeedRun.FeedReport(subscription: subscriptions[index], outcome: .failed(.cancelled), added: [],
                                                  problems: [])
        }
    }
}
