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
        setLocale(environment: environment)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return .failure(.notATerminal) }
        guard let term = environment["TERM"], !term.isEmpty else { return .failure(.termUnset) }
        if term == "dumb" { return .failure(.dumbTerminal) }
        let codeset = kq_codeset().map { String(cString: $0) } ?? ""
        guard isUTF8(codeset) else { return .failure(.notUTF8(codeset: codeset)) }
        return .success(term)
    }

    /// `setlocale(LC_ALL, "")`, or, when the environment names a locale that is not installed
    /// (`LANG=fr_FR.UTF-8` where only `C.UTF-8` exists: glibc then changes nothing and the codeset
    /// stays ASCII), at least the character type curses needs: the environment's `LC_CTYPE`, else
    /// `C.UTF-8` when the requested locale is a UTF-8 one. The interface language is chosen from the
    /// environment's names, not from the installed locales.
    static func setLocale(environment: [String: String]) {
        if setlocale(LC_ALL, "") != nil { return }
        if setlocale(LC_CTYPE, "") != nil, isUTF8(kq_codeset().map { String(cString: $0) } ?? "") { return }
        if let fallback = characterTypeFallback(environment: environment) {
            setlocale(LC_CTYPE, fallback)
        }
    }

    /// `C.UTF-8` when the locale the environment asks for the character type (`LC_ALL`, `LC_CTYPE`,
    /// `LANG`, first set wins) has a UTF-8 codeset, such as `fr_FR.UTF-8`; nil otherwise.
    static func characterTypeFallback(environment: [String: String]) -> String? {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let withoutModifier = value.split(separator: "@", maxSplits: 1).first ?? ""
            guard let dot = withoutModifier.firstIndex(of: ".") else { return nil }
            return isUTF8(String(withoutModifier[withoutModifier.index(after: dot)...])) ? "C.UTF-8" : nil
        }
        return nil
    }

    /// `UTF-8`, `utf8`, `UTF8`... as `nl_langinfo(CODESET)` spells it.
    static func isUTF8(_ codeset: String) -> Bool {
        let folded = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return folded == "utf8"
    }
}
