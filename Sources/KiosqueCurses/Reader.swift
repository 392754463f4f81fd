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
    /// Runs the reader (`App.update` / `App.render`) on the files and folders `paths` and returns
    /// the exit status. Once the terminal is usable (a refused terminal opens no database), the
    /// index is opened (`ReaderCorpus`: the cache folder, else a temporary one) and the reader
    /// shows at once what it holds, while `CorpusEffects` updates it in the background and loads
    /// the open article; `SearchEffects` runs searches through the same index, off the key path;
    /// `StoreEffects` keeps bookmarks, reading state and search history. All under the XDG
    /// folders of `environment`.
    ///
    /// - Parameters:
    ///   - wants256: use 256 colours when the terminal has them (else the 16 system colours).
    ///   - environment: where `TERM`, `NO_COLOR`, the locale and the XDG variables are read.
    @MainActor
    public static func run(paths: [String], wants256: Bool = false,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let directories = AppDirectories(environment: environment)
        return run(wants256: wants256, environment: environment,
                   setup: { display, size in
                       let corpus = ReaderCorpus.open(paths: paths, directories: directories, environment: environment)
                       let state = AppState(corpus: corpus, size: size, display: display)
                       let stores = StoreEffects(directories: directories, home: environment["HOME"])
                       // Searches first: at the end it waits for a running search before the
                       // corpus runner closes the index.
                       let searches = SearchEffects(index: corpus.runner.index)
                       return (state, EffectRunners([searches, corpus.runner, stores]))
                   },
                   update: App.update, render: App.render)
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
                                  render: @escaping (State) -> Frame) -> Int32 {
        run(wants256: wants256, environment: environment, setup: { (initial($0, $1), nil) }, update: update, render: render)
    }

    /// Runs a program whose `setup` (called once the terminal is usable) makes the first state
    /// and the effect runner.
    @MainActor
    public static func run<State>(wants256: Bool = false,
                                  environment: [String: String] = ProcessInfo.processInfo.environment,
                                  setup: (DisplayOptions, Size) -> (State, EffectRunner?),
                                  update: @escaping (inout State, Message) -> [Effect],
                                  render: @escaping (State) -> Frame) -> Int32 {
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
        let (state, effects) = setup(display, drawer.screenSize)
        let runtime = ReaderRuntime(drawer: drawer, input: input, update: update, render: render, effects: effects)
        let (ending, messages) = runtime.run(state: state)
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
