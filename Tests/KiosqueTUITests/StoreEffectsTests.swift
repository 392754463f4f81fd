import Foundation
import KiosqueCore
import Testing
@testable import KiosqueApp
@testable import KiosqueTUI

/// Whether the simulated disk refuses writes (read by the store at each new connection).
final class DiskSwitch: @unchecked Sendable {
    private let lock = NSLock()
    private var value = true
    var readOnly: Bool {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

/// XDG folders under a temporary root, removed when the value goes.
final class TemporaryDirectories {
    let root: URL
    let directories: AppDirectories

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-tui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        directories = AppDirectories(data: root.appendingPathComponent("data/kiosque"), state: root.appendingPathComponent("state/kiosque"),
                                     cache: root.appendingPathComponent("cache/kiosque"), config: root.appendingPathComponent("config/kiosque"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}

/// The effect wiring without a terminal: `Dispatcher` runs `App.update`'s effects through
/// `ReaderServices` to `StoreEffects` on real databases in temporary folders (and article loads
/// to `FixtureCorpus`), as the runtime does between frames.
@Suite("effects: the stores behind the reader")
struct StoreEffectsTests {
    /// A fresh reader state on the fixture articles, started from the stores.
    func started(_ runner: StoreEffects, articles: [Article] = [Fixtures.mali, Fixtures.anadolu, Fixtures.undated],
                 mailbox: Mailbox<Message> = Mailbox()) -> (AppState, ReaderDispatcher) {
        var state = Fixtures.state(articles)
        // Article loads answered from the fixtures, beside the stores, as `CorpusEffects` does.
        let dispatcher = FixtureCorpus.dispatcher(stores: runner, mailbox: mailbox)
        dispatcher.start(&state)
        return (state, dispatcher)
    }

    func press(_ keys: String, _ state: inout AppState, _ dispatcher: ReaderDispatcher) -> Bool {
        var quit = false
        for name in keys.split(separator: " ") {
            guard let key = KeyName.parse(String(name)) else { preconditionFailure("unknown key \(name)") }
            quit = dispatcher.apply(.key(key), to: &state) || quit
        }
        return quit
    }

    func type(_ text: String, _ state: inout AppState, _ dispatcher: ReaderDispatcher) {
        for ch in text { dispatcher.apply(.key(.character(ch)), to: &state) }
    }

    @Test("a bookmark is in the database when Enter's update returns; another store reads it with its note")
    func bookmarkIsCommittedOnEnter() throws {
        let folders = try TemporaryDirectories()
        let runner = StoreEffects(directories: folders.directories)
        var (state, dispatcher) = started(runner)
        #expect(state.bookmarks.loaded && state.reading.loaded)
        _ = press("Enter j b", &state, dispatcher)
        type("reprise de Kidal, été", &state, dispatcher)
        _ = press("Enter", &state, dispatcher)
        #expect(state.noticeText == "Bookmark saved")
        // Another connection, as another process would open it.
        let other = BookmarkStore(directories: folders.directories)
        let stored = try other.fetchBookmarks()
        #expect(stored.count == 1)
        #expect(stored.first?.note == "reprise de Kidal, été")
        #expect(stored.first?.quote.exact == BookmarkFixtures.lavrov)
        #expect(stored.first?.article.id == Fixtures.mali.id)
        #expect(state.bookmarks.all.map(\.id) == stored.map(\.id))
    }

    @Test("note edits, deletions and undo reach the database")
    func changesReachTheDatabase() throws {
        let folders = try TemporaryDirectories()
        let seeded = BookmarkStore(directories: folders.directories)
        let kidal = BookmarkFixtures.four[1]
        seeded.add(kidal)
        var (state, dispatcher) = started(StoreEffects(directories: folders.directories))
        #expect(state.bookmarks.all.map(\.id) == [kidal.id])
        _ = press("B e Ctrl-u", &state, dispatcher)
        type("Kidal reprise", &state, dispatcher)
        _ = press("Enter", &state, dispatcher)
        #expect(try seeded.fetchBookmark(kidal.id)?.note == "Kidal reprise")
        _ = press("d", &state, dispatcher)
        #expect(try seeded.fetchBookmarks().isEmpty)
        #expect(try seeded.fetchBookmark(kidal.id)?.isDeleted == true)
        _ = press("u", &state, dispatcher)
        #expect(try seeded.fetchBookmarks().map(\.id) == [kidal.id])
        #expect(state.noticeText == "Bookmark restored")
    }

    @Test("B reads the store again: a bookmark added by another reader appears")
    func viewReloads() throws {
        let folders = try TemporaryDirectories()
        var (state, dispatcher) = started(StoreEffects(directories: folders.directories))
        BookmarkStore(directories: folders.directories).add(BookmarkFixtures.four[0])
        #expect(state.bookmarks.all.isEmpty)
        _ = press("B", &state, dispatcher)
        #expect(state.bookmarks.all.map(\.note) == ["Lavrov reçoit"])
    }

    @Test("reading positions are written when another article opens and at the end; the next start restores them")
    func readingStateRoundTrip() throws {
        let folders = try TemporaryDirectories()
        let runner = StoreEffects(directories: folders.directories)
        var (state, dispatcher) = started(runner)
        _ = press("Enter j j Esc j Enter j", &state, dispatcher)
        #expect(state.openPosition == 1)
        let cursor = state.reader.cursor
        _ = dispatcher.stop(&state)
        runner.waitForReadingWrites()

        var (next, _) = started(StoreEffects(directories: folders.directories))
        #expect(next.openPosition == 1)
        #expect(next.reader.cursor == cursor)
        #expect(next.focus == .reader)
        #expect(next.isRead(0) && next.isRead(1) && next.isUnread(2))
        // And the first article where it was left.
        next.press("Esc", "k", "Enter")
        #expect(next.reader.cursor == SentenceIndex(paragraph: 2, sentence: 2))
    }

    @Test("x writes the review under the data folder and the status line names it; the file has the quote and the note")
    func exportWritesAFile() throws {
        let folders = try TemporaryDirectories()
        BookmarkStore(directories: folders.directories).add(BookmarkFixtures.four[1])
        let runner = StoreEffects(directories: folders.directories, home: folders.root.path)
        var (state, dispatcher) = started(runner, articles: [Fixtures.mali, Fixtures.anadolu])
        _ = press("x Enter", &state, dispatcher)
        let notice = try #require(state.noticeText)
        #expect(notice.hasPrefix("Press review written (1 passage): ~/data/kiosque/exports/press-review-"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folders.directories.data.appendingPathComponent("exports").path).sorted()
        // The Markdown review and its printable HTML page, one name.
        #expect(files.count == 2)
        let path = try #require(files.first { $0.hasSuffix(".md") })
        #expect(files.contains(String(path.dropLast(3)) + ".html"))
        #expect(notice.hasSuffix(path + " (+ .html)"))
        let page = try String(contentsOf: folders.directories.data.appendingPathComponent("exports/\(path.dropLast(3)).html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("<blockquote>" + BookmarkFixtures.kidal + "</blockquote>"))
        let text = try String(contentsOf: folders.directories.data.appendingPathComponent("exports/\(path)"), encoding: .utf8)
        #expect(text.hasPrefix("# Press review"))
        #expect(text.contains("> " + BookmarkFixtures.kidal))
        #expect(text.contains("**Note:** reprise de Kidal"))
        // A second export in the same minute does not replace the first.
        _ = press("x Enter", &state, dispatcher)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folders.directories.data.appendingPathComponent("exports").path).count == 4)
    }

    @Test("x under a period filter, a title typed: the Markdown and HTML reviews carry the title, the period line under it, and only the period's passages")
    func exportTitleAndPeriod() throws {
        let folders = try TemporaryDirectories()
        let store = BookmarkStore(directories: folders.directories)
        store.add(BookmarkFixtures.four[0]) // mali, 2024-02-29
        store.add(BookmarkFixtures.four[1]) // anadolu, March 2024: outside February
        let runner = StoreEffects(directories: folders.directories, home: folders.root.path)
        var (state, dispatcher) = started(runner, articles: [Fixtures.mali, Fixtures.anadolu])
        _ = press("p", &state, dispatcher)
        type("2024-02-01..2024-02-29", &state, dispatcher)
        _ = press("Enter x", &state, dispatcher)
        type("Veille <Mali> & co", &state, dispatcher)
        _ = press("Enter", &state, dispatcher)
        #expect(state.noticeText?.hasPrefix("Press review written (1 passage): ") == true, "\(state.noticeText ?? "")")
        let exports = folders.directories.data.appendingPathComponent("exports")
        let files = try FileManager.default.contentsOfDirectory(atPath: exports.path)
        let markdown = try String(contentsOf: exports.appendingPathComponent(try #require(files.first { $0.hasSuffix(".md") })), encoding: .utf8)
        let html = try String(contentsOf: exports.appendingPathComponent(try #require(files.first { $0.hasSuffix(".html") })), encoding: .utf8)
        let labels = try ReviewLabels.bundled(language: "en")
        let line = try #require(labels.periodLine(from: ArticleDate(year: 2024, month: 2, day: 1), to: ArticleDate(year: 2024, month: 2, day: 29)))
        #expect(line.hasPrefix("Period: from ") && line.contains("February 2024"), "\(line)")
        #expect(markdown.hasPrefix("# Veille \\<Mali\\> \\& co\n\n" + line + "\n\n"), "\(markdown)")
        #expect(markdown.contains("> " + BookmarkFixtures.lavrov) && !markdown.contains(BookmarkFixtures.kidal))
        #expect(html.contains("<title>Veille &lt;Mali&gt; &amp; co</title>"), "\(html)")
        #expect(html.contains("<h1>Veille &lt;Mali&gt; &amp; co</h1>"))
        #expect(html.contains("<p class=\"period\">\(line)</p>"))
        #expect(!html.contains(BookmarkFixtures.kidal))
    }

    @Test("ReviewWriter: no title and no period give the default title and no period line")
    func writerDefaults() throws {
        let folders = try TemporaryDirectories()
        let writer = ReviewWriter(folder: folders.root.appendingPathComponent("out"))
        let request = ReviewRequest(bookmarks: [BookmarkFixtures.four[0]], language: .french, title: "  ")
        guard case .success = writer.write(request, baseName: "revue-de-presse", now: Date()) else {
            Issue.record("not written")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: writer.folder.path)
        let markdown = try String(contentsOf: writer.folder.appendingPathComponent(try #require(files.first { $0.hasSuffix(".md") })), encoding: .utf8)
        #expect(markdown.hasPrefix("# Revue de presse\n\n"))
        #expect(!markdown.contains("Période"))
        let html = try String(contentsOf: writer.folder.appendingPathComponent(try #require(files.first { $0.hasSuffix(".html") })), encoding: .utf8)
        #expect(html.contains("<h1>Revue de presse</h1>") && !html.contains("class=\"period\""))
    }

    @Test("a disk that refuses writes: the bookmark is shown, the status line says why, q warns, and the end writes a rescue file")
    func refusedWritesAreRescued() throws {
        let folders = try TemporaryDirectories()
        _ = BookmarkStore(directories: folders.directories)  // creates the database
        let runner = StoreEffects(directories: folders.directories, options: StoreOptions(openReadOnly: { true }))
        var (state, dispatcher) = started(runner)
        _ = press("Enter b", &state, dispatcher)
        type("à garder", &state, dispatcher)
        _ = press("Enter", &state, dispatcher)
        #expect(state.bookmarks.all.count == 1, "kept in memory, still shown")
        #expect(state.noticeText?.hasPrefix("Bookmark kept in memory, not on disk yet: cannot write to") == true)
        #expect(state.storeWarningText?.contains("read-only") == true)
        #expect(state.bookmarks.pendingWrites == 1)
        #expect(press("q", &state, dispatcher) == false, "the first q warns")
        #expect(press("q", &state, dispatcher) == true)
        let lines = dispatcher.stop(&state)
        #expect(lines.count == 2, "\(lines)")
        let path = try #require(lines.last?.components(separatedBy: "kiosque bookmarks import ").last)
        let rescued = try BookmarkFile.decode(Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(rescued.map(\.note) == ["à garder"])
        try? FileManager.default.removeItem(atPath: path)
    }

    @Test("under a French locale the store's refusal, the status line and the rescue lines are French")
    func refusalsInFrench() throws {
        let folders = try TemporaryDirectories()
        _ = BookmarkStore(directories: folders.directories)
        let runner = StoreEffects(directories: folders.directories, options: StoreOptions(openReadOnly: { true }),
                                  strings: try Strings.bundled(language: .french))
        var state = Fixtures.state(language: .french)
        let dispatcher = FixtureCorpus.dispatcher(stores: runner, mailbox: Mailbox())
        dispatcher.start(&state)
        _ = press("Enter b", &state, dispatcher)
        type("à garder", &state, dispatcher)
        _ = press("Enter", &state, dispatcher)
        let notice = try #require(state.noticeText)
        #expect(notice.hasPrefix("Signet gardé en mémoire, pas encore sur le disque : impossible d’écrire dans"), "\(notice)")
        #expect(!notice.contains("cannot"), "\(notice)")
        _ = press("q q", &state, dispatcher)
        let lines = dispatcher.stop(&state)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.hasPrefix("kiosque: 1 signet(s) n’ont pas pu être enregistré(s) dans la base (le disque a refusé les modifications).") == true,
                "\(lines)")
        let path = try #require(lines.last?.components(separatedBy: "kiosque bookmarks import ").last)
        #expect(lines.last?.hasPrefix("kiosque: ils ont été écrits dans \(path) ;") == true, "\(lines)")
        try? FileManager.default.removeItem(atPath: path)
    }

    @Test("a bookmark database that can only be read (the store opens it read-only): its bookmarks are listed and the status line says new ones go to the rescue file")
    func readOnlyStoreShowsBookmarks() throws {
        let folders = try TemporaryDirectories()
        let stored = BookmarkFixtures.four[1]
        BookmarkStore(directories: folders.directories).add(stored)
        let runner = StoreEffects(directories: folders.directories, options: StoreOptions(openReadOnly: { true }))
        var (state, dispatcher) = started(runner)
        #expect(state.bookmarks.all.map(\.id) == [stored.id])
        let status = try #require(state.statusText)
        #expect(status.contains("Bookmarks read-only"), "\(status)")
        #expect(status.contains("rescue file"), "\(status)")
        _ = press("B", &state, dispatcher)
        #expect(state.bookmarks.all.map(\.id) == [stored.id], "read again: still there")
        #expect(dispatcher.stop(&state).isEmpty, "nothing to rescue")
    }

    /// A reader on a disk that refuses bookmarks, with one bookmark "à garder" kept in memory,
    /// quit with `q q`.
    func quitWithUnsavedBookmark(_ folders: TemporaryDirectories, strings: Strings = .bundledOrEmpty(language: .english))
        -> (StoreEffects, AppState, ReaderDispatcher) {
        _ = BookmarkStore(directories: folders.directories)
        let runner = StoreEffects(directories: folders.directories, options: StoreOptions(openReadOnly: { true }), strings: strings)
        var (state, dispatcher) = started(runner)
        _ = press("Enter b", &state, dispatcher)
        type("à garder", &state, dispatcher)
        _ = press("Enter q q", &state, dispatcher)
        return (runner, state, dispatcher)
    }

    /// Names of rescue files (whole or partial) under `folder`, recursively.
    func rescueNames(under folder: URL) -> [String] {
        (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { $0.contains("kiosque-unsaved-bookmarks") }
    }

    @Test("a rescue file that no folder takes: the bookmarks are printed on standard error as a file import reads, the reader exits non-zero, no file is left")
    func rescueNowhere() throws {
        let folders = try TemporaryDirectories()
        var (runner, state, dispatcher) = quitWithUnsavedBookmark(folders)
        // Folders that cannot be made: a regular file has the name of their parent.
        let blocker = folders.root.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        runner.rescueFolders = [blocker.appendingPathComponent("a"), blocker.appendingPathComponent("b")]
        let lines = dispatcher.stop(&state)
        #expect(runner.bookmarksUnsaved, "the reader exits non-zero")
        #expect(lines.first?.contains("nor in a rescue file") == true, "\(lines)")
        #expect(lines.first?.contains("\(blocker.path)/a: creating the folder: ") == true, "\(lines)")
        #expect(!lines.joined().contains("lost"))
        let start = try #require(lines.firstIndex(of: StoreEffects.rescueStart))
        let end = try #require(lines.firstIndex(of: StoreEffects.rescueEnd))
        let printed = lines[(start + 1)..<end].joined(separator: "\n")
        let rescued = try BookmarkFile.decode(Data(printed.utf8))
        #expect(rescued.map(\.note) == ["à garder"])
        #expect(rescueNames(under: folders.root).isEmpty)
    }

    @Test("in French, the rescue lines name each failing step in French")
    func rescueNowhereInFrench() throws {
        let folders = try TemporaryDirectories()
        var (runner, state, dispatcher) = quitWithUnsavedBookmark(folders, strings: try Strings.bundled(language: .french))
        let blocker = folders.root.appendingPathComponent("blocker")
        try Data("x".utf8).write(to: blocker)
        runner.rescueFolders = [blocker.appendingPathComponent("a")]
        let lines = dispatcher.stop(&state)
        #expect(lines.first?.contains("ni dans un fichier de secours") == true, "\(lines)")
        #expect(lines.first?.contains("\(blocker.path)/a : création du dossier : ") == true, "\(lines)")
    }

    @Test("a full folder gets no rescue file (not even an empty one): the next folder gets it whole",
          .enabled(if: geteuid() == 0, "mounts a tiny tmpfs: needs root"))
    func rescueSkipsAFullFolder() throws {
        let folders = try TemporaryDirectories()
        let full = folders.root.appendingPathComponent("full")
        try FileManager.default.createDirectory(at: full, withIntermediateDirectories: true)
        func run(_ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/" + arguments[0])
            process.arguments = Array(arguments.dropFirst())
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        guard try run(["mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", full.path]) == 0 else {
            print("skipped: cannot mount a tmpfs here")
            return
        }
        defer { _ = try? run(["umount", full.path]) }
        // Fill it to the last byte.
        let filler = full.appendingPathComponent("filler")
        #expect(FileManager.default.createFile(atPath: filler.path, contents: nil))
        let handle = try FileHandle(forWritingTo: filler)
        while (try? handle.write(contentsOf: Data(count: 512))) != nil {}
        try? handle.close()
        var (runner, state, dispatcher) = quitWithUnsavedBookmark(folders)
        let next = folders.root.appendingPathComponent("next")
        runner.rescueFolders = [full, next]
        let lines = dispatcher.stop(&state)
        #expect(!runner.bookmarksUnsaved)
        #expect(try FileManager.default.contentsOfDirectory(atPath: full.path) == ["filler"], "nothing left in the full folder")
        let names = rescueNames(under: next)
        #expect(names.count == 1 && names.allSatisfy { $0.hasPrefix("kiosque-unsaved-bookmarks-") && $0.hasSuffix(".json") })
        let path = try #require(lines.last?.components(separatedBy: "kiosque bookmarks import ").last)
        #expect(path.hasPrefix(next.path))
        #expect(try BookmarkFile.decode(Data(contentsOf: URL(fileURLWithPath: path))).map(\.note) == ["à garder"])
    }

    @Test("changes kept in memory are written between keys once the disk takes them, and the status line says so")
    func writtenLater() throws {
        let folders = try TemporaryDirectories()
        _ = BookmarkStore(directories: folders.directories)
        let disk = DiskSwitch()
        let mailbox = Mailbox<Message>()
        let runner = StoreEffects(directories: folders.directories, options: StoreOptions(openReadOnly: { disk.readOnly }),
                                  mailbox: mailbox)
        runner.retryInterval = 0.05
        var (state, dispatcher) = started(runner, mailbox: mailbox)
        _ = press("Enter b", &state, dispatcher)
        type("plus tard", &state, dispatcher)
        _ = press("Enter", &state, dispatcher)
        #expect(state.storeWarningText != nil)
        // The retry timer posts to the mailbox: a retry, still refused, is reported.
        #expect(dispatcher.receive(from: mailbox, to: &state, waiting: 10), "the retry timer woke the mailbox")
        #expect(state.bookmarks.pendingWrites == 1)
        disk.readOnly = false
        _ = mailbox.drain()
        #expect(dispatcher.receive(from: mailbox, to: &state, waiting: 10))
        #expect(state.bookmarks.pendingWrites == 0)
        #expect(state.storeWarningText == nil)
        #expect(state.noticeText == "1 bookmark change(s) kept in memory are now saved")
        #expect(try BookmarkStore(directories: folders.directories).fetchBookmarks().map(\.note) == ["plus tard"])
        #expect(dispatcher.stop(&state).isEmpty, "nothing to rescue")
    }

    @Test("a damaged bookmark file is moved aside at start, and the status line says where")
    func damagedFileNotice() throws {
        let folders = try TemporaryDirectories()
        try AppDirectories.ensure(folders.directories.data)
        try Data(repeating: 0x41, count: 4096).write(to: folders.directories.data.appendingPathComponent(BookmarkStore.fileName))
        let (state, _) = started(StoreEffects(directories: folders.directories))
        #expect(state.statusText?.contains("was damaged: moved to") == true)
        #expect(state.statusText?.contains("bookmarks.corrupt-") == true)
    }
}
