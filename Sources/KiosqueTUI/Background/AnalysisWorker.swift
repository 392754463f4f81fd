import Foundation
import KiosqueCore

/// Finds the entities and sectors of every article on background threads, the open article
/// first, and keeps the results in an inbox that the event loop empties between key reads
/// (`takeMessages`), so that `update` only ever sees messages.
///
/// One thread loads the sector classifier (posted at once as `Message.sectorsLoaded`, or
/// `sectorsFailed` when the taxonomy is broken: entities still come) and the word lists, then
/// `threadCount` threads take articles in chunks from a shared queue: priority requests (an
/// article just opened) first, then corpus order. Each result goes to the inbox as soon as it is
/// ready, an article's compact sectors (`ArticleSectors`) with its entities; the full sector
/// analysis is dropped. No curses, no state: the runtime owns it.
public final class AnalysisWorker: @unchecked Sendable {
    private let articles: [Article]
    private let threadCount: Int
    private let chunkSize: Int
    private let load: @Sendable () throws -> EntityRecognizer
    private let loadSectors: @Sendable () throws -> SectorClassifier

    private let lock = NSLock()
    /// Guarded by `lock`: articles asked for first, the next article in corpus order, which
    /// articles a thread has taken, the inbox, and whether to stop.
    private var priority: [Int] = []
    private var nextInOrder = 0
    private var taken: [Bool]
    private var inbox: [Int: [Entity]] = [:]
    private var sectorInbox: [Int: ArticleSectors] = [:]
    private var classifier: SectorClassifier?
    private var sectorFailure: String?
    private var failure: String?
    private var delivered = 0
    private var stopped = false
    private var started = false

    /// - Parameters:
    ///   - threads: analysis threads (default: the cores but one, at most 4, at least 1).
    ///   - chunkSize: articles a thread takes at once from the corpus order.
    ///   - load: makes the recogniser (default: the bundled word lists), on a background thread.
    ///   - loadSectors: makes the sector classifier (default: the user's taxonomy, else the
    ///     bundled one), on the same thread, before the recogniser.
    public init(articles: [Article], threads: Int? = nil, chunkSize: Int = 8,
                load: @escaping @Sendable () throws -> EntityRecognizer = { try EntityRecognizer.bundled() },
                loadSectors: @escaping @Sendable () throws -> SectorClassifier = { try SectorClassifier.configured() }) {
        self.articles = articles
        threadCount = max(1, threads ?? min(4, ProcessInfo.processInfo.activeProcessorCount - 1))
        self.chunkSize = max(1, chunkSize)
        self.load = load
        self.loadSectors = loadSectors
        taken = Array(repeating: false, count: articles.count)
    }

    /// Starts the threads (once); `first` is analysed before the others.
    public func start(first: Int? = nil) {
        let go: Bool = lock.withLock {
            defer { started = true }
            if let first { priority.append(first) }
            return !started && !articles.isEmpty
        }
        guard go else { return }
        // GCD, not Foundation `Thread`: a Foundation thread exiting after SQLite and Foundation
        // work corrupted the heap in a few percent of debug runs (DECISIONS.md, Index and search).
        DispatchQueue.global(qos: .utility).async { [self] in
            // Sectors first: the classifier loads in a few milliseconds and the reader can
            // filter by sector before the first results.
            let sectors: SectorClassifier?
            do { sectors = try loadSectors() } catch {
                sectors = nil
                lock.withLock { sectorFailure = "\(error)" }
            }
            if let sectors { lock.withLock { classifier = sectors } }
            // Without word lists, sectors still come (and the other way round); with neither,
            // nothing runs.
            let recognizer: EntityRecognizer?
            do { recognizer = try load() } catch {
                recognizer = nil
                lock.withLock { failure = "\(error)" }
            }
            guard recognizer != nil || sectors != nil else {
                lock.withLock { stopped = true }
                return
            }
            for _ in 0..<threadCount {
                DispatchQueue.global(qos: .utility).async { [self] in work(recognizer, sectors) }
            }
        }
    }

    /// Asks for an article before the rest (the user just opened it).
    public func prioritize(_ index: Int) {
        guard articles.indices.contains(index) else { return }
        lock.withLock { if !taken[index] { priority.append(index) } }
    }

    /// The results that arrived since the last call, as messages for `update`.
    public func takeMessages() -> [Message] {
        lock.withLock {
            var messages: [Message] = []
            if let classifier {
                messages.append(.sectorsLoaded(classifier))
                self.classifier = nil
            }
            if let sectorFailure {
                messages.append(.sectorsFailed(sectorFailure))
                self.sectorFailure = nil
            }
            if let failure {
                messages.append(.analysisFailed(failure))
                self.failure = nil
            }
            if !inbox.isEmpty || !sectorInbox.isEmpty {
                messages.append(.analyzed(inbox, sectors: sectorInbox))
                delivered += Set(inbox.keys).union(sectorInbox.keys).count
                inbox = [:]
                sectorInbox = [:]
            }
            return messages
        }
    }

    /// True while results are still to come (the loop then polls more often).
    public var isBusy: Bool { lock.withLock { started && !stopped && delivered < articles.count } }

    /// Asks the threads to stop after the article each is on.
    public func stop() { lock.withLock { stopped = true } }

    /// One thread: take a chunk, analyse it, post each result, until nothing is left.
    private func work(_ recognizer: EntityRecognizer?, _ classifier: SectorClassifier?) {
        while true {
            let chunk = nextChunk()
            if chunk.isEmpty { return }
            for index in chunk {
                if lock.withLock({ stopped }) { return }
                let entities = recognizer?.entities(in: articles[index].text)
                let sectors = classifier.map { ArticleSectors($0.classify(articles[index])) }
                lock.withLock {
                    if let entities { inbox[index] = entities }
                    if let sectors { sectorInbox[index] = sectors }
                }
            }
        }
    }

    /// A priority article alone, or else the next `chunkSize` untaken articles in order.
    private func nextChunk() -> [Int] {
        lock.withLock {
            if stopped { return [] }
            while let index = priority.popLast() {
                if !taken[index] {
                    taken[index] = true
                    return [index]
                }
            }
            var chunk: [Int] = []
            while chunk.count < chunkSize && nextInOrder < articles.count {
                if !taken[nextInOrder] {
                    taken[nextInOrder] = true
                    chunk.append(nextInOrder)
                }
                nextInOrder += 1
            }
            return chunk
        }
    }
}
