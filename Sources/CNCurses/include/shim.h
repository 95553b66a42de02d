#ifndef WATCHFLOOR_CNCURSES_SHIM_H
#define WATCHFLOOR_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <termios.h>
#include <unistd.h>

// Getters for C globals and macros that Swift 6 cannot import or flags as not concurrency-safe.

static inline WINDOW *wf_stdscr(void) { return stdscr; }
static inline int wf_lines(void) { return LINES; }
static inline int wf_cols(void) { return COLS; }
static inline int wf_colors(void) { return COLORS; }
static inline int wf_color_pairs(void) { return COLOR_PAIRS; }
static inline void wf_set_escdelay(int milliseconds) { set_escdelay(milliseconds); }
static inline FILE *wf_stdout(void) { return stdout; }
static inline FILE *wf_stdin(void) { return stdin; }

static inline attr_t wf_a_bold(void) { return A_BOLD; }
static inline attr_t wf_a_reverse(void) { return A_REVERSE; }
static inline attr_t wf_a_underline(void) { return A_UNDERLINE; }
static inline attr_t wf_a_dim(void) { return A_DIM; }
static inline int wf_key_f(int n) { return KEY_F(n); }
static inline int wf_key_code_yes(void) { return KEY_CODE_YES; }

static inline int wf_getmaxy(WINDOW *window) { return getmaxy(window); }
static inline int wf_getmaxx(WINDOW *window) { return getmaxx(window); }

/// The terminal's size from the kernel (TIOCGWINSZ on `fd`); 0 on success, -1 on error.
static inline int wf_window_size(int fd, int *rows, int *cols) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
  *rows = size.ws_row;
  *cols = size.ws_col;
  return 0;
}

/// Installs handlers for SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE and SIGABRT that restore the
/// terminal (`endwin`) and then hand the signal to the handler that was installed before (the
/// Swift runtime's backtracer, or the default action), so a crash never leaves the terminal raw.
/// Idempotent. Returns 0 on success.
int wf_install_fatal_signal_handlers(void);

/// Removes the handlers of `wf_install_fatal_signal_handlers`, restoring the previous ones.
void wf_remove_fatal_signal_handlers(void);

#endif
