import Foundation
import KiosqueCore
import KiosqueTUI

/// Where article loads and bookmark anchoring go: `CorpusEffects` on the index, a fixture in tests.
public protocol ArticleService: AnyObject {
    /// Messages for the state at start (the sector classifier); starts background work (the
    /// index update).
    func start() -> [Message]
    /// The article of a request and its stored analysis, read now.
    func load(_ request: ArticleRequest) -> Result<LoadedArticle, LoadIssue>
    /// Finds bookmarks again in their articles: the answer now (returned) or later (posted to
    /// the mailbox as `Message.bookmarksAnchored`).
    func anchor(_ requests: [BookmarkAnchorRequest]) -> [Message]
    /// Waits (bounded) for anchoring in flight.
    func stopAnchoring()
    /// Cancels the index update and waits (bounded), closes the index, removes a temporary
    /// index folder.
    func stopIndex()
    /// After each message the reader applied (`EffectHandler.settled`): keeps the mapped
    /// catalogue's resident pages under their budget.
    func settled()
}

extension ArticleService {
    public func start() -> [Message] { [] }
    public func settled() {}
    public func stopAnchoring() {}
    public func stopIndex() {}
}


/// Runs searches: the answer now (returned) or later (posted as `Message.searchFinished`).
public protocol SearchSubmitter: AnyObject {
    func submit(_ request: SearchRequest) -> [Message]
    /// Waits (bounded) for a running search, so that the index is not closed under it.
    func stop()
}

/// The reader's edges: every `Effect` goes, through one exhaustive `switch`, to the one service
/// that does it: article loads and anchoring to the corpus, searches to the search worker,
/// bookmark, reading-state and history writes and press reviews to the stores, links to the
/// browser or the terminal's clipboard (`LinkService`), `quit` to the runtime. No service sees another's effects.
///
/// It owns the services' lifetimes:
/// - **start**: the corpus's opening messages (the sector classifier) and the index worker
///   start, then the stores' (bookmarks, reading state, search history, their notices);
/// - **stop**, in this order: a fetch (cancelled, at most 3 s: its commits stay) -> searches (a running one is waited for, at most 2 s) -> bookmark
///   anchoring (at most 2 s) -> the index worker (cancelled, at most 5 s) -> the index closed
///   (only when the worker ended) -> the temporary index folder removed -> the stores (reading
///   and history writes waited for, at most 3 s; bookmark changes still refused by the disk
///   written to a rescue file, whose path is among the returned lines).
/// Each step needs the ones before it done: no search or anchoring reads a closed index, no
/// worker writes into a removed folder.
public final class ReaderServices: EffectHandler {
    public typealias Msg = Message
    public typealias Eff = Effect

    public let mailbox: Mailbox<Message>
    public let articles: any ArticleService
    public let searches: any SearchSubmitter
    /// Nil in tests that need no stores: their effects are then dropped.
    public let stores: StoreEffects?
    /// Nil in tests without feeds: `R` then says nothing happened.
    public let feeds: FeedEffects?

    /// The browser and the clipboard; nil in tests that need neither: their effects are dropped.
    public let links: (any LinkService)?

    public init(mailbox: Mailbox<Message>, articles: any ArticleService, searches: any SearchSubmitter, stores: StoreEffects?,
                links: (any LinkService)? = nil, feeds: FeedEffects? = nil) {
        self.mailbox = mailbox
        self.articles = articles
        self.searches = searches
        self.stores = stores
        self.feeds = feeds
        self.links = links
    }

    public func start() -> [Message] {
        articles.start() + (stores?.start() ?? [])
    }

    public func handle(_ effect: Effect) -> EffectOutcome<Message> {
        switch effect {
        case .quit:
            return .quit
        case .loadArticle(let request):
            return .answered([.articleLoaded(request, articles.load(request))])
        case .anchorBookmarks(let requests):
            return .answered(articles.anchor(requests))
        case .search(let request):
            return .answered(searches.submit(request))
        case .saveBookmark(let draft):
            return .answered(stores?.saveBookmark(draft) ?? [])
        case .updateNote(let id, let note):
            return .answered(stores?.updateNote(of: id, to: note) ?? [])
        case .updateTags(let id, let tags):
            return .answered(stores?.updateTags(of: id, to: tags) ?? [])
        case .deleteBookmark(let id):
            return .answered(stores?.deleteBookmark(id) ?? [])
        case .restoreBookmark(let id):
            return .answered(stores?.restoreBookmark(id) ?? [])
        case .loadBookmarks:
            return .answered(stores?.loadBookmarks() ?? [])
        case .saveReading(let batch):
            stores?.saveReading(batch)
            return .none
        case .recordSearch(let query):
            stores?.recordSearch(query)
            return .none
        case .retryPendingWrites:
            return .answered(stores?.retryPendingWrites() ?? [])
        case .exportReview(let request):
            return .answered(stores.map { [$0.exportReview(request)] } ?? [])
        case .saveListView(let view):
            stores?.saveListView(view)
            return .none
        case .fetchFeeds:
            return .answered(feeds?.fetch() ?? [.feedsFinished(.failed("no fetch service"))])
        case .openLink(let link):
            return .answered(links?.open(link) ?? [])
        case .copyLink(let link):
            return .answered(links?.copy(link) ?? [])
        case .savePanelWidths(let widths):
            stores?.savePanelWidths(widths)
            return .none
        case .saveViews(let views):
            stores?.saveViews(views)
            return .none
        }
    }

    public func settled() { articles.settled() }

    /// Stops the services in the order of the type's doc comment.
    public func stop() -> [String] {
        feeds?.stop()
        searches.stop()
        articles.stopAnchoring()
        articles.stopIndex()
        return stores?.finish() ?? []
    }
}

/// The reader's dispatcher (tests, benchmarks).
public typealias ReaderDispatcher = Dispatcher<AppState, Message, Effect>
