/*
 * ui.c: the full-screen interface's frame: starting and ending curses,
 * the key loop, resizing, signals, and the overlays every screen shares
 * (help, language, quit). The screens themselves are in screen_*.c.
 *
 * Terminals: TERM=linux, xterm, screen and tmux, vt100. Colour only when
 * the terminal has it and NO_COLOR is unset or empty; the palette is
 * never changed (init_color), so the text console looks the same after
 * tutor exits. Esc reacts at once (set_escdelay). Keys are read raw so
 * that Ctrl-C, Ctrl-Z and Ctrl-\ are keys, not a way out to a shell.
 */
#include "config.h"

#include <sys/ioctl.h>

#include <errno.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include <signal.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curses.h>
#include <term.h>

#include "bidi.h"
#include "consolefont.h"
#include "i18n.h"
#include "kiosk.h"
#include "layout.h"
#include "learner.h"
#include "paths.h"
#include "ui.h"
#include "util.h"

#undef CTRL
#define CTRL(c)		((c) & 0x1f)
#define MAX_ERRORS	64	/* quick ERRs in a row: the terminal has gone */
#define TICK_MS		500	/* wake up this often to check the size */

static volatile sig_atomic_t got_signal;

static void
on_signal(int sig)
{
	got_signal = sig;
}

static void
restore_terminal(void)
{
	if (!isendwin())
		endwin();
}

bool
ui_possible(const char **why)
{
	const char *term = getenv("TERM");
	int err = 0;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		*why = _("not a terminal");
		return false;
	}
	if (term == NULL || *term == '\0' || strcmp(term, "dumb") == 0) {
		*why = _("the terminal cannot move the cursor (TERM is dumb "
		    "or not set)");
		return false;
	}
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		*why = _("this terminal type is unknown here (check TERM)");
		return false;
	}
	if (tigetstr("cup") == NULL || tigetstr("cup") == (char *)-1) {
		del_curterm(cur_term);
		*why = _("the terminal cannot move the cursor");
		return false;
	}
	del_curterm(cur_term);
	return true;
}

const char *
theme_title(enum theme t)
{
	switch (t) {
	case THEME_SAFETY:
		return _("Digital safety");
	case THEME_SOCIAL:
		return _("Social media");
	default:
		return _("AI ethics");
	}
}

/* Whether this screen can show a language's letters (see consolefont.h). */
static bool
lang_shown(enum lang l)
{
	switch (l) {
	case LANG_ZGH:
		return consolefont_has(STDOUT_FILENO, 0x2d30) != 0;
	case LANG_AR:
		return consolefont_has(STDOUT_FILENO, 0x0627) != 0 &&
		    consolefont_has(STDOUT_FILENO, 0xfe8d) != 0;
	default:
		return true;
	}
}

void
ui_set_lang(struct ui *ui, enum lang l)
{
	const enum lang *chain;
	unsigned i;

	/*
	 * Letters this screen cannot show: say so, and how to fix it, in
	 * the next language of the chain that it can show.
	 */
	if (!lang_shown(l)) {
		chain = lang_chain(l);
		for (i = 1; i < LANG_COUNT && !lang_shown(chain[i]); i++)
			;
		ui->missing = l;
		ui->overlay = OV_SCRIPT;
		l = i < LANG_COUNT ? chain[i] : LANG_EN;
		ui->lang = l;
		ui->rtl = lang_is_rtl(l);
		i18n_set_lang(l);
		if (ui->session != NULL)
			ui->session->lang = l;
		return;
	}
	ui->lang = l;
	ui->rtl = lang_is_rtl(l);
	i18n_set_lang(l);
	/* The learner's choice is kept for next time. */
	if (ui->progress != NULL && ui->progress->lang != l) {
		ui->progress->lang = l;
		progress_save(ui->progress, NULL);
	}
	if (ui->session != NULL)
		ui->session->lang = l;
}

static void
setup_colors(struct ui *ui)
{
	const char *nc = getenv("NO_COLOR");
	int r;

	ui->color = has_colors() && (nc == NULL || *nc == '\0');
	if (!ui->color)
		return;
	start_color();
	use_default_colors();
	for (r = 0; r < ROLE_COUNT; r++)
		init_pair((short)(r + 1), ui->theme.roles[r].fg,
		    ui->theme.roles[r].bg);
}

/* The text console and old terminals have no ✔ or ★ in their fonts. */
static bool
ascii_terminal(void)
{
	const char *term = getenv("TERM");

	if (term == NULL)
		return true;
	/* A console font that has ✔ and ★ may show them. */
	if (strncmp(term, "linux", 5) == 0)
		return consolefont_has(STDOUT_FILENO, 0x2714) != 1 ||
		    consolefont_has(STDOUT_FILENO, 0x2605) != 1;
	return strncmp(term, "vt", 2) == 0 || strncmp(term, "ansi", 4) == 0 ||
	    strncmp(term, "cons", 4) == 0;
}

