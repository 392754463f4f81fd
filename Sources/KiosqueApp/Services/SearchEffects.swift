import Foundation
import KiosqueCore
import KiosqueTUI

/// The search service: `Effect.search` goes to a `SearchWorker` over the reader's index
/// (`IndexSearchService`), off the key path; its answers are posted to the mailbox as
/// `Message.searchFinished`. Without an index (it could not be opened even in a temporary
/// folder) every search answers why at once.
public final class SearchEffects: SearchSubmitter {
    public let worker: SearchWorker?
    /// Why there is no worker.
    private let unavailable: String

    /// Searches through `index`, none when it is nil.
    public convenience init(index: CorpusIndex?, mailbox: Mailbox<Message>, strings: Strings = .bundledOrEmpty(language: .english)) {
        self.init(service: index.map { IndexSearchService(index: $0) }, mailbox: mailbox, strings: strings)
    }

    /// Searches through any service (tests); nil: no search service.
    public init(service: (any SearchService)?, mailbox: Mailbox<Message>, strings: Strings = .bundledOrEmpty(language: .english)) {
        worker = service.map { SearchWorker(service: $0, mailbox: mailbox, strings: strings) }
        unavailable = strings[.searchNoIndex]
    }

    public func submit(_ request: SearchRequest) -> [Message] {
        guard let worker else {
            return [.searchFinished(SearchAnswer(id: request.id, catalogueSerial: request.catalogueSerial,
                                                 result: .failure(SearchFailure(reason: unavailable))))]
        }
        worker.submit(request)
        return []
    }

    /// True while a search runs or waits.
    public var isBusy: Bool { worker?.isBusy == true }

    /// Waits (at most 2 s) for a running search, so that the index is not closed under it.
    public func stop() {
        _ = worker?.waitUntilIdle(timeout: 2)
    }
}
