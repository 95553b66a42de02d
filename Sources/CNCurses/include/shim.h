#ifndef WATCHFLOOR_CNCURSES_SHIM_H
#define WATCHFLOOR_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <sys/signalfd.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <poll.h>

#endif