static void
draw_small(struct ui *ui)
{
	struct layout l;
	const char *msg = _("Make the window larger: tutor needs 40 columns "
	    "and 15 lines.");
	size_t i;

	layout_wrap(msg, ui->cols > 2 ? ui->cols - 2 : 1, &l);
	for (i = 0; i < l.n && (int)i < ui->rows; i++) {
		char *line = xstrndup(msg + l.v[i].start, l.v[i].len);
		ui_put(ui, (int)i, 1, ui->cols - 1, line, ROLE_TEXT);
		free(line);
	}
	layout_free(&l);
}

/* A box in the middle of the screen with a title and lines of text. */
static void
draw_box(struct ui *ui, const char *title, const char *const *items,
    size_t n, int sel)
{
	int w = ui->cols - 4, h = (int)n + 4, top, left = 2, i;

	if (w > 76)
		w = 76;
	left = (ui->cols - w) / 2;
	if (h > ui->rows - 2)
		h = ui->rows - 2;
	top = (ui->rows - h) / 2;
	for (i = 0; i < h; i++)
		ui_fill(ui, top + i, left, w, ROLE_STATUS);
	ui_put(ui, top + 1, left + 2, w - 4, title, ROLE_STATUS);
	for (i = 0; i < (int)n && i < h - 4; i++) {
		if (i == sel)
			ui_fill(ui, top + 3 + i, left + 1, w - 2, ROLE_SELECTED);
		ui_put(ui, top + 3 + i, left + 2, w - 4, items[i],
		    i == sel ? ROLE_SELECTED : ROLE_STATUS);
	}
}

static void
draw_overlay(struct ui *ui)
{
	static const char *help[] = {
		N_("Arrows   move       Enter  choose, answer"),
		N_("1-9      pick an answer by its number"),
		N_("Space    tick (when several are right)"),
		N_("Tab      from the answer to the commands"),
		N_("h        a hint     l  language"),
		N_("?        this help  q  stop (work is saved)"),
		N_("Esc      back"),
	};
	const char *items[16], *quit[2];
	char buf[LANG_COUNT][256], *font;
	size_t i;

	switch (ui->overlay) {
	case OV_HELP:
		for (i = 0; i < sizeof help / sizeof help[0]; i++)
			items[i] = _(help[i]);
		draw_box(ui, _("Keys (Esc to close)"), items,
		    sizeof help / sizeof help[0], -1);
		break;
	case OV_LANG:
		for (i = 0; i < LANG_COUNT; i++) {
			snprintf(buf[i], sizeof buf[i], "%zu  %s", i + 1,
			    lang_name((enum lang)i));
			items[i] = buf[i];
		}
		draw_box(ui, _("Language"), items, LANG_COUNT,
		    ui->overlay_sel);
		break;
	case OV_SCRIPT:
		font = paths_font();
		snprintf(buf[0], sizeof buf[0], _("Your trainer can load them: "
		    "setfont %s"), font);
		free(font);
		items[0] = buf[0];
		snprintf(buf[1], sizeof buf[1], _("For now: %s."),
		    lang_name(ui->lang));
		items[1] = buf[1];
		items[2] = _("Enter  OK     l  another language");
		draw_box(ui, ui->missing == LANG_ZGH ? _("This screen cannot "
		    "show Tifinagh letters.") : _("This screen cannot show "
		    "Arabic letters."), items, 3, -1);
		break;
	case OV_QUIT:
		quit[0] = _("Enter  yes, stop");
		quit[1] = _("Esc    no, go on");
		draw_box(ui, _("Stop for now? Everything you did is kept."),
		    quit, 2, -1);
		break;
	default:
		break;
	}
}

