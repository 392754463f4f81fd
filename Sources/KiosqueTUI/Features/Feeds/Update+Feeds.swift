import KiosqueCore

/// `R`: fetch every subscription in the background (`Effect.fetchFeeds`); its news move the
/// status line, new articles come in through the index worker's catalogues, failures join the
/// problems (`P`).
extension App {
    static func fetchFeeds(_ state: inout AppState) -> [Effect] {
        guard !state.feeds.running else {
            state.notice = .feedsAlreadyRunning
            return []
        }
        state.feeds.running = true
        state.feeds.progress = nil
        state.feeds.failures = []
        state.issues = mergedIssues(state.catalogue.problems, state.index.issues, feeds: [])
        state.notice = .feedsStarted
        return [.fetchFeeds]
    }

    static func receive(feedsProgress progress: FeedRun.Progress, _ state: inout AppState) {
        state.feeds.progress = progress
        let failures = progress.committed.compactMap { failure(of: $0, state) }
        guard !failures.isEmpty else { return }
        state.feeds.failures += failures
        state.issues = mergedIssues(state.catalogue.problems, state.index.issues, feeds: state.feeds.failures)
    }

    static func receive(feedsOutcome outcome: FeedsOutcome, _ state: inout AppState) {
        state.feeds.running = false
        state.feeds.progress = nil
        switch outcome {
        case .noSubscriptions:
            state.notice = .feedsNone
        case .failed(let reason):
            state.notice = .feedsFailed(reason: reason)
        case .done(let reports):
            state.feeds.failures = reports.compactMap { failure(of: $0, state) }
            state.issues = mergedIssues(state.catalogue.problems, state.index.issues, feeds: state.feeds.failures)
            let added = reports.reduce(0) { total, report in total + report.added.count }
            if added > 0, state.statusMessage == .libraryEmpty { state.statusMessage = nil }
            state.notice = .feedsFetched(feeds: reports.count, added: added, failed: state.feeds.failures.count)
        }
    }

    /// A failed feed as a problem: `feed NAME (URL)` and the reason in the interface language.
    static func failure(of report: FeedRun.FeedReport, _ state: AppState) -> LoadIssue? {
        let reason: LoadReason
        switch report.outcome {
        case .failed(let error): reason = .fetchFailed(error)
        case .unreadable(let why): reason = why
        case .read, .unchanged: return nil
        }
        let subscription = report.subscription
        let name = subscription.name.map { "\($0) (\(subscription.url))" } ?? subscription.url
        return LoadIssue(location: state.strings.format(.feedsProblemLocation, ["feed": name]), reason: reason)
    }
}
