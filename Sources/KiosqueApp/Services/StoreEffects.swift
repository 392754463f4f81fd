import Foundation
import KiosqueCore
import KiosqueTUI

/// The stores service: bookmarks in `BookmarkStore` (each change committed before its method
/// returns, so it survives `kill -9` right after the status line says so), the reading
/// state in `ReadingStateStore` and the search history in `SearchHistory` (both written on a
/// background queue: they must never hold up a key), press reviews as files (`ReviewWriter`).
///
/// Bookmark changes the disk refuses stay in the store's memory; while some do, a timer posts
/// `Message.writesRetryDue` to the mailbox every `retryInterval` seconds (and every change tries
/// them too); those still unwritten when the program ends are written as a bookmark file that
/// `kiosque bookmarks import` reads (`finish`). Background write errors are posted to the mailbox.
public final class StoreEffects {
    let bookmarks: BookmarkStore
    let reading: ReadingStateStore?
    private let readingFailure: String?
    let history: SearchHistory?
    private let historyFailure: String?
    private let writer: ReviewWriter
    private let directories: AppDirectories
    private let now: @Sendable () -> Date
    private let queue = DispatchQueue(label: "kiosque.state-writes")
    private let mailbox: Mailbox<Message>
    /// The interface strings: failures are worded in the user's language where they arise.
    private let strings: Strings
    /// Runs while bookmark changes wait in memory.
    private var retryTimer: MailboxTimer?
    /// Seconds between retries of bookmark changes kept in memory.
    public var retryInterval: TimeInterval = 5
    /// Where the rescue file of unsaved bookmarks may go, tried in order: the data, state and
    /// cache folders, the temporary folder, the current folder.
    public var rescueFolders: [URL]
    /// True once `finish` could write the unsaved bookmarks nowhere (they were printed on standard
    /// error): the program then exits non-zero.
    public private(set) var bookmarksUnsaved = false

