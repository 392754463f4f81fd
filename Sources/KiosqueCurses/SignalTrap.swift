internal import CKiosqueSignals

/// The signal handlers that keep the terminal usable on every exit path (in C: CKiosqueSignals,
/// one `.c` file holding the flag the handlers and the loop share).
///
/// SIGINT, SIGTERM and SIGHUP record the signal and write a byte to a wake-up pipe that the
/// runtime's `poll` waits on (`wakeDescriptor`), so the loop ends at once and leaves cleanly
/// through `endwin`; SIGWINCH wakes it too (curses' own handler still runs). A crash signal
/// (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE) calls `endwin` at once and goes on to
/// the previous handler.
enum SignalTrap {
    /// Installs all the handlers. Call after `newterm`, so ours replace curses' own SIGINT/SIGTERM ones.
    static func install() {
        _ = kq_signals_install()
        kq_signals_install_crash()
    }

    /// Becomes readable when a quit signal (or a resize) arrived.
    static var wakeDescriptor: Int32 { kq_signal_wake_fd() }

    /// The quit signal received since the last call, if any.
    static func takeQuitSignal() -> Int32? {
        let signal = kq_signals_take_quit()
        return signal == 0 ? nil : signal
    }

    /// Puts back the crash handlers found at start (the quit ones stay: the program is ending).
    static func uninstall() {
        kq_signals_restore_crash()
    }
}
