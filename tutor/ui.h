/*
 * ui.h: the ncurses front end. Each screen is a pair of functions: one
 * draws the screen from the state, the other turns a key into a change of
 * state. Everything is redrawn from the state after every key and on
 * every resize, and ncurses sends only what changed to the terminal.
 */
#ifndef TUTOR_UI_H
#define TUTOR_UI_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <wchar.h>

#include "catalog.h"
#include "progress.h"
#include "checker.h"
#include "editline.h"
#include "lang.h"
#include "session.h"
#include "theme.h"

#define UI_MIN_COLS	40
#define UI_MIN_ROWS	15

enum ui_screen {
	UI_START,	/* who are you, which language */
	UI_HOME,	/* the three themes */
	UI_LESSONS,	/* the lessons of a theme */
	UI_LESSON	/* a lesson: intro, exercises, summary */
};

enum start_mode {
	START_PICK,	/* choose a learner */
	START_NEW,	/* a new learner */
	START_PIN	/* the chosen learner's secret symbols */
};

enum ui_overlay {
	OV_NONE,
	OV_HELP,
	OV_LANG,
	OV_QUIT,
	OV_SCRIPT	/* the screen cannot show a language's letters */
};

/* Where the keyboard goes in an exercise with an answer field. */
enum ui_focus {
	FOCUS_ANSWER,
	FOCUS_COMMANDS
};

struct ui_options {
	enum lang	 lang;
	bool		 lang_given;
	struct store	*store;		/* where progress is kept, or NULL */
	const char	*profile;	/* --profile, or NULL */
	enum age	 age;
	const char	*lesson;	/* start this lesson, or NULL */
	const char	*theme;		/* theme name or path, or NULL */
};

struct ui {
	const struct catalog *cat;
	struct palette	 theme;
	const char	*theme_given;	/* --theme, or NULL */
	bool		 color;		/* colours are used */
	bool		 ascii;		/* symbols the text console can show */
	bool		 rtl;		/* right-to-left: the screen is mirrored */
	int		 rows;
	int		 cols;
	enum ui_screen	 screen;
	enum ui_overlay	 overlay;
	enum lang	 missing;	/* OV_SCRIPT: the language not shown */
	int		 overlay_sel;
	bool		 quit;
	const char	*message;	/* a line shown once in the status bar */

	/* The child. */
	struct store	*store;		/* where progress is kept, or NULL */
	struct progress	*progress;	/* the learner's, or NULL */
	struct profile_info *profiles;	/* this account's learners */
	size_t		 nprofiles;
	int		 profile_sel;
	enum start_mode	 start_mode;
	char		 pin[PROFILE_PIN_MAX + 1];	/* digits 1-9 */
	bool		 lang_given;	/* --lang: over the learner's */
	struct editline	 name;
	enum lang	 lang;
	enum age	 age;
	int		 start_field;

	/* Home and lesson lists. */
	int		 theme_sel;
	int		 lesson_sel;
	size_t		 shown[256];	/* catalog indices listed */
	size_t		 nshown;
	bool		 all_ages;	/* list every age band */
	/* This session's results, by catalog index (0: not started). */
	unsigned char	 stars[256];
	bool		 started[256];

	/* The lesson. */
	struct lesson	*lesson;	/* read in full when opened */
	size_t		 lesson_idx;	/* its heading in the catalog */
	struct session	*session;
	bool		 single_lesson;	/* --lesson: quit after it */
	int		 option_sel;
	unsigned	 chosen;	/* choices picked, bit per option */
	unsigned	 order[EXERCISE_MAX_STEPS];	/* steps placed */
	size_t		 norder;
	struct editline	 answer;
	enum ui_focus	 focus;
	bool		 answered;	/* a result is shown */
	struct result	 result;
	unsigned	 hints_shown;
	int		 scroll;	/* first content line shown */

	/* Where the terminal's cursor goes once the screen is drawn. */
	bool		 cursor_on;	/* a field has the focus */
	int		 cursor_y;
	int		 cursor_x;
};

/* Run the full-screen interface. Returns an exit status. */
int	ui_run(const struct catalog *, const struct ui_options *);
/*
 * Whether this terminal can run the full-screen interface: a known TERM
 * with cursor addressing. When not, *why says why (for the fallback).
 */
bool	ui_possible(const char **why);

/* ui_draw.c: drawing helpers. */
void	ui_role(struct ui *, enum role);
int	ui_put(struct ui *, int y, int x, int maxw, const char *, enum role);
void	ui_fill(struct ui *, int y, int x, int w, enum role);
/* Put the terminal's cursor at a position (mirrored in RTL). */
void	ui_move(struct ui *, int y, int x);
void	ui_field(struct ui *, int y, int x, int w, const struct editline *,
	    bool focus);
void	ui_titlebar(struct ui *, const char *left);
void	ui_keybar(struct ui *, const char *const *keys);
const char *ui_symbol(const struct ui *, enum verdict);
void	ui_stars(struct ui *, int y, int x, unsigned stars);

/* A page: wrapped lines of content, scrolled to keep one in view. */
struct ui_line {
	enum role	 role;
	int		 indent;
	char		*text;
	bool		 focus;		/* keep this line in view */
};

struct ui_page {
	struct ui_line	*v;
	size_t		 n;
	int		 width;
};

void	page_init(struct ui_page *, int width);
void	page_free(struct ui_page *);
/* Add a wrapped paragraph; first is put before the first line only. */
void	page_add(struct ui_page *, enum role, int indent, const char *first,
	    const char *text, bool focus);
void	page_blank(struct ui_page *);
/* Draw lines into rows [top, top + height) with scrolling. */
void	page_draw(struct ui *, struct ui_page *, int top, int height);

/* The screens. */
void	start_init(struct ui *);
void	start_enter_learner(struct ui *, struct progress *);
void	ui_learner_theme(struct ui *);
void	start_draw(struct ui *);
void	start_key(struct ui *, wint_t, bool fkey);
void	home_draw(struct ui *);
void	home_key(struct ui *, wint_t, bool fkey);
void	lessons_draw(struct ui *);
void	lessons_key(struct ui *, wint_t, bool fkey);
void	lesson_open(struct ui *, const struct lesson *);
void	lesson_draw(struct ui *);
void	lesson_key(struct ui *, wint_t, bool fkey);
void	lesson_close(struct ui *);

/* ? help, l language, q quit: true when the key was one of them. */
bool	ui_common_key(struct ui *, wint_t, bool fkey);
/* Overlays and the language, shared by every screen. */
void	ui_set_lang(struct ui *, enum lang);
/* The time limit's hand-over screen (screen_handover.c), until Enter. */
void	handover_show(struct ui *, volatile sig_atomic_t *stop);
const char *theme_title(enum theme);

#endif
