import Foundation
import KiosqueTUI

/// Runs a program on the terminal: checks the terminal, takes it over, runs the loop (`Runtime`,
/// KiosqueTUI) with curses as its backend, gives the terminal back. What the program does at
/// its edges (corpus, stores, workers) is the caller's (the `kiosque` executable).
///
/// Exit statuses of `run`:
/// - 0: the program quit (its handler answered `.quit`).
/// - 2: no usable terminal (not a tty, TERM unset, unknown or `dumb`, locale not UTF-8); a
///   message explains it on stderr and nothing is written to stdout; `setup` is not called, so
///   a refused terminal opens no database.
/// - 130: Ctrl-C typed (raw mode turns it into a key, handled like SIGINT).
/// - 128 + n: signal n (SIGHUP 129, SIGINT 130, SIGTERM 143), the terminal restored first and
///   the program stopped as on a quit (`stopping` applied, services stopped).
/// - 1: stdin was closed under the program.
/// A crash (SIGSEGV, SIGILL, SIGTRAP, SIGABRT...) restores the terminal, then dies of the signal.
///
/// Two keys never reach `update`: Ctrl-C (leaves, 130) and Ctrl-L (repaints the whole screen).
public enum Terminal {
    /// Runs a program written as update/render functions, once the terminal is usable.
    ///
    /// - Parameters:
    ///   - wants256: use 256 colours when the terminal has them (else the 16 system colours).
    ///   - environment: where `TERM`, `NO_COLOR` and the locale are read.
    ///   - mailbox: where the program's background work posts; the loop waits on it.
    ///   - interruptIsKey: when Ctrl-C is a key for the program rather than its end.
    ///   - setup: makes the first state and the effect handler, given the display options decided
    ///     from the terminal and the screen size.
    @MainActor
    public static func run<State, Msg: RuntimeMessage, Eff>(
        wants256: Bool = false,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        mailbox: Mailbox<Msg>,
        setup: (DisplayOptions, Size) -> (State, any EffectHandler<Msg, Eff>),
        update: @escaping (inout State, Msg) -> [Eff],
        render: @escaping (State) -> Frame,
        interruptIsKey: @escaping (State) -> Bool = { _ in false }
    ) -> Int32 {
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
        let backend = CursesBackend(pairs: session.pairs)
        let (state, handler) = setup(display, backend.screenSize)
        let runtime = Runtime(backend: backend, mailbox: mailbox, update: update, render: render, handler: handler,
                              interruptIsKey: interruptIsKey)
        let (ending, _, lines) = runtime.run(state: state)
        backend.close()
        session.close()
        for line in lines { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        return ending.exitStatus
    }

    /// Writes the problem on stderr and returns its exit status.
    private static func fail(_ problem: TerminalProblem) -> Int32 {
        FileHandle.standardError.write(Data((problem.description + "\n").utf8))
        return TerminalProblem.exitStatus
    }
}

/// The curses backend of the runtime: draws frames (`FrameDrawer`), reads keys (`InputReader`),
/// and wakes the loop on stdin and on the signal pipe.
@MainActor
final class CursesBackend: TerminalBackend {
    private let drawer: FrameDrawer
    private let input = InputReader()

    init(pairs: ColorPairs) {
        drawer = FrameDrawer(pairs: pairs)
    }

    var screenSize: Size { drawer.screenSize }
    func draw(_ frame: Frame) { drawer.draw(frame) }
    func invalidate() { drawer.invalidate() }
    func pendingEvents() -> [InputEvent] { input.pending() }
    var inputDescriptors: [Int32] { [STDIN_FILENO, SignalTrap.wakeDescriptor] }

    /// Deletes the input window and the panels (before `endwin`).
    func close() {
        input.close()
        drawer.close()
    }
}
