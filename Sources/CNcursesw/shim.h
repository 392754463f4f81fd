#ifndef KIOSQUE_CNCURSESW_SHIM_H
#define KIOSQUE_CNCURSESW_SHIM_H

// Wide-character API (cchar_t, wadd_wch, wget_wch...) is only declared when this is set
// before the include; SwiftPM drops -D flags for system libraries, so it must live here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1

#include <locale.h>
#include <langinfo.h>
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

// Signal handlers and the flag they share with the loop live in the CKiosqueSignals target
// (one .c file): state in this header would be private to each object file.

#endif
