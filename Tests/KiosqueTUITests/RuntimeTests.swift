import Foundation
import KiosqueCore
import Testing
@testable import KiosqueApp
@testable import KiosqueTUI

@Suite("Mailbox: one queue for every background worker, with a wake-up descriptor")
struct MailboxTests {
    /// True when `descriptor` is readable now.
    static func readable(_ descriptor: Int32) -> Bool {
        var entry = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0
    }

    @Test("a post makes the descriptor readable; drain takes every message in order and clears it")
    func wakeUp() {
        let mailbox = Mailbox<Int>()
        #expect(!Self.readable(mailbox.wakeDescriptor) && mailbox.isEmpty)
        mailbox.post(1)
        mailbox.post([2, 3])
        #expect(Self.readable(mailbox.wakeDescriptor))
        #expect(mailbox.drain() == [1, 2, 3])
        #expect(!Self.readable(mailbox.wakeDescriptor), "no wake-up left once drained")
        #expect(mailbox.drain().isEmpty)
    }

    @Test("posts from many threads at once: none lost, each thread's in its order")
    func manyThreads() {
        let mailbox = Mailbox<Int>()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for i in 0..<1_000 { mailbox.post(thread * 10_000 + i) }
        }
        let all = mailbox.drain()
        #expect(all.count == 8_000)
        for thread in 0..<8 {
            let mine = all.filter { $0 / 10_000 == thread }
            #expect(mine == Array(0..<1_000).map { thread * 10_000 + $0 })
        }
    }

    @Test("wait returns when another thread posts, and after its timeout when none does")
    func wait() {
        let mailbox = Mailbox<String>()
        let start = Date()
        #expect(!mailbox.wait(timeout: 0.05))
        #expect(Date().timeIntervalSince(start) >= 0.04)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { mailbox.post("news") }
        #expect(mailbox.wait(timeout: 10))
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(mailbox.drain() == ["news"])
    }

    @Test("a timer posts its message to the mailbox until cancelled")
    func timer() {
        let mailbox = Mailbox<String>()
        let timer = MailboxTimer(every: 0.01, to: mailbox) { "tick" }
        #expect(mailbox.wait(timeout: 10))
        timer.cancel()
        _ = mailbox.drain()
        #expect(!mailbox.wait(timeout: 0.1), "no tick after cancel")
    }
}

// MARK: The runtime with an in-memory terminal

/// A program for the runtime tests: counts what it received, shows it, asks for effects.
enum Probe: RuntimeMessage {
    case key(Key)
    case resize(Size)
    case started
    case stopping
    /// From the background.
    case news(String)
    /// A synchronous answer to `Work.now`.
    case answer(String)

    struct State {
        var size = Size(width: 0, height: 0)
        var started = false
        var stopped = false
        var lines: [String] = []
    }

    enum Work: Equatable {
        case quit
        /// Answered at once by the handler.
        case now(String)
    }

    static func update(_ state: inout State, _ message: Probe) -> [Work] {
        switch message {
        case .resize(let size): state.size = size
        case .started: state.started = true
        case .stopping: state.stopped = true
        case .key(.character("q")): return [.quit]
        case .key(let key): return [.now("key \(key)")]
        case .news("quit"): return [.quit]
        case .news(let text): state.lines.append("news \(text)")
        case .answer(let text): state.lines.append("answer \(text)")
        }
        return []
    }

    static func render(_ state: State) -> Frame {
        var grid = Grid(size: Size(width: 100, height: 4))
        grid.put(state.lines.joined(separator: ","), x: 0, y: 0)
        return Frame(base: grid, overlays: [], cursor: nil)
    }

    final class Handler: EffectHandler {
        var handled: [Work] = []
        var stops = 0
        func start() -> [Probe] { [.answer("start")] }
        func handle(_ effect: Work) -> EffectOutcome<Probe> {
            handled.append(effect)
            switch effect {
            case .quit: return .quit
            case .now(let text): return .answered([.answer(text)])
            }
        }
        func stop() -> [String] {
            stops += 1
            return ["stopped"]
        }
    }
}

/// Input events fed from any thread, with a pipe that wakes the loop as a terminal's input does.
final class EventFeed: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [InputEvent] = []
    let ends: [Int32]

    init() {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        self.ends = ends
    }

    deinit { for end in ends { close(end) } }

    func send(_ event: InputEvent) {
        lock.withLock { events.append(event) }
        var byte: UInt8 = 1
        _ = write(ends[1], &byte, 1)
    }

    func take() -> [InputEvent] {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(ends[0], &buffer, 64) > 0 {}
        return lock.withLock {
            defer { events = [] }
            return events
        }
    }
}

