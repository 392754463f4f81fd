import Foundation
import KiosqueCore
import KiosqueTUI

/// The interactive reader: checks the terminal, takes it over, runs the loop, gives it back.
///
/// Exit statuses of every `run`:
/// - 0: the program quit (`Effect.quit`).
/// - 2: no usable terminal (not a tty, TERM unset, unknown or `dumb`, locale not UTF-8); a
///   message explains it on stderr and nothing is written to stdout.
/// - 130: Ctrl-C typed in the reader (raw mode turns it into a key, handled like SIGINT).
/// - 128 + n: signal n (SIGHUP 129, SIGINT 130, SIGTERM 143), the terminal restored first.
/// - 1: stdin was closed under the reader.
/// A crash (SIGSEGV, SIGILL, SIGTRAP, SIGABRT...) restores the terminal, then dies of the signal.
///
/// Two keys never reach `update`: Ctrl-C (leaves, 130) and Ctrl-L (repaints the whole screen).
public enum Reader {
    /// Runs the reader (`App.update` / `App.render`) on the articles and returns the exit status;
    /// an `AnalysisWorker` finds their entities in the background meanwhile, a `SearchWorker`
    /// runs searches over them (`MemorySearchService`), and `StoreEffects` keeps bookmarks,
    /// reading state and search history under the XDG folders of `environment`.
    ///
    /// - Parameters:
    ///   - wants256: use 256 colours when the terminal has them (else the 16 system colours).
    ///   - environment: where `TERM`, `NO_COLOR`, the locale and the XDG variables are read.
    @MainActor
    public static func run(articles: [Article], issues: [LoadIssue], wants256: Bool = false,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let worker = AnalysisWorker(articles: articles)
        defer { worker.stop() }
        let searcher = SearchWorker(service: MemorySearchService(articles: articles))
        return run(wants256: wants256, environment: environment,
                   initial: { display, size in
                       var state = AppState(articles: articles, issues: issues, size: size, display: display)
                       state.entities.analysing = !articles.isEmpty
                       // Only once the terminal is usable: a refused terminal analyses nothing
                       // and opens no database.
                       worker.start(first: state.reader.article)
                       return state
                   },
                   update: App.update, render: App.render, worker: worker, searcher: searcher,
                   effects: { StoreEffects(directories: AppDirectories(environment: environment), home: environment["HOME"]) })
    }

    /// Runs any program written as update/render functions on the terminal (the reader, a demo).
    ///
    /// `initial` gets the display options decided from the terminal and the screen size; the
    /// state then receives a `.resize` with the size before the first render.
    @MainActor
    public static func run<State>(wants256: Bool = false,
                                  environment: [String: String] = ProcessInfo.processInfo.environment,
                                  initial: (DisplayOptions, Size) -> State,
                                  update: @escaping (inout State, Message) -> [Effect],
                                  render: @escaping (State) -> Frame,
                                  worker: AnalysisWorker? = nil,
                                  searcher: SearchWorker? = nil,
                                  effects: () -> EffectRunner? = { nil }) -> Int32 {
        let term: String
        switch TerminalCheck.run(environment: environment) {
        case .success(let value): term = value
        case .failure(let problem): return fail(problem)
        }
        let session: CursesSession
        do {
            session = try CursesSession(term: term, environment: environment, wants256: wants256)
        } catch {
            return fail(error)
        }
        let display = DisplayOptions(colors: session.colors, language: Language.from(environment: environment))
        let drawer = FrameDrawer(pairs: session.pairs)
        let input = InputReader()
        let runtime = ReaderRuntime(drawer: drawer, input: input, update: update, render: render, worker: worker,
                                    searcher: searcher, effects: effects())
        let (ending, messages) = runtime.run(state: initial(display, drawer.screenSize))
        input.close()
        drawer.close()
        session.close()
        for line in messages { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        return ending.exitStatus
    }

    /// Writes the problem on stderr and returns its exit status.
    private static func fail(_ problem: TerminalProblem) -> Int32 {
        FileHandle.standardError.write(Data((problem.description + "\n").utf8))
        return TerminalProblem.exitStatus
    }
}
