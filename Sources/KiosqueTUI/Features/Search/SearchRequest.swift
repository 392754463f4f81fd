import KiosqueCore

/// A search the state asks for (`Effect.search`). Requests are numbered: an answer whose `id` is
/// not the one the list waits for is stale (an older keystroke's, or one made against a catalogue
/// since replaced) and is dropped.
///
/// The request carries the catalogue the state holds (a copy-on-write value: nothing is copied),
/// so that the answer is in that catalogue's positions even when the index worker has read a
/// newer one meanwhile.
public struct SearchRequest: Hashable, Sendable {
    public var id: Int
    public var query: SearchQuery
    /// The catalogue whose positions the answer gives.
    public var catalogue: Catalogue
    /// `AppState.catalogueSerial` of `catalogue` (names it in equality and in the answer).
    public var catalogueSerial: Int
    /// The rows the search narrows, in the list's order (the list's other criteria applied, the
    /// positions of `catalogue`), so that the first rows drawn are the head of the whole answer
    /// in that order; nil for every article in corpus order. A copy-on-write value (the state's
    /// `ordering` without other criteria: nothing is copied).
    public var order: [Int]?
    /// How many first rows are wanted before the whole answer when `order` is set: the list's
    /// rows on screen.
    public var firstRows: Int

    public init(id: Int, query: SearchQuery, catalogue: Catalogue, catalogueSerial: Int, order: [Int]? = nil,
                firstRows: Int = 100) {
        self.id = id
        self.query = query
        self.catalogue = catalogue
        self.catalogueSerial = catalogueSerial
        self.order = order
        self.firstRows = firstRows
    }

    /// Equal when the id, the query and the catalogue's serial are (the catalogue is named by its
    /// serial; the order follows from the state the id was made in).
    public static func == (a: SearchRequest, b: SearchRequest) -> Bool {
        a.id == b.id && a.query == b.query && a.catalogueSerial == b.catalogueSerial
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(query)
        hasher.combine(catalogueSerial)
    }
}

/// The answer to a `SearchRequest` (`Message.searchFinished`).
public struct SearchAnswer: Hashable, Sendable {
    public var id: Int
    /// The serial of the catalogue the positions are in (the request's).
    public var catalogueSerial: Int
    /// The matching articles in corpus order, or why the search could not run.
    public var result: Result<[Int], SearchFailure>
    /// False for the first rows of the answer (the first matches in the request's order, or in
    /// corpus order without one), which the whole answer follows.
    public var complete: Bool

    public init(id: Int, catalogueSerial: Int = 0, result: Result<[Int], SearchFailure>, complete: Bool = true) {
        self.id = id
        self.catalogueSerial = catalogueSerial
        self.result = result
        self.complete = complete
    }
}

/// Why a search could not run (the index could not be read, the reader has none), for the status line.
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
