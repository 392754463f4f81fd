internal import CNcursesw
import KiosqueTUI

/// The terminal under curses' control, from `newterm` to `endwin`.
///
/// Opening sets raw mode (Ctrl-C arrives as a key), no echo, keypad decoding, a hidden cursor, a
/// short Esc delay and, when colours are allowed, the terminal's default colours. `close()` is
/// idempotent and must run on every exit path; the crash handlers cover the others.
@MainActor
final class CursesSession {
    private var screen: OpaquePointer?
    /// The colour level in use, decided once the terminal is open.
    let colors: ColorSupport
    let pairs: ColorPairs

    /// Opens `term` on stdin/stdout. Call `TerminalCheck.run` first: this writes to the terminal.
    init(term: String, environment: [String: String], wants256: Bool) throws(TerminalProblem) {
        guard let opened = kq_newterm(term) else { throw .unknownTerminal(term: term) }
        screen = opened
        SignalTrap.install()
        raw()
        noecho()
        nonl()
        if let window = kq_stdscr() {
            keypad(window, true)
            leaveok(window, false)
        }
        curs_set(0)
        kq_set_escdelay(25)
        var support = ColorSupport.monochrome
        var hasDefaultColors = false
        if ColorSupport.allowedByEnvironment(environment), has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() == OK
            support = ColorSupport.detect(environment: environment, hasColors: true,
                                          colorCount: Int(kq_colors()), wants256: wants256)
        }
        colors = support
        pairs = ColorPairs(support: support, colorCount: Int(kq_colors()), pairCount: Int(kq_color_pairs()),
                           hasDefaultColors: hasDefaultColors)
    }

    /// Gives the terminal back: normal mode, main screen, cursor visible.
    func close() {
        guard let opened = screen else { return }
        screen = nil
        curs_set(1)
        endwin()
        SignalTrap.uninstall()
        delscreen(opened)
    }
}
