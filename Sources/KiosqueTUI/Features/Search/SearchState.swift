import KiosqueCore

/// The search in the reader: the prompt, the history, request numbers, the open article's
/// matches and the match `n`/`N` went to. The active search itself is a criterion of the list
/// filter (`ListFilter.search`).
public struct SearchState: Sendable {
    /// The prompt (`/`), nil when closed; it takes the keys while open.
    public var prompt: SearchPrompt?
    /// Queries, most recent first (loaded at start, then each one kept with Enter).
    public var history: [String] = []
    /// The number of the last request made; every new request takes the next one.
    public var lastRequest = 0
    /// The active search's matches in the open article (recomputed when either changes).
    public var open: OpenArticleSearch?
    /// The match `n`/`N` (or opening an article from a search) went to, drawn more strongly.
    public var current: SearchCurrent?
    /// The rows the last search asked for narrowed (`App.rowsSearchNarrows`), kept while what
    /// they come from stays: a key typed under a sector filter does not scan every article again.
    public var narrowed: NarrowedRows?

    /// Queries kept in the state (the store keeps as many).
    public static let historyLimit = SearchHistory.defaultLimit

    public init() {}
}

/// The one-line search prompt, in place of the hint bar.
public struct SearchPrompt: Hashable, Sendable {
    public var editor: LineEditor
    /// The search in force when the prompt opened: Esc brings it back (nil: none).
    public var previous: ListSearch?
    /// The article selected when the prompt opened: it stays selected while the list narrows
    /// and widens under the typing, whenever it is listed.
    public var anchor: ArticleID?
    /// The history entry Up/Down went to; nil on the text being typed.
    public var historyIndex: Int?
    /// The text being typed before Up went into the history (Down past the newest brings it back).
    public var draft = ""
    /// Why the text cannot be searched (an unclosed quote); the list keeps the last good search.
    public var error: SearchQueryError?

    public init(editor: LineEditor, previous: ListSearch?, anchor: ArticleID?) {
        self.editor = editor
        self.previous = previous
        self.anchor = anchor
    }
}

/// A place `n`/`N` stop at, in order: the title's matches, then the text's.
public enum SearchStop: Hashable, Sendable, Comparable {
    /// A range of `Article.title` (code points).
    case title(TextRange)
    /// A range of `Article.text` (code points).
    case text(TextRange)

    private var key: (Int, Int, Int) {
        switch self {
        case .title(let r): return (0, r.start, r.end)
        case .text(let r): return (1, r.start, r.end)
        }
    }

    public static func < (a: SearchStop, b: SearchStop) -> Bool { a.key < b.key }
}

/// The match `n`/`N` went to, and the cursor sentence it left: once the cursor moves, `n`/`N`
/// start from the cursor again (as `]`/`[` do for entities).
public struct SearchCurrent: Hashable, Sendable {
    public var stop: SearchStop
    public var cursor: SentenceIndex?
}

/// Which match the cursor goes to when an article is opened from a search (`OpenTarget.match`).
public enum SearchArrival: Hashable, Sendable {
    case first, last
}

/// The active search's matches in the open article, with the article's search words kept so
/// that a new query (each keystroke) does not tokenise the article again.
public struct OpenArticleSearch: Sendable {
    /// The open article (`ReaderState.article`).
    public var article: ArticleID
    public var terms: [SearchTerm]
    public var document: SearchDocument
    public var matches: ArticleMatches

    /// Every stop, in order: title matches, then text matches.
    public var stops: [SearchStop] { matches.title.map(SearchStop.title) + matches.text.map(SearchStop.text) }
}

/// The rows of a filter's criteria other than the search (`SearchRequest.order`) and what they
/// were computed from.
public struct NarrowedRows: Sendable {
    /// The criteria (no search, no rows), the order, the sectors as the taxonomy numbers them,
    /// the catalogue and whether the entity index was in.
    struct Key: Hashable, Sendable {
        var filter: ListFilter
        var order: ListOrder
        var match: SectorMatch
        var sectors: [Int]
        var sectorsFollow: Bool
        var catalogueSerial: Int
        var entitiesIn: Bool
    }

    var key: Key
    var rows: [Int]
}
