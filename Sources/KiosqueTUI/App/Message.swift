import KiosqueCore

/// Everything that can change the state: input from the user and news from the edges.
public enum Message: Sendable {
    case key(Key)
    /// An action without going through the key map (scripts, tests, a future command line).
    case perform(Action)
    /// The terminal changed size.
    case resize(Size)
    /// The runtime is ready (stores read): the first article is shown when nothing else is.
    case started
    /// The index worker read the catalogue again (during and after an update).
    case catalogue(CatalogueUpdate)
    /// How far the index update is.
    case indexProgress(IndexProgress)
    /// The index update ended (done, cancelled, or failed).
    case indexFinished(IndexOutcome)
    /// The corpus-wide entity index, built in the background from the stored analyses of the
    /// catalogue numbered `catalogue` (`CatalogueUpdate.serial`).
    case entityIndex(EntityArticleIndex, catalogue: Int)
    /// An article asked for by `Effect.loadArticle` arrived, or could not be read.
    case articleLoaded(ArticleRequest, Result<LoadedArticle, LoadIssue>)
    /// Bookmarks found again in their articles' current text (`Effect.anchorBookmarks`).
    case bookmarksAnchored([BookmarkID: Anchor])
    /// The sector classifier was loaded (the index worker loads it; tests give one by hand).
    case sectorsLoaded(SectorClassifier)
    /// The sector taxonomy could not be read: the reader runs without sectors.
    case sectorsFailed(String)
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
    /// The stores' timer: bookmark changes kept in memory are due for another try.
    case writesRetryDue
    /// How far the fetch of the subscriptions is (`Effect.fetchFeeds`), with the feeds committed.
    case feedsProgress(FeedRun.Progress)
    /// The fetch ended.
    case feedsFinished(FeedsOutcome)
    /// A link was handed to the browser (the command's name), or could not be.
    case linkOpened(Result<String, LinkError>)
    /// A link was written to the terminal's clipboard (true), or the write failed.
    case linkCopied(Bool)
    /// `views.json` could not be written (why).
    case viewsSaveFailed(String)
}

/// A change to an existing bookmark.
public enum BookmarkChange: Hashable, Sendable {
    case note(BookmarkID)
    case tags(BookmarkID)
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
public enum ReviewExportError: Error, Hashable, Sendable {
    /// The folder or a file of the review cannot be written.
    case write(FileWriteError)
    /// The folder already holds 100 reviews of the same minute (`stem`, `stem-2`...).
    case namesTaken(folder: String, stem: String)
    /// The review's labels (`Resources/export/labels.json`) cannot be read.
    case labels(String)
}

/// The reader's messages run on the generic runtime (`Kit/Runtime`).
extension Message: RuntimeMessage {}