/// A terminal in memory: the frames drawn, how many times the loop asked for input.
@MainActor
final class MemoryBackend: TerminalBackend {
    let feed = EventFeed()
    var frames: [String] = []
    var wakeUps = 0
    var invalidations = 0
    var screenSize = Size(width: 40, height: 4)
    /// Called with each frame's first line once drawn (tests post the next news from it, so
    /// that nothing depends on how fast the loop starts).
    var onDraw: (String) -> Void = { _ in }

    func draw(_ frame: Frame) {
        let line = frame.composed.lines[0].trimmingCharacters(in: .whitespaces)
        frames.append(line)
        onDraw(line)
    }
    func invalidate() { invalidations += 1 }
    func pendingEvents() -> [InputEvent] {
        wakeUps += 1
        return feed.take()
    }
    var inputDescriptors: [Int32] { [feed.ends[0]] }
}

@MainActor
@Suite("Runtime: the loop waits on the terminal and the mailbox, no timeouts", .serialized)
struct RuntimeTests {
    func runtime(_ backend: MemoryBackend, _ mailbox: Mailbox<Probe>, _ handler: Probe.Handler)
        -> Runtime<Probe.State, Probe, Probe.Work> {
        Runtime(backend: backend, mailbox: mailbox, update: Probe.update, render: Probe.render, handler: handler)
    }

    @Test("a background post wakes the loop and is drawn without any key; the loop does not spin meanwhile")
    func backgroundPostIsDrawn() {
        let backend = MemoryBackend()
        let mailbox = Mailbox<Probe>()
        let handler = Probe.Handler()
        // Each post 0.2 s after the frame before it: the loop waits meanwhile.
        backend.onDraw = { line in
            let next: Probe = line.hasSuffix("news index") ? .news("quit") : .news("index")
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { mailbox.post(next) }
        }
        let (ending, state, lines) = runtime(backend, mailbox, handler).run(state: Probe.State())
        #expect(ending == .quit)
        #expect(backend.frames.first == "answer start", "the start messages are drawn in the first frame")
        #expect(backend.frames.contains("answer start,news index"), "drawn as it came: \(backend.frames)")
        #expect(backend.wakeUps == 2, "one wake-up per post in 0.4 s, no timeout: \(backend.wakeUps)")
        #expect(state.started && state.stopped && state.size == Size(width: 40, height: 4))
        #expect(handler.stops == 1 && lines == ["stopped"])
    }

    @Test("keys and mailbox messages that arrive together are applied in turn and drawn once")
    func oneFramePerWakeUp() {
        let backend = MemoryBackend()
        let mailbox = Mailbox<Probe>()
        let handler = Probe.Handler()
        backend.feed.send(.key(.character("a")))
        mailbox.post(.news("one"))
        mailbox.post(.news("two"))
        backend.onDraw = { line in
            if line.hasSuffix("news two") { backend.feed.send(.key(.character("q"))) }
        }
        let (ending, state, _) = runtime(backend, mailbox, handler).run(state: Probe.State())
        #expect(ending == .quit)
        #expect(state.lines == ["answer start", "answer key a", "news one", "news two"],
                "the key's synchronous answer is applied before the next message")
        #expect(backend.frames == ["answer start", "answer start,answer key a,news one,news two"])
        #expect(handler.handled == [.now("key a"), .quit])
    }

    @Test("a quit signal, Ctrl-C, stdin closed: the loop ends, the state gets stopping, the services stop",
          arguments: [(InputEvent.quitSignal(15), RuntimeEnding.signal(15)), (.interrupt, .interrupted), (.closed, .inputClosed)])
    func endings(event: InputEvent, expected: RuntimeEnding) {
        let backend = MemoryBackend()
        let handler = Probe.Handler()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { backend.feed.send(event) }
        let (ending, state, lines) = runtime(backend, Mailbox(), handler).run(state: Probe.State())
        #expect(ending == expected)
        #expect(ending.exitStatus == [.signal(15): 143, .interrupted: 130, .inputClosed: 1][expected])
        #expect(state.stopped && handler.stops == 1 && lines == ["stopped"])
    }

    @Test("Ctrl-C while the program takes it as a key (a prompt open): applied as Ctrl-C, the loop goes on; then it ends the program")
    func interruptAsAKey() {
        let backend = MemoryBackend()
        let handler = Probe.Handler()
        let runtime = Runtime(backend: backend, mailbox: Mailbox(), update: Probe.update, render: Probe.render, handler: handler,
                              interruptIsKey: { $0.lines.count < 2 })
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { backend.feed.send(.interrupt) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { backend.feed.send(.interrupt) }
        let (ending, state, _) = runtime.run(state: Probe.State())
        #expect(handler.handled == [.now("key \(Key.ctrl("c"))")], "the first Ctrl-C was a key")
        #expect(state.lines.contains("answer key \(Key.ctrl("c"))"))
        #expect(ending == .interrupted, "the second one, no prompt open, ends the program")
    }

    @Test("a resize and Ctrl-L repaint everything")
    func resizeAndRedraw() {
        let backend = MemoryBackend()
        let handler = Probe.Handler()
        backend.feed.send(.resize(Size(width: 30, height: 3)))
        backend.feed.send(.redraw)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { backend.feed.send(.key(.character("q"))) }
        let (_, state, _) = runtime(backend, Mailbox(), handler).run(state: Probe.State())
        #expect(state.size == Size(width: 30, height: 3))
        #expect(backend.invalidations == 2)
    }
}

