/*
 * screen_home.c: the home screen (the three themes and how far the child
 * is in each) and the list of a theme's lessons for the child's age band,
 * each marked new, started or done, with its stars.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "ui.h"
#include "util.h"

#undef CTRL
#define CTRL(c) ((c) & 0x1f)

static bool
is_enter(wint_t ch, bool fkey)
{
	return (fkey && ch == KEY_ENTER) || (!fkey && (ch == L'\r' ||
	    ch == L'\n'));
}


static void
list_lessons(struct ui *ui, enum theme t, bool all_ages, size_t *out,
    size_t *n)
{
	const struct lesson *l;
	size_t i;

	*n = 0;
	for (i = 0; i < ui->cat->n && *n < 256; i++) {
		l = ui->cat->lessons[i];
		if (l->theme == t && (all_ages || l->age == ui->age))
			out[(*n)++] = i;
	}
}

/* Stars of a catalog lesson: this session's, or the learner's best. */
static unsigned
lesson_stars(const struct ui *ui, size_t i)
{
	const struct lesson_progress *lp = NULL;

	if (ui->progress != NULL)
		lp = progress_lesson(ui->progress, ui->cat->lessons[i]->id);
	if (lp != NULL && lp->done && lp->stars > ui->stars[i])
		return lp->stars;
	return ui->stars[i];
}

static bool
lesson_started(const struct ui *ui, size_t i)
{
	return ui->started[i] || (ui->progress != NULL &&
	    progress_lesson(ui->progress, ui->cat->lessons[i]->id) != NULL);
}

static const char *home_keys[] = {
	"?", N_("help"), "Enter", N_("open"), "l", N_("language"),
	"q", N_("quit"), NULL
};

static void
draw_keys(struct ui *ui, const char **keys)
{
	const char *k[16];
	size_t i;

	for (i = 0; keys[i] != NULL && i < 15; i++)
		k[i] = i % 2 ? _(keys[i]) : keys[i];
	k[i] = NULL;
	ui_keybar(ui, k);
}

void
home_draw(struct ui *ui)
{
	size_t shown[256], n, i, done;
	char line[256], *name;
	int y = 2, t;
	bool sel;

	name = ui->progress != NULL ? xstrdup(ui->progress->name) :
	    editline_utf8(&ui->name);
	snprintf(line, sizeof line, "tutor  %s", name);
	free(name);
	ui_titlebar(ui, line);
	ui_put(ui, y, 2, ui->cols - 4, _("Choose a theme"), ROLE_TITLE);
	y += 2;
	for (t = 0; t < THEME_COUNT; t++) {
		list_lessons(ui, (enum theme)t, false, shown, &n);
		for (i = done = 0; i < n; i++) {
			if (lesson_stars(ui, shown[i]) != 0)
				done++;
		}
		sel = ui->theme_sel == t;
		snprintf(line, sizeof line, "%s %d  %s", sel ? (ui->ascii ?
		    ">" : "▶") : " ", t + 1, theme_title((enum theme)t));
		ui_put(ui, y, 1, ui->cols - 16, line,
		    sel ? ROLE_SELECTED : ROLE_OPTION);
		snprintf(line, sizeof line, _("%zu/%zu done"), done, n);
		ui_put(ui, y, ui->cols - 14, 13, line, ROLE_TEXT);
		y += 2;
	}
	snprintf(line, sizeof line, _("Lessons for ages %s."),
	    age_code(ui->age));
	ui_put(ui, y, 2, ui->cols - 4, line, ROLE_TEXT);
	draw_keys(ui, home_keys);
}

void
home_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (ui_common_key(ui, ch, fkey))
		return;
	if (fkey && ch == KEY_UP && ui->theme_sel > 0)
		ui->theme_sel--;
	else if (fkey && ch == KEY_DOWN && ui->theme_sel < THEME_COUNT - 1)
		ui->theme_sel++;
	else if (!fkey && ch >= L'1' && ch < L'1' + THEME_COUNT) {
		ui->theme_sel = (int)(ch - L'1');
		ui->screen = UI_LESSONS;
		ui->lesson_sel = 0;
	} else if (is_enter(ch, fkey) || (fkey && ch == KEY_RIGHT)) {
		ui->screen = UI_LESSONS;
		ui->lesson_sel = 0;
	} else if (!fkey && ch == 27) {
		/* Back to "who are you?": another child's turn. */
		progress_close(ui->progress);
		ui->progress = NULL;
		start_init(ui);
		ui->screen = UI_START;
	}
}

