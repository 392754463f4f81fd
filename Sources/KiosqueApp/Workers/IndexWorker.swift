import Foundation
import KiosqueCore
import KiosqueTUI

/// Brings the index up to date in the background while the reader runs, and posts its news to
/// the runtime's mailbox, so that `update` only ever sees messages.
///
/// On a GCD queue (never a Foundation `Thread`: see `CorpusIndex.update`), one run:
/// 1. loads the sector classifier and posts it (`Message.sectorsLoaded`, or `sectorsFailed`),
///    when it was given a loader;
/// 2. updates the index (`IndexAnalyser`, every core), keeping the last `IndexProgress`
///    (posted as `Message.indexProgress`) and reading the catalogue again after the first batch
///    and then at most every `refreshInterval` seconds (`Message.catalogue`), on a queue of its
///    own so that the update does not wait for it;
/// 3. reads the final catalogue (unless nothing changed), posts `Message.indexFinished`;
/// 4. builds the corpus-wide entity index from every stored analysis (`Message.entityIndex`).
///
/// `stop` cancels (the update stops after its batch; committed batches stay and the next start
/// resumes) and waits, a bounded time, for the work to end. No curses, no state.
public final class IndexWorker: @unchecked Sendable {
    public let index: CorpusIndex
    /// The files of the current run (another set after `again`).
    public var files: CorpusFiles { lock.withLock { current } }
    private var current: CorpusFiles
    /// Guarded by `lock`: the files of a run asked for while one was working.
    private var next: CorpusFiles?
    /// The last catalogue posted (what a run that changes nothing leaves).
    private var latest: (catalogue: Catalogue, serial: Int)
    private let analyser: IndexAnalyser
    private let batchSize: Int
    private let refreshInterval: Double
    private let loadSectors: (@Sendable () throws -> SectorClassifier)?
    private let cancellation = IndexCancellation()
    private let group = DispatchGroup()
    private let catalogueQueue = DispatchQueue(label: "kiosque.index-worker.catalogue")

    private let mailbox: Mailbox<Message>
    /// Words failures in the user's language.
    private let strings: Strings
    /// Told of each catalogue posted, so that the snapshot in use is the one kept under budget.
    private let pages: MappedPageBudget?

    private let lock = NSLock()
    /// Guarded by `lock`: the catalogue number, when the catalogue was last read and whether a
    /// read is on its way, whether work runs.
    private var serial = 0
    private var lastRefresh: UInt64?
    private var refreshing = false
    private var started = false
    private var working = false
    private var sectorsAsked = false

    /// - Parameters:
    ///   - initial: the catalogue the reader starts with (number 0): the entity index is built
    ///     from it when the update changes nothing.
    ///   - refreshInterval: seconds between two catalogue reads while the update runs.
    ///   - loadSectors: makes the sector classifier, first thing on the background queue (nil:
    ///     the caller gives it to the state itself, as `ReaderCorpus` does before the first frame).
    ///   - pages: the budget of the mapped snapshot's resident pages, told of each catalogue posted.
    public init(index: CorpusIndex, files: CorpusFiles, analyser: IndexAnalyser, initial: Catalogue,
                mailbox: Mailbox<Message>, batchSize: Int = 256, refreshInterval: Double = 0.75,
                loadSectors: (@Sendable () throws -> SectorClassifier)? = nil, pages: MappedPageBudget? = nil,
                strings: Strings = .bundledOrEmpty(language: .english)) {
        self.index = index
        self.strings = strings
        self.pages = pages
        current = files
        latest = (initial, 0)
        self.analyser = analyser
        self.mailbox = mailbox
        self.batchSize = batchSize
        self.refreshInterval = refreshInterval
        self.loadSectors = loadSectors
    }

    /// Starts the work (once).
    public func start() {
        let go: Bool = lock.withLock {
            defer { started = true }
            if !started { working = true }
            return !started
        }
        guard go else { return }
        DispatchQueue.global(qos: .utility).async(group: group) { [self] in run() }
    }

    /// Runs the update again on `paths` (new articles in the library after a fetch): now when
    /// idle, else once the current run ends (only the last request is kept).
    public func again(paths: [String]) {
        let files = CorpusFiles(paths: paths)
        let go: Bool = lock.withLock {
            guard started, !cancellation.isCancelled else { return false }
            if working {
                next = files
                return false
            }
            current = files
            working = true
            return true
        }
        guard go else { return }
        DispatchQueue.global(qos: .utility).async(group: group) { [self] in run() }
    }

