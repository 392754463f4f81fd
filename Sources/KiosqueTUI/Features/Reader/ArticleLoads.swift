import KiosqueCore

/// An article to read from its source, with its stored analysis (`Effect.loadArticle`): where it
/// is, which id it must have (a file changed since it was indexed says so), which analysis.
public struct ArticleRequest: Hashable, Sendable {
    /// Numbers requests: only the answer to the last one is used.
    public var ticket: Int
    public var id: ArticleID
    public var place: ArticlePlace
    /// `Catalogue.analysisIDs` of the article.
    public var analysisID: Int64
    /// The article's sectors as the catalogue has them (the analysis carries them).
    public var sectorLevels: [SectorLevel]
    public var sectorScores: [Double]

    public init(ticket: Int, id: ArticleID, place: ArticlePlace, analysisID: Int64, sectorLevels: [SectorLevel] = [],
                sectorScores: [Double] = []) {
        self.ticket = ticket
        self.id = id
        self.place = place
        self.analysisID = analysisID
        self.sectorLevels = sectorLevels
        self.sectorScores = sectorScores
    }
}

/// Where the reader goes in an article once it has arrived.
public enum OpenTarget: Hashable, Sendable {
    /// The first shown sentence.
    case start
    /// Where the user last was in it (the reading state), else the start.
    case resume
    /// The shown sentence holding this source offset (else the next one, else the last).
    case offset(Int)
    /// This sentence (falls back to the start when the article has no such sentence).
    case sentence(SentenceIndex)
    /// The passage of a bookmark, found again in the text; a detached passage opens where the
    /// user last was and says why.
    case bookmark(BookmarkID)
    /// The first or last match of the active search (Enter in a searched list, `n`/`N` past an
    /// article's matches), which becomes the current one; without a match, where the user last
    /// was, and the status line says so.
    case match(SearchArrival)
}

/// Why an article is opened, which decides what else happens when it arrives.
public enum OpenReason: Hashable, Sendable {
    /// The user asked (Enter, a bookmark, a search match): the article left behind keeps its
    /// position, the new one is marked read and selected, the reader takes the focus.
    case user
    /// The last article read, brought back at start: selected, the reader focused, not marked.
    case restore
    /// Shown by itself (the first article at start): nothing is marked or focused.
    case shown
}

/// An article asked for and not arrived yet.
public struct PendingOpen: Hashable, Sendable {
    /// The article by id (and where to read it): its row is asked of the catalogue when it
    /// arrives, so a refresh meanwhile moves nothing.
    public var request: ArticleRequest
    public var target: OpenTarget
    public var reason: OpenReason
}

/// Article loads: the last ticket given and the load waited for.
public struct ArticleLoads: Hashable, Sendable {
    public var lastTicket = 0
    public var pending: PendingOpen?
    public init() {}
}
