import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueApp
import KiosqueTUI

/// `kiosque-bench reader PATH... --cache DIR`: the reader on the index, as `kiosque` runs it
/// (without a terminal): warm opens to the first full screen, then key press to finished frame
/// while browsing the list and reading the longest article, then searches typed in the prompt
/// key by key (each key to the frame showing its answer), and the process's peak memory.
struct ReaderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "Time the reader on a warm index: open to the first full screen, key press to finished frame (list, long article)."
    )

    @Argument(help: "Files or folders to read.")
    var paths: [String] = ["../shared/corpus/presse-2018-2019.jsonl"]

    @Option(help: "The folder holding index.sqlite (as `kiosque-bench index --keep` makes it), used as the cache folder.")
    var cache: String

    @Option(help: "Warm opens timed (each a new index connection and catalogue; the first may find a cold page cache).")
    var runs = 10

    @Option(help: "Key presses timed in the list and in the reader, each.")
    var keys = 2000

    @Option(help: "Screen size, WIDTHxHEIGHT.")
    var size = "200x60"

    @Option(name: .customLong("search"), help: "A query typed in the search prompt, key by key (repeatable); default: the BENCHMARKS.md set; `none`: no search.")
    var searches: [String] = []

    @Option(help: "Times each query is typed (half with the answer taken at once, half as the event loop takes it).")
    var searchRuns = 10

    @Option(help: "Milliseconds between keys when a query is typed at a steady pace (answers not awaited between keys).")
    var typingInterval = 80

    mutating func run() throws {
        let screen = try Bench().parseSize(size)
        let cacheURL = URL(fileURLWithPath: cache)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-bench-reader-\(getpid())")
        defer { try? FileManager.default.removeItem(at: home) }
        let directories = AppDirectories(data: home.appendingPathComponent("data"), state: home.appendingPathComponent("state"),
                                         cache: cacheURL, config: home.appendingPathComponent("config"))
        print("kiosque-bench reader: \(paths.joined(separator: " ")), cache \(cache), \(runs) warm opens, screen \(screen)")

        // Warm opens as `kiosque` starts: open the index, read the catalogue, make the state, open
        // the bookmark and reading stores, show the first article (loaded from its source with its
        // analysis), draw the first frame. The index worker then starts in the background.
        var opens: [Double] = []
        var corpusOnly: [Double] = []
        var count = 0
        for _ in 0..<max(1, runs) {
            let start = Clock.now
            let mailbox = Mailbox<Message>()
            let corpus = ReaderCorpus.open(paths: paths, directories: directories, mailbox: mailbox)
            let opened = Clock.now
            guard !corpus.catalogue.isEmpty else {
                corpus.runner.stopIndex()
                throw ValidationError("the index in \(cache) has no catalogue for these paths with this analyser: make it first with `kiosque-bench index PATH --keep \(cache)`")
            }
            var state = AppState(corpus: corpus, size: screen, display: DisplayOptions())
            let services = ReaderServices(mailbox: mailbox, articles: corpus.runner,
                                          searches: SearchEffects(index: corpus.runner.index, mailbox: mailbox),
                                          stores: StoreEffects(directories: directories, mailbox: mailbox))
            let dispatcher = ReaderDispatcher(update: App.update, handler: services)
            dispatcher.apply(.resize(screen), to: &state)
            dispatcher.start(&state)
            _ = App.render(state)
            let drawn = Clock.now
            opens.append(Clock.ms(start, drawn))
            corpusOnly.append(Clock.ms(start, opened))
            count = state.catalogue.count
            guard !corpus.problems.contains(where: { if case .note = $0 { return false } else { return true } }) else {
                throw ValidationError("the index could not be used: \(corpus.problems)")
            }
            guard state.openArticle != nil || state.catalogue.isEmpty else { throw ValidationError("no article shown") }
            _ = services.stop()
        }
        print("articles: \(count)")
        Bench.report("warm open to the first full screen: index, catalogue, state, first article, first frame (ms)", opens, percentiles: true)
        Bench.report("of which the taxonomy, opening the index and reading the catalogue (ms)", corpusOnly, percentiles: true)

        // One more session, left running until the index worker is done (entity index in).
        let sessionStart = Clock.now
        let mailbox = Mailbox<Message>()
        let corpus = ReaderCorpus.open(paths: paths, directories: directories, mailbox: mailbox)
        var state = AppState(corpus: corpus, size: screen, display: DisplayOptions())
        // Searches through the index, as the reader runs them (a worker off the key path), their
        // answers and the index worker's news through the mailbox, as the runtime takes them.
        let services = ReaderServices(mailbox: mailbox, articles: corpus.runner,
                                      searches: SearchEffects(index: corpus.runner.index, mailbox: mailbox), stores: nil)
        let dispatcher = ReaderDispatcher(update: App.update, handler: services)
        dispatcher.apply(.resize(screen), to: &state)
        dispatcher.start(&state)
        let beforeEntities = Memory.residentBytes()
        let deadline = Clock.now + 600 * 1_000_000_000
        while (corpus.runner.worker?.isBusy == true || state.entities.index == nil) && Clock.now < deadline {
            dispatcher.receive(from: mailbox, to: &state, waiting: 1)
        }
        dispatcher.receive(from: mailbox, to: &state)
        if let index = state.entities.index {
            print(String(format: "entity index in after %.0f ms: %d entities, %d postings; resident memory %d MB before it, %d MB after",
                         Clock.ms(sessionStart, Clock.now), index.count, index.postingCount,
                         beforeEntities / 1_048_576, Memory.residentBytes() / 1_048_576))
        }
        defer { _ = services.stop() }
        guard !state.catalogue.isEmpty else { return }

        // The list: j/k runs, pages, G/g.
        state.focus = .list
        var pattern: [Key] = []
        pattern += Array(repeating: .character("j"), count: 200) + Array(repeating: .character("k"), count: 100)
        pattern += Array(repeating: .pageDown, count: 40) + Array(repeating: .pageUp, count: 20)
        pattern += [.character("G"), .character("k"), .character("g"), .character("j")]
        let listFrames = time(keys: pattern, count: keys, &state, dispatcher)
        Bench.report("list of \(state.catalogue.count) articles: key press to finished frame (ms; j k PgDn PgUp G g)", listFrames,
                     percentiles: true)
        let kinds = Memory.residentByKind()
        print("resident memory after the list's keys: \(Memory.residentBytes() / 1_048_576) MB (anonymous \(kinds.anonymous / 1_048_576), files \(kinds.file / 1_048_576)), peak \(Memory.peakBytes() / 1_048_576) MB; snapshot pages handed back \(corpus.runner.pages?.releases ?? 0) times")

        // The longest article (by bytes in its source), opened and read sentence by sentence.
        let longest = (0..<state.catalogue.count).max { state.catalogue.place(at: $0).bytes.count < state.catalogue.place(at: $1).bytes.count } ?? 0
        let openStart = Clock.now
        for effect in App.open(&state, article: longest, target: .start) {
            if case .answered(let messages) = services.handle(effect) { dispatcher.apply(messages, to: &state) }
        }
        _ = App.render(state)
        let openTime = Clock.ms(openStart, Clock.now)
        print("resident memory after the longest article was found and opened: \(Memory.residentBytes() / 1_048_576) MB")
        guard let article = state.openArticle else { throw ValidationError("the longest article did not open") }
        print(String(format: "open the longest article (%d code points, %d entities) to its first frame: %.2f ms",
                     article.text.unicodeScalars.count, state.open?.entities.count ?? 0, openTime))
        var reading: [Key] = Array(repeating: .character("j"), count: 200) + Array(repeating: .character("k"), count: 200)
        reading += [.pageDown, .pageDown, .pageUp, .pageUp]
        let readerFrames = time(keys: reading, count: keys, &state, dispatcher)
        Bench.report("reader: key press to finished frame (ms; j k PgDn PgUp)", readerFrames, percentiles: true)
        print("peak resident memory of this process: \(Memory.peakBytes() / 1_048_576) MB")

        // The runtime's own share of an answer's way to the screen: from a background post to the
        // loop, waiting in poll(2) on the mailbox's descriptor, woken and holding the message.
        Bench.report("mailbox: a background post to the waiting loop holding it (ms)", Self.mailboxWakeUps(500), percentiles: true)

        let typed = searches.isEmpty ? Self.searchSet : searches.filter { $0 != "none" }
        guard !typed.isEmpty else { return }
        print("search prompt, \(searchRuns) runs of each query typed key by key (the longest article open, its matches highlighted):")
        var allAtOnce: [Double] = [], allLoop: [Double] = [], allWhole: [Double] = []
        for text in typed {
            var atOnce: [Double] = [], loop: [Double] = [], plain: [Double] = [], wholeLoop: [Double] = []
            var byKey: [Int: [Double]] = [:]
            var peakRaise: [String: Int] = [:]
            for run in 0..<max(1, searchRuns) {
                // Even runs take the answer as soon as it is in (the mailbox looked at every
                // 0.1 ms); odd runs as the event loop does: waiting in poll(2) on the mailbox's
                // wake-up descriptor, then draining it, applying and drawing once.
                let asTheLoop = run % 2 == 1
                dispatcher.apply(.key(.character("/")), to: &state)
                dispatcher.apply(.key(.ctrl("u")), to: &state)
                for (at, character) in text.enumerated() {
                    let peakBefore = Memory.peakBytes()
                    let (ms, whole, searched) = typeKey(.character(character), &state, dispatcher, mailbox, asTheLoop: asTheLoop)
                    if searched { byKey[at, default: []].append(ms) }
                    // The keys that raise the process's peak memory, and by how much.
                    let raised = Memory.peakBytes() - peakBefore
                    if raised > 0 { peakRaise[String(text.prefix(at + 1)), default: 0] += raised }
                    if !searched {
                        plain.append(ms)
                    } else if run % 2 == 0 {
                        atOnce.append(ms)
                    } else {
                        loop.append(ms)
                        wholeLoop.append(whole)
                    }
                }
                let found = state.list.filter?.rows.count ?? 0
                if run == 0 { print("  \(text): \(state.strings.number(found)) articles") }
                dispatcher.apply(.key(.escape), to: &state)
            }
            var paced: [Double] = []
            for _ in 0..<max(1, searchRuns / 2) {
                dispatcher.apply(.key(.character("/")), to: &state)
                dispatcher.apply(.key(.ctrl("u")), to: &state)
                paced.append(typeAtPace(text, &state, dispatcher, mailbox))
                dispatcher.apply(.key(.escape), to: &state)
            }
            Bench.report("  \(text): key to the frame with its first rows, answer taken at once (ms; keys that searched)", atOnce, percentiles: true)
            Bench.report("  \(text): typed a key every \(typingInterval) ms, the last key to the frame with the final answer (ms)", paced,
                         percentiles: true)
            Bench.report("  \(text): the same as the event loop takes it, waiting on the mailbox (ms)", loop, percentiles: true)
            Bench.report("  \(text): as the event loop takes it, key to the frame with the whole answer and its count (ms)", wholeLoop,
                         percentiles: true)
            allWhole += wholeLoop
            // Which keys are slow: the worst first-rows frame of each prefix typed.
            let worst = byKey.keys.sorted().map { at in
                "\(String(text.prefix(at + 1))) \(String(format: "%.1f", byKey[at]?.max() ?? 0))"
            }
            print("  \(text): the slowest first-rows frame of each prefix typed (ms): " + worst.joined(separator: ", "))
            let raises = peakRaise.sorted { $0.value > $1.value }.prefix(5).map { "\($0.key) +\($0.value / 1_048_576) MB" }
            if !raises.isEmpty { print("  \(text): the prefixes that raised the peak resident memory: " + raises.joined(separator: ", ")) }
            if !plain.isEmpty { Bench.report("  \(text): keys that searched nothing (an open quote, a repeat) (ms)", plain, percentiles: true) }
            allAtOnce += atOnce
            allLoop += loop
        }
        Bench.report("every query: key to the frame with its first rows, taken at once (ms)", allAtOnce, percentiles: true)
        Bench.report("every query: key to the frame with its first rows, as the event loop takes it (ms)", allLoop, percentiles: true)
        Bench.report("every query: key to the frame with the whole answer and its count, as the event loop takes it (ms)", allWhole,
                     percentiles: true)
        let end = Memory.residentByKind()
        print("peak resident memory of this process after the searches: \(Memory.peakBytes() / 1_048_576) MB (now anonymous \(end.anonymous / 1_048_576) MB, files mapped \(end.file / 1_048_576) MB)")
        print("catalogue snapshot pages handed back (over a budget of \(MappedPageBudget.defaultBudget / 1_048_576) MB): \(corpus.runner.pages?.releases ?? 0) times")
        print("the file mappings most resident now: " + Memory.mappedFiles().prefix(4).map { "\($0.path) \($0.bytes / 1_048_576) MB" }.joined(separator: ", "))
    }

    /// Types `text` a key every `typingInterval` ms, taking answers as they come between keys (as
    /// the event loop does, woken by the mailbox), and returns the time from the last key to the
    /// frame showing its answer.
    func typeAtPace(_ text: String, _ state: inout AppState, _ dispatcher: ReaderDispatcher, _ mailbox: Mailbox<Message>) -> Double {
        var last = Clock.now
        for (i, character) in text.enumerated() {
            last = Clock.now
            dispatcher.apply(.key(.character(character)), to: &state)
            _ = App.render(state)
            guard i < text.count - 1 else { break }
            let next = last + UInt64(typingInterval) * 1_000_000
            while Clock.now < next {
                if dispatcher.receive(from: mailbox, to: &state, waiting: Double(Int(next) - Int(Clock.now)) / 1e9) {
                    _ = App.render(state)
                }
            }
        }
        let deadline = Clock.now + 60 * 1_000_000_000
        // As the event loop: woken by the mailbox.
        while state.list.filter?.search?.pending != nil && Clock.now < deadline {
            if dispatcher.receive(from: mailbox, to: &state, waiting: 1) { _ = App.render(state) }
        }
        return Clock.ms(last, Clock.now)
    }

    /// `count` posts from a GCD queue, each 2 ms after the loop started waiting: the time from
    /// the post to the waiting thread holding the message.
    static func mailboxWakeUps(_ count: Int) -> [Double] {
        let mailbox = Mailbox<UInt64>()
        var samples: [Double] = []
        for _ in 0..<count {
            DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(2)) { mailbox.post(Clock.now) }
            mailbox.wait(timeout: 10)
            let now = Clock.now
            if let posted = mailbox.drain().first { samples.append(Clock.ms(posted, now)) }
        }
        return samples
    }

    /// Words accented and not, a prefix, a phrase, and words from two letters (the prefix while typing).
    static let searchSet = ["electricite", "électricité", "defense", "nucl*", "\"gilets jaunes\"", "\"energie nucleaire\""]

    /// One key in the search prompt: from the key to the finished frame that shows its search's
    /// first rows (the dispatcher's update, the first matches on the worker, applied, the
    /// render), and to the frame with the whole answer (its count). `asTheLoop`: answers are
    /// waited for as the event loop does (poll on the mailbox's descriptor), else looked for
    /// every 0.1 ms. Returns both times and whether the key asked for a search.
    func typeKey(_ key: Key, _ state: inout AppState, _ dispatcher: ReaderDispatcher, _ mailbox: Mailbox<Message>,
                 asTheLoop: Bool) -> (first: Double, whole: Double, searched: Bool) {
        let before = state.search.lastRequest
        // The rows shown before the key: a frame shows the key's first rows once they are others
        // (the previous answer's first rows stay shown, and flagged so, until then).
        let shown = Self.identity(state.list.filter?.search?.matches)
        let start = Clock.now
        dispatcher.apply(.key(key), to: &state)
        _ = App.render(state)
        let searched = state.search.lastRequest != before
        let deadline = Clock.now + 60 * 1_000_000_000
        var first: Double?
        while state.list.filter?.search?.pending != nil && Clock.now < deadline {
            var drew = false
            if asTheLoop {
                if dispatcher.receive(from: mailbox, to: &state, waiting: 1) { _ = App.render(state); drew = true }
            } else if dispatcher.receive(from: mailbox, to: &state) {
                _ = App.render(state)
                drew = true
            } else {
                usleep(100)
            }
            if drew, first == nil, let search = state.list.filter?.search, search.firstRowsOnly,
               Self.identity(search.matches) != shown {
                first = Clock.ms(start, Clock.now)
            }
        }
        let whole = Clock.ms(start, Clock.now)
        return (first ?? whole, whole, searched)
    }

    /// Where an array's elements are (nil: no array), to tell an answer from the one before it.
    static func identity(_ array: [Int]?) -> UnsafeRawPointer? {
        array?.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }

    /// Times `count` key presses cycling through `keys`, each from the key to the finished frame
    /// (the dispatcher's update and effects, then the render).
    func time(keys: [Key], count: Int, _ state: inout AppState, _ dispatcher: ReaderDispatcher) -> [Double] {
        var samples: [Double] = []
        samples.reserveCapacity(count)
        for i in 0..<count {
            let start = Clock.now
            dispatcher.apply(.key(keys[i % keys.count]), to: &state)
            _ = App.render(state)
            samples.append(Clock.ms(start, Clock.now))
        }
        return samples
    }
}