static const char *lessons_keys[] = {
	"?", N_("help"), "Enter", N_("open"), "Esc", N_("back"),
	"a", N_("all ages"), "l", N_("language"), "q", N_("quit"), NULL
};

void
lessons_draw(struct ui *ui)
{
	const struct lesson *l;
	char line[512];
	const char *state;
	size_t i;
	int y = 2, first, rows;
	bool sel;

	snprintf(line, sizeof line, "tutor  %s",
	    theme_title((enum theme)ui->theme_sel));
	ui_titlebar(ui, line);
	list_lessons(ui, (enum theme)ui->theme_sel, ui->all_ages, ui->shown,
	    &ui->nshown);
	snprintf(line, sizeof line, ui->all_ages ? _("%s, every age") :
	    _("%s, ages %s"), theme_title((enum theme)ui->theme_sel),
	    age_code(ui->age));
	ui_put(ui, y, 2, ui->cols - 4, line, ROLE_TITLE);
	y += 2;
	if (ui->nshown == 0) {
		ui_put(ui, y, 2, ui->cols - 4, _("No lessons here yet. Press a "
		    "to see every age."), ROLE_TEXT);
		draw_keys(ui, lessons_keys);
		return;
	}
	if (ui->lesson_sel >= (int)ui->nshown)
		ui->lesson_sel = (int)ui->nshown - 1;
	rows = ui->rows - y - 2;
	first = ui->lesson_sel >= rows ? ui->lesson_sel - rows + 1 : 0;
	for (i = (size_t)first; i < ui->nshown && y < ui->rows - 2; i++) {
		l = ui->cat->lessons[ui->shown[i]];
		sel = (int)i == ui->lesson_sel;
		if (lesson_stars(ui, ui->shown[i]) != 0)
			state = _("done");
		else if (lesson_started(ui, ui->shown[i]))
			state = _("started");
		else
			state = _("new");
		snprintf(line, sizeof line, "%s %zu  %s", sel ? (ui->ascii ?
		    ">" : "▶") : " ", i + 1, text_get(&l->title, ui->lang));
		ui_put(ui, y, 1, ui->cols - 17, line,
		    sel ? ROLE_SELECTED : ROLE_OPTION);
		ui_put(ui, y, ui->cols - 15, 8, state, ROLE_TEXT);
		if (lesson_stars(ui, ui->shown[i]) != 0)
			ui_stars(ui, y, ui->cols - 6,
			    lesson_stars(ui, ui->shown[i]));
		y++;
	}
	draw_keys(ui, lessons_keys);
}

void
lessons_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (ui_common_key(ui, ch, fkey))
		return;
	if (fkey && ch == KEY_UP && ui->lesson_sel > 0)
		ui->lesson_sel--;
	else if (fkey && ch == KEY_DOWN && ui->lesson_sel + 1 <
	    (int)ui->nshown)
		ui->lesson_sel++;
	else if ((!fkey && ch == 27) || (fkey && (ch == KEY_LEFT ||
	    ch == KEY_BACKSPACE)))
		ui->screen = UI_HOME;
	else if (!fkey && (ch == L'a' || ch == L'A')) {
		ui->all_ages = !ui->all_ages;
		ui->lesson_sel = 0;
	} else if (!fkey && ch >= L'1' && ch <= L'9' &&
	    (size_t)(ch - L'1') < ui->nshown) {
		ui->lesson_sel = (int)(ch - L'1');
		lesson_open(ui, ui->cat->lessons[ui->shown[ui->lesson_sel]]);
	} else if ((is_enter(ch, fkey) || (fkey && ch == KEY_RIGHT)) &&
	    ui->nshown > 0)
		lesson_open(ui, ui->cat->lessons[ui->shown[ui->lesson_sel]]);
}
