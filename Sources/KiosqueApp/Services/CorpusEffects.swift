import Foundation
import KiosqueCore
import KiosqueTUI

/// The corpus service: reads the article asked for from its source (`ArticleLoader`, at its
/// byte range) with its stored analysis, finds bookmarks again in their articles on a background
/// queue (the answer posted to the mailbox), and owns the index worker and the index: started
/// with the program, stopped (bounded) and closed at the end by `ReaderServices`.
public final class CorpusEffects: ArticleService {
    public let index: CorpusIndex?
    public let worker: IndexWorker?
    private let loader: Result<ArticleLoader, LoadIssue>
    /// A folder of this session to remove at the end (the index fell back to a temporary folder).
    private let temporaryFolder: URL?
    private let anchorQueue = DispatchQueue(label: "kiosque.bookmark-anchors")
    private let mailbox: Mailbox<Message>
    /// What the state gets at start (the sector classifier, loaded before the first frame).
    private let opening: [Message]
    /// The opening catalogue's mapped snapshot, its resident pages under a budget (nil: the
    /// catalogue is in memory).
    public let pages: MappedPageBudget?

    public init(index: CorpusIndex?, worker: IndexWorker?, loader: Result<ArticleLoader, LoadIssue>,
                mailbox: Mailbox<Message>, temporaryFolder: URL? = nil, opening: [Message] = [], pages: MappedPageBudget? = nil) {
        self.index = index
        self.worker = worker
        self.loader = loader
        self.mailbox = mailbox
        self.temporaryFolder = temporaryFolder
        self.opening = opening
        self.pages = pages
    }

    public func settled() { pages?.check() }

    /// The opening messages, and the index worker starts.
    public func start() -> [Message] {
        worker?.start()
        return opening
    }

    /// Anchors on the background queue; the answer is posted to the mailbox.
    public func anchor(_ requests: [BookmarkAnchorRequest]) -> [Message] {
        let loader = self.loader
        let mailbox = self.mailbox
        anchorQueue.async {
            var found: [BookmarkID: Anchor] = [:]
            for request in requests {
                guard case .success(let article)? = try? loader.get().article(at: request.place, expected: request.id)
                else { continue }
                found[request.bookmark.id] = Anchoring(text: article.text).anchor(request.bookmark)
            }
            mailbox.post(.bookmarksAnchored(found))
        }
        return []
    }

    /// Waits at most 2 s for the anchoring queued so far.
    public func stopAnchoring() {
        let done = DispatchSemaphore(value: 0)
        anchorQueue.async { done.signal() }
        _ = done.wait(timeout: .now() + 2)
    }

    /// Cancels the index worker and waits for it (at most 5 s), then closes the index and
    /// removes the temporary index folder. Closing the index while an update still runs could
    /// crash the process: then the process's end closes it.
    public func stopIndex() {
        let ended = worker?.stop() ?? true
        if ended { try? index?.close() }
        if ended, let temporaryFolder { try? FileManager.default.removeItem(at: temporaryFolder) }
    }

    /// The article of a request and its stored analysis (none when the index no longer has it).
    public func load(_ request: ArticleRequest) -> Result<LoadedArticle, LoadIssue> {
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
