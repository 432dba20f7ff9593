#ifndef ONESCREEN_CNCURSESW_SHIM_H
#define ONESCREEN_CNCURSESW_SHIM_H
// Wide-character curses: these must be defined before the header so cchar_t and the wide calls exist.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#endif
