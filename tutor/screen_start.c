/*
 * screen_start.c: the first screen: the child's name, language and age
 * band. Tab, Enter and the arrows go from one field to the next; the
 * language and the age change with Left and Right or their number keys.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "ui.h"

#undef CTRL
#define CTRL(c) ((c) & 0x1f)

enum { F_NAME, F_LANG, F_AGE, F_GO, F_COUNT };

static void
draw_choice(struct ui *ui, int y, const char *label, const char *value,
    bool focus)
{
	int x = 2;
	char buf[128];

	x += ui_put(ui, y, x, ui->cols - 4, label, ROLE_PROMPT) + 1;
	snprintf(buf, sizeof buf, ui->ascii ? "< %s >" : "◀ %s ▶", value);
	if (focus)
		ui_fill(ui, y, x, (int)strlen(value) + 4 < ui->cols - x - 1 ?
		    (int)strlen(value) + 4 : ui->cols - x - 1, ROLE_SELECTED);
	ui_put(ui, y, x, ui->cols - x - 1, buf,
	    focus ? ROLE_SELECTED : ROLE_OPTION);
}

void
start_draw(struct ui *ui)
{
	static const char *keys[] = {
		"?", N_("help"), "Tab", N_("next"), "Enter", N_("ok"),
		"^Q", N_("quit"), NULL
	};
	const char *k[sizeof keys / sizeof keys[0]];
	char *name;
	int y = 2, fw, x;
	size_t i;

	ui_titlebar(ui, "tutor");
	ui_put(ui, y++, 2, ui->cols - 4, _("Hello! What is your name?"),
	    ROLE_TITLE);
	y++;
	fw = ui->cols - 6 < 32 ? ui->cols - 6 : 32;
	ui_fill(ui, y, 2, fw, ROLE_INPUT);
	name = editline_utf8(&ui->name);
	ui_put(ui, y, 2, fw, name, ROLE_INPUT);
	free(name);
	if (ui->start_field == F_NAME) {
		x = 2 + editline_width(&ui->name, ui->name.cursor);
		move(y, x < 2 + fw ? x : 2 + fw - 1);
		curs_set(1);
	} else
		curs_set(0);
	y += 2;
	draw_choice(ui, y, _("Language:"), lang_name(ui->lang),
	    ui->start_field == F_LANG);
	y += 2;
	draw_choice(ui, y, _("Age:"), age_code(ui->age),
	    ui->start_field == F_AGE);
	y += 2;
	if (ui->start_field == F_GO)
		ui_fill(ui, y, 2, 12, ROLE_SELECTED);
	ui_put(ui, y, 2, ui->cols - 4, ui->ascii ? _("[ Start ]") :
	    _("[ Start ▶ ]"), ui->start_field == F_GO ? ROLE_SELECTED :
	    ROLE_KEY);
	for (i = 0; keys[i] != NULL; i++)
		k[i] = i % 2 ? _(keys[i]) : keys[i];
	k[i] = NULL;
	ui_keybar(ui, k);
}

static void
change(struct ui *ui, int delta)
{
	if (ui->start_field == F_LANG)
		ui_set_lang(ui, (enum lang)((ui->lang + LANG_COUNT + delta) %
		    LANG_COUNT));
	else if (ui->start_field == F_AGE)
		ui->age = (enum age)((ui->age + AGE_COUNT + delta) % AGE_COUNT);
}

void
start_key(struct ui *ui, wint_t ch, bool fkey)
{
	bool enter = (fkey && ch == KEY_ENTER) || (!fkey && (ch == L'\r' ||
	    ch == L'\n'));

	if (!fkey && ch == CTRL('q')) {
		ui->overlay = OV_QUIT;
		return;
	}
	if (enter && ui->start_field == F_GO) {
		ui->screen = UI_HOME;
		return;
	}
	if (enter || (!fkey && ch == L'\t') || (fkey && ch == KEY_DOWN)) {
		ui->start_field = (ui->start_field + 1) % F_COUNT;
		return;
	}
	if ((fkey && (ch == KEY_UP || ch == KEY_BTAB))) {
		ui->start_field = (ui->start_field + F_COUNT - 1) % F_COUNT;
		return;
	}
	if (ui->start_field == F_NAME) {
		if (fkey) {
			if (ch == KEY_BACKSPACE)
				editline_backspace(&ui->name);
			else if (ch == KEY_DC)
				editline_delete(&ui->name);
			else if (ch == KEY_LEFT)
				editline_left(&ui->name);
			else if (ch == KEY_RIGHT)
				editline_right(&ui->name);
			else if (ch == KEY_HOME)
				editline_home(&ui->name);
			else if (ch == KEY_END)
				editline_end(&ui->name);
		} else if (ch == 127 || ch == CTRL('h'))
			editline_backspace(&ui->name);
		else if (ch == CTRL('u'))
			editline_clear(&ui->name);
		else if (ch == L'?' && ui->name.len == 0)
			ui->overlay = OV_HELP;
		else
			editline_insert(&ui->name, (wchar_t)ch);
		return;
	}
	if (fkey && ch == KEY_LEFT)
		change(ui, -1);
	else if ((fkey && ch == KEY_RIGHT) || (!fkey && ch == L' '))
		change(ui, 1);
	else if (!fkey && ch == L'?')
		ui->overlay = OV_HELP;
	else if (!fkey && (ch == L'q' || ch == 27))
		ui->overlay = OV_QUIT;
	else if (!fkey && ui->start_field == F_LANG && ch >= L'1' &&
	    ch < L'1' + LANG_COUNT)
		ui_set_lang(ui, (enum lang)(ch - L'1'));
	else if (!fkey && ui->start_field == F_AGE && ch >= L'1' &&
	    ch < L'1' + AGE_COUNT)
		ui->age = (enum age)(ch - L'1');
}
