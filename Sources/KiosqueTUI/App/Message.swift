import KiosqueCore

/// Everything that can change the state: input from the user and news from the edges.
public enum Message: Sendable {
    case key(Key)
    /// An action without going through the key map (scripts, tests, a future command line).
    case perform(Action)
    /// The terminal changed size.
    case resize(Size)
    /// Entities and sectors found by the background analysis, per article (index into
    /// `AppState.articles`); an article's sectors come with its entities when a classifier is known.
    case analyzed([Int: [Entity]], sectors: [Int: ArticleSectors] = [:])
    /// The background worker loaded the sector classifier (tests give one by hand).
    case sectorsLoaded(SectorClassifier)
    /// The sector taxonomy could not be read: the reader runs without sectors.
    case sectorsFailed(String)
    /// The background analysis could not start (its word lists could not be read).
    case analysisFailed(String)
    /// Every live bookmark of the store (at start, and when the bookmark view opens).
    case bookmarksLoaded([Bookmark])
    /// A bookmark was committed (or kept in memory because the disk refused it).
    case bookmarkSaved(Bookmark, WriteOutcome)
    /// A note change, a deletion or its undo was committed, kept in memory, or refused.
    case bookmarkWritten(BookmarkChange, Result<WriteOutcome, StoreError>)
    /// What the stores have to say (a damaged file moved aside, writes kept in memory or written
    /// later) and how many changes still wait in memory.
    case storeReport(StoreReport)
    /// The reading state at start: positions, read marks, the last article open.
    case readingLoaded(ReadingSnapshot)
    /// The press review was written (its path) or could not be.
    case reviewExported(Result<ReviewFile, ReviewExportError>)
    /// The program is about to end (q, Ctrl-C, a signal): the last reading state is written.
    case stopping
    /// The articles matching a search (`Effect.search`); stale answers are dropped.
    case searchFinished(SearchAnswer)
    /// The search history at start (or why it cannot be read or written).
    case searchHistoryLoaded(SearchHistorySnapshot)
}

/// A change to an existing bookmark.
public enum BookmarkChange: Hashable, Sendable {
    case note(BookmarkID)
    case delete(BookmarkID)
    case restore(BookmarkID)
}

/// The stores' news after an effect.
public struct StoreReport: Hashable, Sendable {
    public var notices: [StoreNotice]
    /// Bookmark changes still kept in memory.
    public var pendingWrites: Int
    public init(notices: [StoreNotice] = [], pendingWrites: Int = 0) {
        self.notices = notices
        self.pendingWrites = pendingWrites
    }
}

/// The reading state as the store has it.
public struct ReadingSnapshot: Hashable, Sendable {
    public var states: [ArticleKey: ReadingState]
    public var lastOpened: ArticleKey?
    /// Why the reading state could not be read (then nothing is restored or marked unread).
    public var failure: String?
    public init(states: [ArticleKey: ReadingState] = [:], lastOpened: ArticleKey? = nil, failure: String? = nil) {
        self.states = states
        self.lastOpened = lastOpened
        self.failure = failure
    }
}

/// A written press review.
public struct ReviewFile: Hashable, Sendable {
    public var path: String
    public var passages: Int
    public init(path: String, passages: Int) {
        self.path = path
        self.passages = passages
    }
}

/// Why a press review could not be written.
public struct ReviewExportError: Error, Hashable, Sendable {
    public var reason: String
    public init(reason: String) { self.reason = reason }
}
