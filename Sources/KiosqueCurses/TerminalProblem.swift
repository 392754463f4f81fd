/// Why the reader cannot take over the terminal. Each case carries a message for stderr.
public enum TerminalProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, a CI job).
    case notATerminal
    /// `TERM` is unset or empty.
    case termUnset
    /// `TERM=dumb`: no cursor addressing, curses cannot draw a screen on it.
    case dumbTerminal
    /// The locale's character set is not UTF-8 (accents and line drawing would be garbled).
    case notUTF8(codeset: String)
    /// `newterm` refused the terminal type (no terminfo entry).
    case unknownTerminal(term: String)

    /// The exit status the program uses for all of these: a usage problem, not a crash.
    public static let exitStatus: Int32 = 2

    private static let plainHint = "use `kiosque list` or `kiosque show ID` for plain output"

    public var description: String {
        switch self {
        case .notATerminal:
            return "kiosque: the reader needs a terminal (stdin and stdout must be a tty); \(Self.plainHint)"
        case .termUnset:
            return "kiosque: TERM is not set, so the reader cannot drive this terminal; "
                + "set TERM (e.g. TERM=xterm-256color) or \(Self.plainHint)"
        case .dumbTerminal:
            return "kiosque: TERM=dumb cannot show the reader (no cursor movement); "
                + "set a real terminal type (e.g. TERM=xterm-256color) or \(Self.plainHint)"
        case .notUTF8(let codeset):
            return "kiosque: the locale uses \(codeset.isEmpty ? "an unknown character set" : codeset), "
                + "not UTF-8, so accents would be garbled; set LANG=C.UTF-8 (or another UTF-8 locale) "
                + "or \(Self.plainHint)"
        case .unknownTerminal(let term):
            return "kiosque: unknown terminal type TERM=\(term) (no terminfo entry); "
                + "set TERM (e.g. TERM=xterm-256color) or \(Self.plainHint)"
        }
    }
}
