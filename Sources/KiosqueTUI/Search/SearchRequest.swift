import KiosqueCore

/// A search the state asks for (`Effect.search`). Requests are numbered: an answer whose `id` is
/// not the one the list waits for is stale (an older keystroke's) and is dropped.
public struct SearchRequest: Hashable, Sendable {
    public var id: Int
    public var query: SearchQuery

    public init(id: Int, query: SearchQuery) {
        self.id = id
        self.query = query
    }
}

/// The answer to a `SearchRequest` (`Message.searchFinished`).
public struct SearchAnswer: Hashable, Sendable {
    public var id: Int
    /// The matching articles in corpus order, or why the search could not run.
    public var result: Result<[Int], SearchFailure>

    public init(id: Int, result: Result<[Int], SearchFailure>) {
        self.id = id
        self.result = result
    }
}

/// Why a search could not run (the index could not be read...), for the status line.
public struct SearchFailure: Error, Hashable, Sendable {
    public var reason: String
    public init(reason: String) { self.reason = reason }
}

/// The search history as the store has it (`Message.searchHistoryLoaded`).
public struct SearchHistorySnapshot: Hashable, Sendable {
    /// Queries, most recent first.
    public var queries: [String]
    /// Why the history could not be read or written (then what is typed is kept for the session).
    public var failure: String?
    /// What happened on opening (a damaged file moved aside).
    public var notes: [String]

    public init(queries: [String] = [], failure: String? = nil, notes: [String] = []) {
        self.queries = queries
        self.failure = failure
        self.notes = notes
    }
}
