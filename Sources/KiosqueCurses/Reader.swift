import Foundation
import KiosqueCore
import KiosqueTUI

/// The interactive reader: checks the terminal, takes it over, runs the loop, gives it back.
public enum Reader {
    /// Runs the reader on the controlling terminal and returns the process exit status.
    ///
    /// - 0: the user quit.
    /// - 2: no usable terminal (not a tty, TERM unset, unknown or `dumb`, locale not UTF-8); a
    ///   message explains it on stderr and nothing is written to stdout.
    /// - 128 + n: signal n (SIGINT 130, SIGHUP 129, SIGTERM 143); the terminal is restored first.
    /// - 1: stdin was closed under the reader.
    ///
    /// - Parameters:
    ///   - wants256: use 256 colours when the terminal has them (else the 16 system colours).
    ///   - environment: where `TERM`, `NO_COLOR` and the locale variables are read.
    @MainActor
    public static func run(articles: [Article], issues: [LoadIssue], wants256: Bool = false,
                           environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
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
        let runtime = ReaderRuntime(drawer: drawer, input: InputReader())
        let state = AppState(articles: articles, issues: issues, size: drawer.screenSize, display: display)
        let ending = runtime.run(state: state)
        drawer.close()
        session.close()
        return ending.exitStatus
    }

    /// Writes the problem on stderr and returns its exit status.
    private static func fail(_ problem: TerminalProblem) -> Int32 {
        FileHandle.standardError.write(Data((problem.description + "\n").utf8))
        return TerminalProblem.exitStatus
    }
}
