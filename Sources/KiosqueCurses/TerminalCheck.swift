internal import CNcursesw
import Foundation

/// The checks made before curses is touched, in the safe order of NCURSES.md: locale, ttys, TERM.
///
/// Nothing here writes to the terminal, so a failure leaves stdout clean (no escape codes).
///
/// `TERM=dumb` is refused: tried in tmux (`sh -c 'TERM=dumb kiosque'`; tmux's `-e TERM=dumb` is
/// overridden by its default-terminal), `newterm` accepts it but the terminfo entry has no cursor
/// addressing nor clear, so curses writes only blanks and the pane stays empty.
enum TerminalCheck {
    /// Sets the locale from the environment and returns the TERM to open, or the problem.
    static func run(environment: [String: String]) -> Result<String, TerminalProblem> {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return .failure(.notATerminal) }
        guard let term = environment["TERM"], !term.isEmpty else { return .failure(.termUnset) }
        if term == "dumb" { return .failure(.dumbTerminal) }
        let codeset = kq_codeset().map { String(cString: $0) } ?? ""
        guard isUTF8(codeset) else { return .failure(.notUTF8(codeset: codeset)) }
        return .success(term)
    }

    /// `UTF-8`, `utf8`, `UTF8`... as `nl_langinfo(CODESET)` spells it.
    static func isUTF8(_ codeset: String) -> Bool {
        let folded = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return folded == "utf8"
    }
}