static void
overlay_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (!fkey && ch == 27) {
		ui->overlay = OV_NONE;
		return;
	}
	switch (ui->overlay) {
	case OV_HELP:
		ui->overlay = OV_NONE;
		break;
	case OV_SCRIPT:
		if (!fkey && (ch == L'l' || ch == L'L')) {
			ui->overlay = OV_LANG;
			ui->overlay_sel = (int)ui->lang;
		} else
			ui->overlay = OV_NONE;
		break;
	case OV_LANG:
		if (fkey && ch == KEY_UP && ui->overlay_sel > 0)
			ui->overlay_sel--;
		else if (fkey && ch == KEY_DOWN &&
		    ui->overlay_sel < LANG_COUNT - 1)
			ui->overlay_sel++;
		else if (!fkey && ch >= L'1' && ch < L'1' + LANG_COUNT) {
			ui_set_lang(ui, (enum lang)(ch - L'1'));
			ui->overlay = OV_NONE;
		} else if ((fkey && ch == KEY_ENTER) || (!fkey && (ch == L'\n'
		    || ch == L'\r'))) {
			ui_set_lang(ui, (enum lang)ui->overlay_sel);
			ui->overlay = OV_NONE;
		}
		break;
	case OV_QUIT:
		if ((fkey && ch == KEY_ENTER) || (!fkey && (ch == L'\n' ||
		    ch == L'\r' || ch == L'y' || ch == L'o')))
			ui->quit = true;
		else if (!fkey && (ch == L'n'))
			ui->overlay = OV_NONE;
		break;
	default:
		break;
	}
}

/*
 * Follow the terminal's real size. ncurses learns of a resize from
 * SIGWINCH, but two resizes close together can leave it with the size
 * of the first; asking the terminal itself settles it.
 */
static void
check_size(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0 &&
	    ws.ws_col > 0 && (ws.ws_row != LINES || ws.ws_col != COLS))
		resize_term(ws.ws_row, ws.ws_col);
}

static long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

static void
draw(struct ui *ui)
{
	erase();
	ui->cursor_on = false;
	getmaxyx(stdscr, ui->rows, ui->cols);
	if (ui->rows < UI_MIN_ROWS || ui->cols < UI_MIN_COLS) {
		curs_set(0);
		draw_small(ui);
		refresh();
		return;
	}
	switch (ui->screen) {
	case UI_START:
		start_draw(ui);
		break;
	case UI_HOME:
		home_draw(ui);
		break;
	case UI_LESSONS:
		lessons_draw(ui);
		break;
	case UI_LESSON:
		lesson_draw(ui);
		break;
	}
	if (ui->overlay != OV_NONE)
		draw_overlay(ui);
	/* The cursor blinks where the child types, and nowhere else. */
	if (ui->cursor_on && ui->overlay == OV_NONE) {
		move(ui->cursor_y, ui->cursor_x);
		curs_set(1);
	} else
		curs_set(0);
	refresh();
}

bool
ui_common_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (fkey)
		return false;
	switch (ch) {
	case L'?':
		ui->overlay = OV_HELP;
		return true;
	case L'l':
	case L'L':
		ui->overlay = OV_LANG;
		ui->overlay_sel = (int)ui->lang;
		return true;
	case L'q':
	case L'Q':
	case CTRL('q'):
		ui->overlay = OV_QUIT;
		return true;
	default:
		return false;
	}
}

static void
dispatch(struct ui *ui, wint_t ch, bool fkey)
{
	ui->message = NULL;
	getmaxyx(stdscr, ui->rows, ui->cols);
	if (ui->rows < UI_MIN_ROWS || ui->cols < UI_MIN_COLS) {
		if (!fkey && (ch == L'q' || ch == CTRL('q')))
			ui->quit = true;
		return;
	}
	if (ui->overlay != OV_NONE) {
		overlay_key(ui, ch, fkey);
		return;
	}
	if (fkey && ch == KEY_F(1)) {
		ui->overlay = OV_HELP;
		return;
	}
	/* Ctrl-C asks before stopping; Ctrl-Z and Ctrl-\ do nothing. */
	if (!fkey && ch == CTRL('c')) {
		ui->overlay = OV_QUIT;
		return;
	}
	if (!fkey && (ch == CTRL('z') || ch == CTRL('\\')))
		return;
	switch (ui->screen) {
	case UI_START:
		start_key(ui, ch, fkey);
		break;
	case UI_HOME:
		home_key(ui, ch, fkey);
		break;
	case UI_LESSONS:
		lessons_key(ui, ch, fkey);
		break;
	case UI_LESSON:
		lesson_key(ui, ch, fkey);
		break;
	}
}

/*
 * Use a colour theme by name (a file of themes/) or path; the default
 * when it cannot be read. Before curses starts, problems are printed;
 * after, they are said in the status line.
 */
static void
load_theme(struct ui *ui, const char *name, bool started)
{
	struct diags d;
	char *dir, *path;

	theme_free(&ui->theme);
	theme_default(&ui->theme);
	if (name == NULL)
		return;
	diags_init(&d);
	if (strchr(name, '/') != NULL)
		path = xstrdup(name);
	else {
		dir = paths_data("themes");
		xasprintf(&path, "%s/%s.yaml", dir, name);
		free(dir);
	}
	if (theme_load(path, &ui->theme, &d) != 0) {
		if (started)
			ui->message = _("This colour theme has a mistake: the "
			    "default colours are used.");
		else {
			diags_print(&d, stderr);
			fprintf(stderr, _("tutor: using the default theme\n"));
			sleep(1);
		}
	}
	free(path);
	diags_free(&d);
	if (started && ui->color)
		setup_colors(ui);
}

