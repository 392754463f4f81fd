import Foundation
import KiosqueCore
@testable import KiosqueApp
@testable import KiosqueTUI

/// The index and the article loader for tests: fixture articles and their analyses kept under
/// analysis ids of their own (unique in the test process, so that states built by tests running
/// at once never see each other's articles). As an `ArticleService` it answers loads and
/// anchoring at once (`CorpusEffects` anchors in the background); as a `SearchService` it
/// searches the catalogue's articles with `SearchMatcher` (the matcher the index agrees with,
/// `SearchServiceTests`).
final class FixtureCorpus: ArticleService, SearchService, @unchecked Sendable {
    static let shared = FixtureCorpus()

    private let lock = NSLock()
    private var kept: [Int64: (article: Article, analysis: ArticleAnalysis?)] = [:]
    private var next: Int64 = 1

    /// Keeps an article and its analysis; returns its analysis id.
    func keep(_ article: Article, analysis: ArticleAnalysis?) -> Int64 {
        lock.withLock {
            defer { next += 1 }
            kept[next] = (article, analysis)
            return next
        }
    }

    /// The article of a request, as `CorpusEffects` reads it (its id checked).
    func load(_ request: ArticleRequest) -> Result<LoadedArticle, LoadIssue> {
        guard let found = lock.withLock({ kept[request.analysisID] }) else {
            return .failure(LoadIssue(location: request.place.location, reason: .other("no such fixture")))
        }
        guard found.article.id == request.id else {
            return .failure(LoadIssue(location: request.place.location, reason: .other("the file changed since it was indexed")))
        }
        return .success(LoadedArticle(article: found.article, analysis: found.analysis))
    }

    /// The answer to a load or an anchoring effect (nothing for the others), for tests that apply
    /// effects by hand.
    func run(_ effect: Effect) -> [Message] {
        switch effect {
        case .loadArticle(let request): return [.articleLoaded(request, load(request))]
        case .anchorBookmarks(let requests): return anchor(requests)
        default: return []
        }
    }

    func anchor(_ requests: [BookmarkAnchorRequest]) -> [Message] {
        var anchors: [BookmarkID: Anchor] = [:]
        for request in requests {
            guard let found = lock.withLock({ kept[request.analysisID] }) else { continue }
            anchors[request.bookmark.id] = Anchoring(text: found.article.text).anchor(request.bookmark)
        }
        return [.bookmarksAnchored(anchors)]
    }

    /// The positions of `catalogue` whose kept article matches `query`, in corpus order.
    func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation?) -> Result<SearchOutcome, any Error> {
        let matcher = SearchMatcher(query)
        let articles = lock.withLock { catalogue.analysisIDs.map { kept[$0]?.article } }
        return .success(.found(articles.indices.filter { position in
            articles[position].map { matcher.matches(in: SearchDocument($0)).isMatch } ?? false
        }))
    }

    /// The answer of `service` to a request, as `SearchWorker` gives it.
    static func answer(_ request: SearchRequest, from service: any SearchService) -> SearchAnswer {
        SearchAnswer(id: request.id, catalogueSerial: request.catalogueSerial,
                     result: service.search(request.query, in: request.catalogue)
                        .map { $0.positions ?? [] }.mapError { SearchFailure(reason: "\($0)") })
    }

    /// The reader's services on the fixtures: loads from `articles`, searches answered at once,
    /// the given stores (none: store effects are dropped).
    static func services(stores: StoreEffects? = nil, articles: any ArticleService = FixtureCorpus.shared,
                         searches: any SearchSubmitter = ImmediateSearches(),
                         mailbox: Mailbox<Message> = Mailbox()) -> ReaderServices {
        ReaderServices(mailbox: mailbox, articles: articles, searches: searches, stores: stores)
    }

    /// A dispatcher of `App.update` over `services(...)`.
    static func dispatcher(stores: StoreEffects? = nil, searches: any SearchSubmitter = ImmediateSearches(),
                           mailbox: Mailbox<Message> = Mailbox()) -> ReaderDispatcher {
        ReaderDispatcher(update: App.update, handler: services(stores: stores, searches: searches, mailbox: mailbox))
    }
}

/// Answers `Effect.search` at once from a service, where the program's `SearchEffects` answers
/// later, through the mailbox.
final class ImmediateSearches: SearchSubmitter {
    let service: any SearchService
    init(_ service: any SearchService = FixtureCorpus.shared) { self.service = service }

    func submit(_ request: SearchRequest) -> [Message] {
        [.searchFinished(FixtureCorpus.answer(request, from: service))]
    }
    func stop() {}
}
