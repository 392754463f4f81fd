import KiosqueCore

/// Work for the runtime to do after an update: state changes never perform effects themselves.
/// Each case goes to the one service that runs it (`ReaderServices`); synchronous answers come
/// back as messages before the next frame is drawn, later ones through the runtime's mailbox.
public enum Effect: Hashable, Sendable {
    /// Leave the reader and restore the terminal.
    case quit
    /// Read an article from its source with its stored analysis: `Message.articleLoaded`.
    case loadArticle(ArticleRequest)
    /// Find bookmarks again in their articles' current text (for the bookmark view's `detached`):
    /// `Message.bookmarksAnchored`, possibly later, between keys.
    case anchorBookmarks([BookmarkAnchorRequest])
    /// Commit a new bookmark (the runner gives it its id and time): `Message.bookmarkSaved`.
    case saveBookmark(BookmarkDraft)
    /// Commit a changed note: `Message.bookmarkWritten`.
    case updateNote(BookmarkID, String)
    /// Commit a bookmark's new tags: `Message.bookmarkWritten`.
    case updateTags(BookmarkID, [String])
    /// Mark a bookmark deleted, or bring it back: `Message.bookmarkWritten`.
    case deleteBookmark(BookmarkID)
    case restoreBookmark(BookmarkID)
    /// Read every bookmark again (another reader may have added some): `Message.bookmarksLoaded`.
    case loadBookmarks
    /// Remember reading positions, read marks and the open article (may be written in the background).
    case saveReading(ReadingBatch)
    /// Write a press review of these bookmarks (Markdown, and HTML beside it): `Message.reviewExported`.
    case exportReview(ReviewRequest)
    /// Find the articles matching a search, off the key path (the runtime's `SearchWorker`):
    /// `Message.searchFinished`.
    case search(SearchRequest)
    /// Keep a query in the search history (`$XDG_STATE_HOME/kiosque/history.sqlite`).
    case recordSearch(String)
    /// Try again the bookmark changes the disk refused (`Message.writesRetryDue`): `Message.storeReport`.
    case retryPendingWrites
    /// Fetch every subscription into the library in the background: `Message.feedsProgress`,
    /// then `Message.feedsFinished`; new articles come through the index worker's catalogues.
    case fetchFeeds
    /// Keep the list's order and filters for the next start (`ListViewFile`).
    case saveListView(ListView)
    /// Open an http(s) link in the browser, detached from the terminal: `Message.linkOpened`
    /// (the launch now, a failure possibly later).
    case openLink(String)
    /// Copy a link to the clipboard through the terminal (OSC 52): `Message.linkCopied`.
    case copyLink(String)
    /// Keep how the panels share the screen for the next start (`LayoutFile`, `layout.json`).
    case savePanelWidths(PanelWidths)
    /// Write the saved views (`views.json`, whole); a refusal comes back as `Message.viewsSaveFailed`.
    case saveViews([SavedView])
}

/// Why a link could not be opened.
public enum LinkError: Hashable, Sendable, Error {
    /// Neither `$BROWSER`'s commands nor `xdg-open` could be started.
    case noBrowser
    /// The command started but failed: its exit status (128 + n when killed by signal n).
    case failed(command: String, status: Int32)
}

/// A bookmark and where its article is, to find the passage again in the current text.
public struct BookmarkAnchorRequest: Hashable, Sendable {
    public var bookmark: Bookmark
    public var id: ArticleID
    public var place: ArticlePlace
    /// `Catalogue.analysisIDs` of the article (names its content, for runners that keep articles).
    public var analysisID: Int64

    public init(bookmark: Bookmark, id: ArticleID, place: ArticlePlace, analysisID: Int64) {
        self.bookmark = bookmark
        self.id = id
        self.place = place
        self.analysisID = analysisID
    }
}

/// Reading state changes to write at once.
public struct ReadingBatch: Hashable, Sendable {
    /// One article's change, as the store takes it (position: the source offset of the cursor
    /// sentence's start, nil to leave the stored one).
    public typealias Change = ReadingStateStore.Change

    public var changes: [Change]
    /// The article open now, to bring back at the next start.
    public var lastOpened: ArticleKey?

    public init(changes: [Change] = [], lastOpened: ArticleKey? = nil) {
        self.changes = changes
        self.lastOpened = lastOpened
    }

    public var isEmpty: Bool { changes.isEmpty && lastOpened == nil }
}

/// A press review to write: the bookmarks, in the interface language; by tag when some have
/// tags, else sector groups in the taxonomy's order, a passage about several sectors filed under
/// the filter's first.
public struct ReviewRequest: Hashable, Sendable {
    public var bookmarks: [Bookmark]
    public var language: Language
    public var sectorOrder: [String]
    public var preferredSectors: [String]
    /// The review's title as typed (nil or blank: the labels' default title).
    public var title: String?
    /// The days the review covers, said under its title (both nil: no period line).
    public var periodStart: ArticleDate?
    public var periodEnd: ArticleDate?

    public init(bookmarks: [Bookmark], language: Language, sectorOrder: [String] = [], preferredSectors: [String] = [],
                title: String? = nil, periodStart: ArticleDate? = nil, periodEnd: ArticleDate? = nil) {
        self.bookmarks = bookmarks
        self.language = language
        self.sectorOrder = sectorOrder
        self.preferredSectors = preferredSectors
        self.title = title
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }
}