// MARK: The reader's effects, routed by kind

/// Records what reaches it, into a log shared with the other doubles.
final class EffectLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []
    func add(_ entry: String) { lock.withLock { entries.append(entry) } }
    var all: [String] { lock.withLock { entries } }
}

final class RecordingArticles: ArticleService {
    let log: EffectLog
    init(_ log: EffectLog) { self.log = log }
    func start() -> [Message] {
        log.add("articles: start")
        return []
    }
    func load(_ request: ArticleRequest) -> Result<LoadedArticle, LoadIssue> {
        log.add("articles: load \(request.id)")
        return FixtureCorpus.shared.load(request)
    }
    func anchor(_ requests: [BookmarkAnchorRequest]) -> [Message] {
        log.add("articles: anchor \(requests.count)")
        return []
    }
    func stopAnchoring() { log.add("stop: anchoring") }
    func stopIndex() { log.add("stop: index") }
}

final class RecordingSearches: SearchSubmitter {
    let log: EffectLog
    init(_ log: EffectLog) { self.log = log }
    func submit(_ request: SearchRequest) -> [Message] {
        log.add("searches: \(request.query)")
        return []
    }
    func stop() { log.add("stop: searches") }
}

@Suite("ReaderServices: each effect to its one service; start and stop in the stated order")
struct ReaderServicesTests {
    @Test("article loads and anchoring go to the corpus, searches to the searches, writes to the stores, quit to the runtime")
    func routing() throws {
        let folders = try TemporaryDirectories()
        let log = EffectLog()
        let stores = StoreEffects(directories: folders.directories)
        let services = ReaderServices(mailbox: Mailbox(), articles: RecordingArticles(log), searches: RecordingSearches(log),
                                      stores: stores)
        var state = Fixtures.state([Fixtures.mali, Fixtures.anadolu])
        let dispatcher = ReaderDispatcher(update: App.update, handler: services)
        dispatcher.start(&state)
        #expect(log.all.first == "articles: start")
        // Opening an article: a load for the corpus.
        for effect in App.open(&state, article: 1, target: .start) { _ = services.handle(effect) }
        #expect(log.all.last?.hasPrefix("articles: load") == true, "\(log.all)")
        let before = log.all.count
        // A bookmark: committed by the stores, never seen by the corpus or the searches.
        guard case .answered(let saved) = services.handle(.saveBookmark(BookmarkDraft(article: Fixtures.mali, range: TextRange(0, 4), analysis: nil, entities: []))) else {
            Issue.record("a bookmark does not quit")
            return
        }
        #expect(saved.contains { if case .bookmarkSaved = $0 { true } else { false } })
        #expect(try stores.bookmarks.fetchBookmarks().count == 1)
        #expect(log.all.count == before, "no other service saw it: \(log.all)")
        _ = services.handle(.search(SearchRequest(id: 1, query: try SearchQuery("gaz"), catalogue: state.catalogue, catalogueSerial: 0)))
        #expect(log.all.last == "searches: gaz" && log.all.count == before + 1)
        _ = services.handle(.anchorBookmarks([]))
        #expect(log.all.last == "articles: anchor 0" && log.all.count == before + 2)
        guard case .quit = services.handle(.quit) else {
            Issue.record("quit is the runtime's")
            return
        }
        #expect(log.all.count == before + 2)
    }

    @Test("stop: searches, then anchoring, then the index; the stores last (their rescue lines returned)")
    func stopOrder() throws {
        let folders = try TemporaryDirectories()
        let log = EffectLog()
        let services = ReaderServices(mailbox: Mailbox(), articles: RecordingArticles(log), searches: RecordingSearches(log),
                                      stores: StoreEffects(directories: folders.directories))
        #expect(services.stop().isEmpty, "nothing to rescue")
        #expect(log.all == ["stop: searches", "stop: anchoring", "stop: index"])
    }
}
