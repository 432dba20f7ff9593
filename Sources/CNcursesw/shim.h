#ifndef ONESCREEN_CNCURSESW_SHIM_H
#define ONESCREEN_CNCURSESW_SHIM_H
// Wide-character curses: these must be defined before the header so cchar_t and the wide calls exist.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

// Swift imports neither function-like macros nor the globals ncurses hides behind them; these wrap the few we use.
static inline WINDOW *onescreen_stdscr(void) { return stdscr; }
static inline int onescreen_lines(void) { return LINES; }
static inline int onescreen_cols(void) { return COLS; }
static inline int onescreen_colors(void) { return COLORS; }
static inline int onescreen_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t onescreen_a_normal(void) { return A_NORMAL; }
static inline attr_t onescreen_a_bold(void) { return A_BOLD; }
static inline attr_t onescreen_a_dim(void) { return A_DIM; }
static inline attr_t onescreen_a_underline(void) { return A_UNDERLINE; }
static inline attr_t onescreen_a_reverse(void) { return A_REVERSE; }

// One cell: a spacing character plus up to four combining ones, in one call so Swift never builds a cchar_t.
static inline int onescreen_put_cell(int y, int x, const wchar_t *text, attr_t attributes, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attributes, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

// The mouse event behind KEY_MOUSE, flattened: returns OK and fills x, y and the button state.
static inline int onescreen_mouse(int *x, int *y, unsigned long *buttons) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *x = event.x;
    *y = event.y;
    *buttons = (unsigned long)event.bstate;
    return OK;
}
static inline unsigned long onescreen_button1_pressed(void) { return (unsigned long)(BUTTON1_PRESSED | BUTTON1_CLICKED); }
static inline unsigned long onescreen_all_mouse_events(void) { return (unsigned long)(ALL_MOUSE_EVENTS); }

// From <term.h>, which also defines macros named like common words (`lines`, `columns`); declared alone instead.
extern int setupterm(const char *term, int filedes, int *errret);

// Whether terminfo knows `term` and it can move the cursor: 1 usable, 0 known but cannot address the cursor
// (dumb, a printer), -1 unknown to terminfo.
static inline int onescreen_terminal_usable(const char *term) {
    int error = 0;
    if (setupterm(term, 1, &error) != OK) return -1;
    char *move = tigetstr("cup");
    return (move == NULL || move == (char *)-1) ? 0 : 1;
}
#endif
