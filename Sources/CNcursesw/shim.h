#ifndef KIOSQUE_CNCURSESW_SHIM_H
#define KIOSQUE_CNCURSESW_SHIM_H

// Wide-character API (cchar_t, wadd_wch, wget_wch...) is only declared when this is set
// before the include; SwiftPM drops -D flags for system libraries, so it must live here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ncursesw/curses.h>
#include <ncursesw/panel.h>

// Attribute macros are not imported by Swift: one constant per attribute we use.
static const attr_t kq_A_NORMAL = A_NORMAL;
static const attr_t kq_A_BOLD = A_BOLD;
static const attr_t kq_A_DIM = A_DIM;
static const attr_t kq_A_UNDERLINE = A_UNDERLINE;
static const attr_t kq_A_REVERSE = A_REVERSE;
static const attr_t kq_A_ITALIC = A_ITALIC;

// stdscr, LINES, COLS, COLORS are mutable C globals: Swift 6 rejects touching them directly.
static inline WINDOW *kq_stdscr(void) { return stdscr; }
static inline int kq_lines(void) { return LINES; }
static inline int kq_cols(void) { return COLS; }
static inline int kq_colors(void) { return COLORS; }
static inline int kq_color_pairs(void) { return COLOR_PAIRS; }
// ESCDELAY is a global too; a short delay makes Esc feel immediate.
static inline void kq_set_escdelay(int ms) { set_escdelay(ms); }
// COLOR_PAIR is a macro.
static inline attr_t kq_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
// nl_langinfo(CODESET) as a plain function so Swift can check for a UTF-8 locale.
static inline const char *kq_codeset(void) { return nl_langinfo(CODESET); }

// newterm needs the C stdio globals stdout/stdin, which Swift 6 rejects as mutable globals.
static inline SCREEN *kq_newterm(const char *term) { return newterm(term, stdout, stdin); }
// setsyx is a macro on newscr (a global): puts the hardware cursor where the next doupdate leaves it.
static inline void kq_set_cursor(int y, int x) { setsyx(y, x); }
// curscr is a global: marking it for clearing makes the next doupdate repaint the whole screen.
static inline void kq_force_repaint(void) { clearok(curscr, TRUE); }

// --- Signals. Handlers must be C functions touching only async-signal-safe state.
// Call every kq_*signal* / kq_*crash* function from ONE Swift file (KiosqueCurses/SignalTrap.swift):
// static storage in a header is private to each object file that uses it.

// Storage as function-local statics: Swift does not emit file-scope statics of a header.
static inline volatile sig_atomic_t *kq_received_signal(void) { static volatile sig_atomic_t s = 0; return &s; }
// SIGINT/SIGTERM/SIGHUP only record the signal; the input loop (short timeout) exits cleanly.
static inline void kq_on_quit_signal(int sig) { *kq_received_signal() = sig; }
// Installs kq_on_quit_signal (no SA_RESTART, so a blocked read returns early); returns 0 on success.
static inline int kq_install_quit_handlers(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = kq_on_quit_signal;
    sigemptyset(&sa.sa_mask);
    int r = 0;
    r |= sigaction(SIGINT, &sa, NULL);
    r |= sigaction(SIGTERM, &sa, NULL);
    r |= sigaction(SIGHUP, &sa, NULL);
    return r;
}
// Returns and clears the last quit signal received (0 if none).
static inline int kq_take_quit_signal(void) {
    int s = *kq_received_signal();
    *kq_received_signal() = 0;
    return s;
}

// The actions found before ours, per signal, and whether ours are installed.
static inline struct sigaction *kq_saved_crash_action(int sig) { static struct sigaction saved[NSIG]; return &saved[sig]; }
static inline int *kq_crash_handlers_installed(void) { static int installed = 0; return &installed; }
// On a crash, restore the terminal first, then hand the signal to the previous handler
// (Swift's backtracer or the default action) by restoring it and re-raising.
static inline void kq_on_crash_signal(int sig) {
    endwin();
    sigaction(sig, kq_saved_crash_action(sig), NULL);
    raise(sig);
}
// The signals a crash in Swift code raises (fatalError/trap: SIGILL or SIGTRAP; abort: SIGABRT).
static inline int kq_crash_signal_at(int i) {
    static const int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    return (i >= 0 && i < (int)(sizeof sigs / sizeof sigs[0])) ? sigs[i] : 0;
}
// Installs kq_on_crash_signal for each crash signal, saving the previous actions.
static inline void kq_install_crash_handlers(void) {
    if (*kq_crash_handlers_installed()) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = kq_on_crash_signal;
    sigemptyset(&sa.sa_mask);
    for (int i = 0; kq_crash_signal_at(i) != 0; i++) {
        sigaction(kq_crash_signal_at(i), &sa, kq_saved_crash_action(kq_crash_signal_at(i)));
    }
    *kq_crash_handlers_installed() = 1;
}
// Puts back the actions saved by kq_install_crash_handlers (after a normal endwin).
static inline void kq_restore_crash_handlers(void) {
    if (!*kq_crash_handlers_installed()) return;
    for (int i = 0; kq_crash_signal_at(i) != 0; i++) {
        sigaction(kq_crash_signal_at(i), kq_saved_crash_action(kq_crash_signal_at(i)), NULL);
    }
    *kq_crash_handlers_installed() = 0;
}

#endif
