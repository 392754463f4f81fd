#include "kiosque_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>

volatile sig_atomic_t kq_quit_signal = 0;

static int wake_pipe[2] = { -1, -1 };
static struct sigaction previous_winch;
static struct sigaction saved_crash[NSIG];
static int crash_installed = 0;
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };

static void wake(void) {
    int saved = errno;
    if (wake_pipe[1] >= 0) {
        char byte = 1;
        // EAGAIN: the pipe is full of wake-ups already.
        ssize_t ignored = write(wake_pipe[1], &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

static void on_quit(int sig) {
    kq_quit_signal = sig;
    wake();
}

static void on_winch(int sig, siginfo_t *info, void *context) {
    if (previous_winch.sa_flags & SA_SIGINFO) {
        if (previous_winch.sa_sigaction) previous_winch.sa_sigaction(sig, info, context);
    } else if (previous_winch.sa_handler != SIG_IGN && previous_winch.sa_handler != SIG_DFL) {
        previous_winch.sa_handler(sig);
    }
    wake();
}

int kq_signals_install(void) {
    if (wake_pipe[0] < 0) {
        if (pipe(wake_pipe) != 0) return -1;
        for (int i = 0; i < 2; i++) {
            fcntl(wake_pipe[i], F_SETFL, fcntl(wake_pipe[i], F_GETFL) | O_NONBLOCK);
            fcntl(wake_pipe[i], F_SETFD, FD_CLOEXEC);
        }
    }
    kq_quit_signal = 0;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    // No SA_RESTART: a blocked call returns early.
    sa.sa_handler = on_quit;
    sigemptyset(&sa.sa_mask);
    int r = 0;
    r |= sigaction(SIGINT, &sa, NULL);
    r |= sigaction(SIGTERM, &sa, NULL);
    r |= sigaction(SIGHUP, &sa, NULL);
    struct sigaction winch;
    memset(&winch, 0, sizeof winch);
    winch.sa_sigaction = on_winch;
    winch.sa_flags = SA_SIGINFO;
    sigemptyset(&winch.sa_mask);
    struct sigaction found;
    if (sigaction(SIGWINCH, NULL, &found) == 0 && !((found.sa_flags & SA_SIGINFO) && found.sa_sigaction == on_winch)) {
        previous_winch = found;
        r |= sigaction(SIGWINCH, &winch, NULL);
    }
    return r;
}

int kq_signal_wake_fd(void) { return wake_pipe[0]; }

int kq_signals_take_quit(void) {
    char buffer[64];
    while (wake_pipe[0] >= 0 && read(wake_pipe[0], buffer, sizeof buffer) > 0) {}
    int s = kq_quit_signal;
    kq_quit_signal = 0;
    return s;
}

static void on_crash(int sig) {
    endwin();
    sigaction(sig, &saved_crash[sig], NULL);
    raise(sig);
}

void kq_signals_install_crash(void) {
    if (crash_installed) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_crash;
    sigemptyset(&sa.sa_mask);
    for (unsigned i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &sa, &saved_crash[crash_signals[i]]);
    }
    crash_installed = 1;
}

void kq_signals_restore_crash(void) {
    if (!crash_installed) return;
    for (unsigned i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        sigaction(crash_signals[i], &saved_crash[crash_signals[i]], NULL);
    }
    crash_installed = 0;
}
