#include "shim.h"

#include <string.h>

static const int fatal_signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT};
#define FATAL_SIGNAL_COUNT (sizeof(fatal_signals) / sizeof(fatal_signals[0]))
static struct sigaction previous_actions[FATAL_SIGNAL_COUNT];
static volatile sig_atomic_t handlers_installed = 0;

static void restore_previous(int signal_number) {
  for (size_t i = 0; i < FATAL_SIGNAL_COUNT; i++) {
    if (fatal_signals[i] == signal_number) {
      sigaction(signal_number, &previous_actions[i], NULL);
      return;
    }
  }
  signal(signal_number, SIG_DFL);
}

static void fatal_signal_handler(int signal_number) {
  // Not async-signal-safe in theory; in practice endwin only writes the terminal's reset
  // sequences and restores the saved tty modes, and the process is going down anyway.
  endwin();
  restore_previous(signal_number);
  // A fault (SIGILL from a Swift trap, SIGSEGV…) re-executes the faulting instruction on
  // return and reaches the previous handler; an asynchronous one (abort) is re-raised and
  // delivered when this handler returns.
  raise(signal_number);
}

int wf_install_fatal_signal_handlers(void) {
  if (handlers_installed) return 0;
  struct sigaction action;
  memset(&action, 0, sizeof(action));
  action.sa_handler = fatal_signal_handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;
  for (size_t i = 0; i < FATAL_SIGNAL_COUNT; i++) {
    if (sigaction(fatal_signals[i], &action, &previous_actions[i]) != 0) return -1;
  }
  handlers_installed = 1;
  return 0;
}

void wf_remove_fatal_signal_handlers(void) {
  if (!handlers_installed) return;
  for (size_t i = 0; i < FATAL_SIGNAL_COUNT; i++) {
    sigaction(fatal_signals[i], &previous_actions[i], NULL);
  }
  handlers_installed = 0;
}