    /// The stores under `directories`; press reviews go to `exports/` in the data folder; news
    /// from the background (write errors, the retry timer) go to `mailbox` (tests that need
    /// none may leave the default, a mailbox of its own).
    public init(directories: AppDirectories, home: String? = nil, options: StoreOptions = StoreOptions(),
                mailbox: Mailbox<Message> = Mailbox(), strings: Strings = .bundledOrEmpty(language: .english),
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.directories = directories
        self.strings = strings
        self.mailbox = mailbox
        self.now = now
        bookmarks = BookmarkStore(directories: directories, options: options)
        var failure: String?
        do {
            reading = try ReadingStateStore(directories: directories, options: options)
        } catch {
            reading = nil
            failure = strings.describe(error)
        }
        readingFailure = failure
        do {
            history = try SearchHistory(directories: directories)
            historyFailure = nil
        } catch {
            history = nil
            historyFailure = strings.describe(error)
        }
        rescueFolders = [directories.data, directories.state, directories.cache, FileManager.default.temporaryDirectory,
                         URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        writer = ReviewWriter(folder: directories.data.appendingPathComponent("exports", isDirectory: true), home: home)
    }

    public func start() -> [Message] {
        var snapshot = ReadingSnapshot(failure: readingFailure)
        if let reading {
            do {
                snapshot.states = try reading.allStates()
                snapshot.lastOpened = try reading.lastOpened()
            } catch {
                snapshot.failure = strings.describe(error)
            }
        }
        return [.bookmarksLoaded(bookmarks.bookmarks()), .readingLoaded(snapshot), .searchHistoryLoaded(historySnapshot()), report()]
    }

    /// The search history at start, or why it cannot be had.
    private func historySnapshot() -> SearchHistorySnapshot {
        guard let history else { return SearchHistorySnapshot(failure: historyFailure) }
        do {
            return SearchHistorySnapshot(queries: try history.recent(), notes: history.notes.map(strings.storeNotice))
        } catch {
            return SearchHistorySnapshot(failure: strings.describe(error), notes: history.notes.map(strings.storeNotice))
        }
    }

    /// Commits a new bookmark (its id and time given here): `bookmarkSaved` and the stores' report.
    public func saveBookmark(_ draft: BookmarkDraft) -> [Message] {
        let bookmark = draft.bookmark(id: BookmarkID(), at: now())
        let outcome = bookmarks.add(bookmark)
        return [.bookmarkSaved(bookmark, outcome), report()]
    }

    public func updateNote(of id: BookmarkID, to note: String) -> [Message] {
        written(.note(id)) { () throws(StoreError) in try bookmarks.updateNote(of: id, to: note, at: now()) }
    }

    public func updateTags(of id: BookmarkID, to tags: [String]) -> [Message] {
        written(.tags(id)) { () throws(StoreError) in try bookmarks.updateTags(of: id, to: tags, at: now()) }
    }

    public func deleteBookmark(_ id: BookmarkID) -> [Message] {
        written(.delete(id)) { () throws(StoreError) in try bookmarks.delete(id, at: now()) }
    }

    public func restoreBookmark(_ id: BookmarkID) -> [Message] {
        written(.restore(id)) { () throws(StoreError) in try bookmarks.undoDelete(id) }
    }

    /// Every live bookmark, read again.
    public func loadBookmarks() -> [Message] {
        [.bookmarksLoaded(bookmarks.bookmarks()), report()]
    }

    /// Writes the press review now: `reviewExported`.
    public func exportReview(_ request: ReviewRequest) -> Message {
        let base = (try? Strings.bundled(language: request.language))?[.exportFileName] ?? "review"
        return .reviewExported(writer.write(request, baseName: base, now: now()))
    }

    /// Tries again the bookmark changes kept in memory (the timer's message asked for it).
    public func retryPendingWrites() -> [Message] {
        guard !bookmarks.pendingWrites.isEmpty else {
            armRetry()
            return []
        }
        bookmarks.retryPendingWrites()
        return [report()]
    }

    /// A change to an existing bookmark, committed now.
    private func written(_ change: BookmarkChange, _ body: () throws(StoreError) -> WriteOutcome) -> [Message] {
        let result: Result<WriteOutcome, StoreError>
        do { result = .success(try body()) } catch { result = .failure(error) }
        return [.bookmarkWritten(change, result), report()]
    }

    /// The retry timer runs exactly while bookmark changes wait in memory.
    private func armRetry() {
        if bookmarks.pendingWrites.isEmpty {
            retryTimer?.cancel()
            retryTimer = nil
        } else if retryTimer == nil {
            retryTimer = MailboxTimer(every: retryInterval, to: mailbox) { .writesRetryDue }
        }
    }

    /// The program ends: waits (at most 3 s) for the reading and history writes in flight, tries
    /// the bookmark changes kept in memory once more, and writes those still refused to a rescue
    /// file; returns lines for standard error (where that file is, how to import it).
    public func finish() -> [String] {
        retryTimer?.cancel()
        retryTimer = nil
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

    /// The stores' news; arms or stops the retry timer (every change goes through here).
    private func report() -> Message {
        armRetry()
        return .storeReport(StoreReport(notices: bookmarks.takeNotices() + (reading?.takeNotices() ?? []),
                                 pendingWrites: bookmarks.pendingWrites.count))
    }

    /// Writes reading state on the background queue (a refusal is posted to the mailbox).
    public func saveReading(_ batch: ReadingBatch) {
        guard let reading, !batch.isEmpty else { return }
        let lastOpened = batch.lastOpened
        let date = now()
        let mailbox = self.mailbox, strings = self.strings
        queue.async {
            do {
                try reading.record(batch.changes, lastOpened: lastOpened, at: date)
            } catch {
                mailbox.post(.readingLoaded(ReadingSnapshot(failure: strings.describe(error))))
            }
        }
    }

    /// Keeps the list's order and filters for the next start, on the background queue (a
    /// refusal costs only that: the next start opens with the defaults).
    public func saveListView(_ view: ListView) {
        let file = ListViewFile(directories: directories)
        queue.async { try? file.save(view) }
    }

    /// Keeps how the panels share the screen for the next start, on the background queue (a
    /// refusal costs only that: the next start opens with the default widths).
    public func savePanelWidths(_ widths: PanelWidths) {
        let file = LayoutFile(directories: directories)
        queue.async { try? file.save(widths) }
    }

    /// Writes the saved views (`views.json`) on the background queue; a refusal is posted
    /// (`Message.viewsSaveFailed`): the views last in memory until the reader quits.
    public func saveViews(_ views: [SavedView]) {
        let file = SavedViewsFile(directories: directories)
        let mailbox = self.mailbox, strings = self.strings
        queue.async {
            do {
                try file.save(views)
            } catch {
                mailbox.post(.viewsSaveFailed(strings.describe(error)))
            }
        }
    }

    /// Keeps a query in the history, on the background queue (a refusal is posted to the mailbox).
    public func recordSearch(_ query: String) {
        guard let history else { return }
        let date = now()
        let mailbox = self.mailbox, strings = self.strings
        queue.async {
            do {
                try history.record(query, at: date)
            } catch {
                mailbox.post(.searchHistoryLoaded(SearchHistorySnapshot(failure: strings.describe(error))))
            }
        }
    }

    /// Bookmarks whose changes never reached the database, written as a bookmark file in the
    /// first of `rescueFolders` that takes it whole (`RescueFile`); the lines say where and how to
    /// import it. When none does, the lines hold the file itself (between two marker lines, for
    /// the terminal's scrollback) and `bookmarksUnsaved` is set.
    private func rescue(_ pending: [PendingWrite]) -> [String] {
        let ids = Set(pending.map(\.bookmarkID))
        let affected = bookmarks.bookmarks(BookmarkFilter(includeDeleted: true)).filter { ids.contains($0.id) && !$0.isDeleted }
        let reason = bookmarks.openError.map(strings.storeError) ?? strings[.rescueDiskRefused]
        guard !affected.isEmpty, let data = try? BookmarkFile.encode(affected, exported: now()) else {
            return [strings.format(.rescueNotSaved, ["count": strings.number(pending.count), "reason": reason])]
        }
        let values = ["count": strings.number(affected.count), "reason": reason]
        let name = "kiosque-unsaved-bookmarks-\(ReviewWriter.stamp(now()))-\(UUID().uuidString.prefix(8)).json"
        var failures: [String] = []
        for folder in rescueFolders {
            switch RescueFile.write(data, named: name, in: folder) {
            case .success(let url):
                return [strings.format(.rescueWritten, values), strings.format(.rescueWrittenTo, ["path": url.path])]
            case .failure(let failure):
                failures.append(failure.worded(strings))
            }
        }
        bookmarksUnsaved = true
        return [strings.format(.rescueNowhere, values.merging(["failures": failures.joined(separator: "; ")]) { $1 }),
                strings[.rescuePrinted], Self.rescueStart]
            + String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            + [Self.rescueEnd]
    }

    /// The lines around unsaved bookmarks printed on standard error.
    public static let rescueStart = "----- kiosque unsaved bookmarks: start -----"
    public static let rescueEnd = "----- kiosque unsaved bookmarks: end -----"
}
