import Foundation
import KiosqueCore

/// The program's `EffectRunner` for searches: `Effect.search` goes to a `SearchWorker` over the
/// reader's index (`IndexSearchService`), off the key path; its answers come back between keys
/// as `Message.searchFinished`. Without an index (it could not be opened even in a temporary
/// folder) every search answers why at once.
public final class SearchEffects: EffectRunner {
    public let worker: SearchWorker?
    /// Why there is no worker.
    private let unavailable: String

    /// Searches through `index`, none when it is nil.
    public convenience init(index: CorpusIndex?) {
        self.init(service: index.map { IndexSearchService(index: $0) })
    }

    /// Searches through any service (tests); nil: no search service.
    public init(service: (any SearchService)?) {
        worker = service.map { SearchWorker(service: $0) }
        unavailable = "no index (the status line says why)"
    }

    public func start() -> [Message] { [] }

    public func run(_ effect: Effect) -> [Message] {
        guard case .search(let request) = effect else { return [] }
        guard let worker else {
            return [.searchFinished(SearchAnswer(id: request.id, catalogueSerial: request.catalogueSerial,
                                                 result: .failure(SearchFailure(reason: unavailable))))]
        }
        worker.submit(request)
        return []
    }

    public func idle() -> [Message] { worker?.takeMessages() ?? [] }

    public var isBusy: Bool { worker?.isBusy == true }

    /// A search runs or its answer waits: the user is typing and waits for the list.
    public var awaitsAnswer: Bool { isBusy }

    /// Waits (at most 2 s) for a running search, so that the index is not closed under it.
    public func finish() -> [String] {
        _ = worker?.waitUntilIdle(timeout: 2)
        return []
    }
}
