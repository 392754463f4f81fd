import Foundation
import KiosqueCore

/// The program's `EffectRunner` for the corpus: reads the article asked for from its source
/// (`ArticleLoader`, at its byte range) with its stored analysis, finds bookmarks again in their
/// articles on a background queue, and passes on the index worker's news between keys. It starts
/// the worker with the program and, at the end, stops it (bounded) and closes the index.
public final class CorpusEffects: EffectRunner {
    public let index: CorpusIndex?
    public let worker: IndexWorker?
    private let loader: Result<ArticleLoader, LoadIssue>
    /// A folder of this session to remove at the end (the index fell back to a temporary folder).
    private let temporaryFolder: URL?
    private let anchorQueue = DispatchQueue(label: "kiosque.bookmark-anchors")
    private let anchors = MessageInbox()
    /// What the state gets at start (the sector classifier, loaded before the first frame).
    private let opening: [Message]

    public init(index: CorpusIndex?, worker: IndexWorker?, loader: Result<ArticleLoader, LoadIssue>,
                temporaryFolder: URL? = nil, opening: [Message] = []) {
        self.index = index
        self.worker = worker
        self.loader = loader
        self.temporaryFolder = temporaryFolder
        self.opening = opening
    }

    /// The opening messages, and the index worker starts.
    public func start() -> [Message] {
        worker?.start()
        return opening
    }

    public func run(_ effect: Effect) -> [Message] {
        switch effect {
        case .loadArticle(let request):
            return [.articleLoaded(request, load(request))]
        case .anchorBookmarks(let requests):
            let loader = self.loader
            let inbox = anchors
            inbox.expect()
            anchorQueue.async {
                var found: [BookmarkID: Anchor] = [:]
                for request in requests {
                    guard case .success(let article)? = try? loader.get().article(at: request.place, expected: request.id)
                    else { continue }
                    found[request.bookmark.id] = Anchoring(text: article.text).anchor(request.bookmark)
                }
                inbox.put(.bookmarksAnchored(found))
            }
            return []
        default:
            return []
        }
    }

    public func idle() -> [Message] {
        (worker?.takeMessages() ?? []) + anchors.take()
    }

    public var isBusy: Bool { worker?.isBusy == true || anchors.isWaiting }

    public func finish() -> [String] {
        let ended = worker?.stop() ?? true
        let done = DispatchSemaphore(value: 0)
        anchorQueue.async { done.signal() }
        _ = done.wait(timeout: .now() + 2)
        // Closing the index while an update still runs could crash the process: then the
        // process's end closes it.
        if ended { try? index?.close() }
        if ended, let temporaryFolder { try? FileManager.default.removeItem(at: temporaryFolder) }
        return []
    }

    /// The article of a request and its stored analysis (none when the index no longer has it).
    func load(_ request: ArticleRequest) -> Result<LoadedArticle, LoadIssue> {
        let article: Article
        switch loader.flatMap({ $0.article(at: request.place, expected: request.id) }) {
        case .success(let value): article = value
        case .failure(let issue): return .failure(issue)
        }
        let analysis = try? index?.analysis(id: request.analysisID, sectorLevels: request.sectorLevels,
                                            sectorScores: request.sectorScores)
        return .success(LoadedArticle(article: article, analysis: analysis ?? nil))
    }
}

/// Messages of background work, taken by the next `idle`; `isWaiting` while work was started
/// and has not answered.
final class MessageInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []
    private var expected = 0

    func expect() { lock.withLock { expected += 1 } }

    func put(_ message: Message) {
        lock.withLock {
            messages.append(message)
            expected = max(0, expected - 1)
        }
    }

    func take() -> [Message] {
        lock.withLock {
            defer { messages = [] }
            return messages
        }
    }

    var isWaiting: Bool { lock.withLock { expected > 0 || !messages.isEmpty } }
}
