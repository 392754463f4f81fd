internal import CNcursesw

/// The signal handlers that keep the terminal usable on every exit path.
///
/// SIGINT, SIGTERM and SIGHUP only record the signal; the input loop polls `takeQuitSignal()`
/// at each read timeout and leaves cleanly through `endwin`. A crash signal (SIGSEGV, SIGBUS,
/// SIGILL, SIGTRAP, SIGABRT, SIGFPE) calls `endwin` at once and goes on to the previous handler.
///
/// Every shim call about signals lives in this file: their static storage is per object file.
enum SignalTrap {
    /// Installs all the handlers. Call after `newterm`, so ours replace curses' own SIGINT/SIGTERM ones.
    static func install() {
        _ = kq_take_quit_signal()
        _ = kq_install_quit_handlers()
        kq_install_crash_handlers()
    }

    /// The quit signal received since the last call, if any.
    static func takeQuitSignal() -> Int32? {
        let signal = kq_take_quit_signal()
        return signal == 0 ? nil : signal
    }

    /// Puts back the crash handlers found at start (the quit ones stay: the program is ending).
    static func uninstall() {
        kq_restore_crash_handlers()
    }
}