/*
 * A learner's colour theme: --theme is kept in their profile; without
 * it, the theme they chose before comes back.
 */
void
ui_learner_theme(struct ui *ui)
{
	struct progress *p = ui->progress;

	if (p == NULL)
		return;
	if (ui->theme_given != NULL) {
		if (p->theme == NULL || strcmp(p->theme, ui->theme_given) != 0) {
			free(p->theme);
			p->theme = xstrdup(ui->theme_given);
			progress_save(p, NULL);
		}
	} else if (p->theme != NULL)
		load_theme(ui, p->theme, true);
}

int
ui_run(const struct catalog *cat, const struct ui_options *o)
{
	struct sigaction sa;
	struct ui ui;
	SCREEN *scr;
	wint_t ch;
	long started;
	int rc, errors = 0;

	memset(&ui, 0, sizeof ui);
	ui.cat = cat;
	ui_set_lang(&ui, o->lang);
	ui.age = AGE_8_10;
	editline_init(&ui.name, 32);
	editline_init(&ui.answer, EDITLINE_MAX);
	ui.theme_given = o->theme;
	theme_default(&ui.theme);
	load_theme(&ui, o->theme, false);

	scr = newterm(NULL, stdout, stdin);
	if (scr == NULL) {
		theme_free(&ui.theme);
		return -1;
	}
	util_fatal_hook = restore_terminal;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	/*
	 * GNOME Terminal (VTE) reorders right-to-left text itself unless
	 * told not to (CSI 8 l, ECMA-48 BDSM); tutor has reordered already.
	 * Other terminals ignore the sequence.
	 */
	if (!bidi_terminal_does_it()) {
		fputs("\033[8l", stdout);
		fflush(stdout);
	}
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(100);
	ui.ascii = ascii_terminal();
	setup_colors(&ui);
	bkgdset(' ');
	curs_set(0);

	ui.store = o->store;
	ui.lang_given = o->lang_given;
	ui.age = o->age < AGE_COUNT ? o->age : AGE_8_10;
	ui.screen = UI_START;
	start_init(&ui);
	if (o->profile != NULL && ui.store != NULL) {
		struct progress *p;
		char *err = NULL;

		p = learner_open(ui.store, o->profile, ui.lang, ui.age, &err);
		if (p != NULL)
			start_enter_learner(&ui, p);
		free(err);
	} else if (ui.store == NULL)
		ui.start_mode = START_NEW;
	if (o->lesson != NULL) {
		const struct lesson *l = catalog_lesson(cat, o->lesson);
		if (l != NULL) {
			ui.single_lesson = true;
			lesson_open(&ui, l);
			if (ui.session == NULL)
				ui.quit = true;
		}
	}
	timeout(TICK_MS);
	draw(&ui);
#ifdef HAVE_MALLOC_TRIM
	/* What setting up the terminal used and freed goes back now. */
	malloc_trim(0);
#endif
	while (!ui.quit && !got_signal) {
		/* The session's time limit (kiosk.h): checked every tick. */
		if (time_limit_up())
			break;
		check_size();
		draw(&ui);
		started = now_ms();
		errno = 0;
		rc = get_wch(&ch);
		if (rc == ERR) {
			/*
			 * The tick, a signal, or a terminal that has gone
			 * away: once SSH drops with SIGHUP ignored, reads
			 * fail at once for ever. Never spin on that.
			 */
			if (got_signal || errno == EIO)
				break;
			if (now_ms() - started < TICK_MS / 2) {
				if (++errors > MAX_ERRORS)
					break;
			} else
				errors = 0;
			continue;
		}
		errors = 0;
		check_size();
		if (rc == KEY_CODE_YES && ch == KEY_RESIZE)
			continue;
		dispatch(&ui, ch, rc == KEY_CODE_YES);
	}
	lesson_close(&ui);
	progress_close(ui.progress);
	ui.progress = NULL;
	if (time_limit_up() && !got_signal)
		handover_show(&ui, &got_signal);	/* screen_handover.c */
	profile_info_free(ui.profiles, ui.nprofiles);
	endwin();
	if (!bidi_terminal_does_it()) {
		fputs("\033[8h", stdout);
		fflush(stdout);
	}
	delscreen(scr);
	util_fatal_hook = NULL;
	theme_free(&ui.theme);
	return 0;
}