    /// True while news is still to come.
    public var isBusy: Bool { lock.withLock { working } }

    /// Asks the work to stop and waits at most `timeout` seconds for it; true when it ended (the
    /// index can then be closed).
    @discardableResult
    public func stop(timeout: Double = 5) -> Bool {
        cancellation.cancel()
        return group.wait(timeout: .now() + timeout) == .success
    }

    // MARK: Inside

    private func post(_ message: Message) {
        mailbox.post(message)
    }

    private func run() {
        runOnce()
        // A run asked for while this one worked: its files, now.
        let more: Bool = lock.withLock {
            guard let files = next, !cancellation.isCancelled else {
                working = false
                return false
            }
            next = nil
            current = files
            return true
        }
        if more { DispatchQueue.global(qos: .utility).async(group: group) { [self] in run() } }
    }

    private func runOnce() {
        let files = self.files
        let firstRun: Bool = lock.withLock {
            defer { sectorsAsked = true }
            return !sectorsAsked
        }
        if firstRun, let loadSectors {
            do { post(.sectorsLoaded(try loadSectors())) } catch { post(.sectorsFailed(strings.describe(error))) }
        }
        var outcome = IndexOutcome()
        var changed = true
        do {
            let report = try index.update(files: files, analyser: analyser, batchSize: batchSize,
                                          cancellation: cancellation) { [self] progress in progressed(progress) }
            outcome = IndexOutcome(issues: report.issues, cancelled: report.cancelled)
            changed = report.readFiles > 0 || report.removedFiles > 0
        } catch {
            outcome.failure = strings.describe(error)
        }
        if cancellation.isCancelled {
            outcome.cancelled = true
            post(.indexFinished(outcome))
            return
        }
        // After any read still queued, so that the last catalogue posted is the final one.
        var final: (catalogue: Catalogue, serial: Int)? = changed ? nil : lock.withLock { latest }
        if changed {
            catalogueQueue.sync {
                do {
                    final = post(try index.catalogue(files: files))
                } catch {
                    outcome.failure = outcome.failure ?? strings.describe(error)
                }
            }
        }
        post(.indexFinished(outcome))
        if let final { buildEntityIndex(final.catalogue, serial: final.serial) }
    }

    /// After each committed batch: posts the progress; reads the catalogue after the first batch,
    /// then at most every `refreshInterval` seconds, one read at a time.
    private func progressed(_ progress: IndexProgress) {
        post(.indexProgress(progress))
        let now = DispatchTime.now().uptimeNanoseconds
        let refresh: Bool = lock.withLock {
            guard progress.done > 0, !refreshing else { return false }
            if let last = lastRefresh, Double(now - last) / 1e9 < refreshInterval { return false }
            lastRefresh = now
            refreshing = true
            return true
        }
        guard refresh else { return }
        catalogueQueue.async(group: group) { [self] in
            // Read while the update runs: its generation is gone at the next batch, no snapshot.
            if !cancellation.isCancelled, let catalogue = try? index.catalogue(files: files, snapshot: .none) { post(catalogue) }
            lock.withLock { refreshing = false }
        }
    }

    /// Posts a catalogue under the next number and returns both.
    @discardableResult
    private func post(_ catalogue: Catalogue) -> (catalogue: Catalogue, serial: Int) {
        // Numbered and posted under the lock: catalogues arrive in the order of their numbers.
        lock.withLock {
            serial += 1
            pages?.watch(catalogue)
            mailbox.post(.catalogue(CatalogueUpdate(serial: serial, catalogue: catalogue)))
            latest = (catalogue, serial)
            return (catalogue, serial)
        }
    }

    /// Every stored analysis of the catalogue, folded into the core's entity index (the one
    /// `kiosque list --entity` queries); stops when asked to.
    private func buildEntityIndex(_ catalogue: Catalogue, serial: Int) {
        guard let entities = try? Corpus.entityIndex(index, catalogue, cancellation: cancellation) else { return }
        post(.entityIndex(entities, catalogue: serial))
    }
}
