#ifndef KIOSQUE_SIGNALS_H
#define KIOSQUE_SIGNALS_H

#include <signal.h>

// The signal state shared by the handlers and the event loop. It lives in ONE object file
// (signals.c): a `static` in a header would exist once per Swift file that uses it.

// The last quit signal received (SIGINT, SIGTERM, SIGHUP), 0 if none.
extern volatile sig_atomic_t kq_quit_signal;

// Creates the wake-up pipe (non-blocking, close-on-exec) and installs the quit handlers, which
// record the signal and write a byte to the pipe (async-signal-safe), so that a loop waiting
// in poll(2) on kq_signal_wake_fd() ends at once. Also chains SIGWINCH (curses' own handler
// keeps running) so that a resize wakes the loop too. Returns 0 on success.
int kq_signals_install(void);
// The pipe's read end, -1 before kq_signals_install.
int kq_signal_wake_fd(void);
// Returns and clears the last quit signal received (0 if none), and empties the pipe.
int kq_signals_take_quit(void);

// Crash signals (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE): restore the terminal
// (endwin), then hand the signal to the handler found before (Swift's backtracer or the default).
void kq_signals_install_crash(void);
// Puts back the crash handlers found at start (after a normal endwin).
void kq_signals_restore_crash(void);

#endif
