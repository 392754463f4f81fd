import Foundation
import KiosqueCore

/// The program's `EffectRunner`: bookmarks in `BookmarkStore` (each change committed before
/// `run` returns, so it survives `kill -9` right after the status line says so), the reading
/// state in `ReadingStateStore` and the search history in `SearchHistory` (both written on a
/// background queue: they must never hold up a key), press reviews as files (`ReviewWriter`).
///
/// Bookmark changes the disk refuses stay in the store's memory; they are tried again every
/// `retryInterval` seconds between keys (and at every change); those still unwritten when the
/// program ends are written as a bookmark file that `kiosque bookmarks import` reads (`finish`).
public final class StoreEffects: EffectRunner {
    let bookmarks: BookmarkStore
    let reading: ReadingStateStore?
    private let readingFailure: String?
    let history: SearchHistory?
    private let historyFailure: String?
    private let historyErrors = ErrorInbox()
    private let writer: ReviewWriter
    private let directories: AppDirectories
    private let now: @Sendable () -> Date
    private let queue = DispatchQueue(label: "kiosque.state-writes")
    private let readingErrors = ErrorInbox()
    private var lastRetry: Date
    /// Seconds between retries of bookmark changes kept in memory.
    public var retryInterval: TimeInterval = 5

    /// The stores under `directories`; press reviews go to `exports/` in the data folder.
    public init(directories: AppDirectories, home: String? = nil, options: StoreOptions = StoreOptions(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.directories = directories
        self.now = now
        bookmarks = BookmarkStore(directories: directories, options: options)
        var failure: String?
        do {
            reading = try ReadingStateStore(directories: directories, options: options)
        } catch {
            reading = nil
            failure = error.description
        }
        readingFailure = failure
        do {
            history = try SearchHistory(directories: directories)
            historyFailure = nil
        } catch {
            history = nil
            historyFailure = error.description
        }
        writer = ReviewWriter(folder: directories.data.appendingPathComponent("exports", isDirectory: true), home: home)
        lastRetry = now()
    }

    public func start() -> [Message] {
        var snapshot = ReadingSnapshot(failure: readingFailure)
        if let reading {
            do {
                snapshot.states = try reading.allStates()
                snapshot.lastOpened = try reading.lastOpened()
            } catch {
                snapshot.failure = error.description
            }
        }
        return [.bookmarksLoaded(bookmarks.bookmarks()), .readingLoaded(snapshot), .searchHistoryLoaded(historySnapshot()), report()]
    }

    /// The search history at start, or why it cannot be had.
    private func historySnapshot() -> SearchHistorySnapshot {
        guard let history else { return SearchHistorySnapshot(failure: historyFailure) }
        do {
            return SearchHistorySnapshot(queries: try history.recent(), notes: history.notes.map(\.description))
        } catch {
            return SearchHistorySnapshot(failure: error.description, notes: history.notes.map(\.description))
        }
    }

    public func run(_ effect: Effect) -> [Message] {
        switch effect {
        case .quit, .search, .loadArticle, .anchorBookmarks:
            return []
        case .saveBookmark(let draft):
            let bookmark = draft.bookmark(id: BookmarkID(), at: now())
            let outcome = bookmarks.add(bookmark)
            return [.bookmarkSaved(bookmark, outcome), report()]
        case .updateNote(let id, let note):
            let result: Result<WriteOutcome, StoreError>
            do { result = .success(try bookmarks.updateNote(of: id, to: note, at: now())) } catch { result = .failure(error) }
            return [.bookmarkWritten(.note(id), result), report()]
        case .deleteBookmark(let id):
            let result: Result<WriteOutcome, StoreError>
            do { result = .success(try bookmarks.delete(id, at: now())) } catch { result = .failure(error) }
            return [.bookmarkWritten(.delete(id), result), report()]
        case .restoreBookmark(let id):
            let result: Result<WriteOutcome, StoreError>
            do { result = .success(try bookmarks.undoDelete(id)) } catch { result = .failure(error) }
            return [.bookmarkWritten(.restore(id), result), report()]
        case .loadBookmarks:
            return [.bookmarksLoaded(bookmarks.bookmarks()), report()]
        case .saveReading(let batch):
            saveReading(batch)
            return []
        case .recordSearch(let query):
            recordSearch(query)
            return []
        case .exportReview(let request):
            let base = (try? Strings.bundled(language: request.language))?[.exportFileName] ?? "review"
            return [.reviewExported(writer.write(request, baseName: base, now: now()))]
        }
    }

    public func idle() -> [Message] {
        var messages: [Message] = []
        if let error = readingErrors.take() {
            messages.append(.readingLoaded(ReadingSnapshot(failure: error)))
        }
        if let error = historyErrors.take() {
            messages.append(.searchHistoryLoaded(SearchHistorySnapshot(failure: error)))
        }
        if !bookmarks.pendingWrites.isEmpty, now().timeIntervalSince(lastRetry) >= retryInterval {
            lastRetry = now()
            bookmarks.retryPendingWrites()
            messages.append(report())
        }
        return messages
    }

    public func finish() -> [String] {
        // Reading and history writes in flight: wait for them, a little.
        let done = DispatchSemaphore(value: 0)
        queue.async { done.signal() }
        _ = done.wait(timeout: .now() + 3)
        guard !bookmarks.pendingWrites.isEmpty else { return [] }
        bookmarks.retryPendingWrites()
        let pending = bookmarks.pendingWrites
        guard !pending.isEmpty else { return [] }
        return rescue(pending)
    }

    /// Waits for the reading and history writes queued so far (tests).
    public func waitForReadingWrites() {
        queue.sync {}
    }

    // MARK: Inside

    private func report() -> Message {
        .storeReport(StoreReport(notices: bookmarks.takeNotices() + (reading?.takeNotices() ?? []),
                                 pendingWrites: bookmarks.pendingWrites.count))
    }

    private func saveReading(_ batch: ReadingBatch) {
        guard let reading, !batch.isEmpty else { return }
        let lastOpened = batch.lastOpened
        let date = now()
        let errors = readingErrors
        queue.async {
            do {
                try reading.record(batch.changes, lastOpened: lastOpened, at: date)
            } catch {
                errors.put(String(describing: error))
            }
        }
    }

    /// Keeps a query in the history, on the background queue (a refusal is reported by `idle`).
    private func recordSearch(_ query: String) {
        guard let history else { return }
        let date = now()
        let errors = historyErrors
        queue.async {
            do {
                try history.record(query, at: date)
            } catch {
                errors.put(String(describing: error))
            }
        }
    }

    /// Bookmarks whose changes never reached the database, written as a bookmark file in the
    /// first folder that takes it; the lines say where and how to import it.
    private func rescue(_ pending: [PendingWrite]) -> [String] {
        let ids = Set(pending.map(\.bookmarkID))
        let affected = bookmarks.bookmarks(BookmarkFilter(includeDeleted: true)).filter { ids.contains($0.id) && !$0.isDeleted }
        let reason = bookmarks.openError?.description ?? "the disk refused the changes"
        guard !affected.isEmpty, let data = try? BookmarkFile.encode(affected, exported: now()) else {
            return ["kiosque: \(pending.count) bookmark change(s) could not be saved: \(reason)"]
        }
        let name = "kiosque-unsaved-bookmarks-\(ReviewWriter.stamp(now()))-\(UUID().uuidString.prefix(8)).json"
        let folders = [directories.data, directories.state, directories.cache, FileManager.default.temporaryDirectory,
                       URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for folder in folders {
            let url = folder.appendingPathComponent(name)
            if (try? AppDirectories.ensure(folder)) != nil, (try? data.write(to: url, options: [.withoutOverwriting])) != nil {
                return ["kiosque: \(affected.count) bookmark(s) could not be saved in the database (\(reason)).",
                        "kiosque: they were written to \(url.path); once the disk takes writes again: kiosque bookmarks import \(url.path)"]
            }
        }
        return ["kiosque: \(affected.count) bookmark(s) could not be saved anywhere (\(reason)); they are lost"]
    }
}

/// Errors of the background reading writes, taken by the next `idle`.
final class ErrorInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var error: String?
    func put(_ message: String) { lock.withLock { error = message } }
    func take() -> String? {
        lock.withLock {
            defer { error = nil }
            return error
        }
    }
}
