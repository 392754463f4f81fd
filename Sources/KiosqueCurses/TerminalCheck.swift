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
        if setlocale(LC_ALL, "") == nil, asksForUTF8(environment) {
            // The locale named (e.g. fr_FR.UTF-8) is not installed, but it asks for UTF-8:
            // take UTF-8 character handling from C.UTF-8 rather than refusing to start.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return .failure(.notATerminal) }
        guard let term = environment["TERM"], !term.isEmpty else { return .failure(.termUnset) }
        if term == "dumb" { return .failure(.dumbTerminal) }
        let codeset = kq_codeset().map { String(cString: $0) } ?? ""
        guard isUTF8(codeset) else { return .failure(.notUTF8(codeset: codeset)) }
        return .success(term)
    }

    /// True when the locale the environment names for characters (LC_ALL, then LC_CTYPE, then
    /// LANG, as POSIX orders them) is a UTF-8 one, such as `fr_FR.UTF-8`.
    static func asksForUTF8(_ environment: [String: String]) -> Bool {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        guard let dot = name.firstIndex(of: ".") else { return false }
        let codeset = name[name.index(after: dot)...].prefix { $0 != "@" }
        return isUTF8(String(codeset))
    }

    /// `UTF-8`, `utf8`, `UTF8`... as `nl_langinfo(CODESET)` spells it.
    static func isUTF8(_ codeset: String) -> Bool {
        let folded = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return folded == "utf8"
    }
}
