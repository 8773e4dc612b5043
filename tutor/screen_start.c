/*
 * screen_start.c: who is learning. Children who share an account pick
 * their name from a list, or make a new learner: a name, a language, an
 * age band and, if they want, a secret of up to four symbols (chosen by
 * number, so a child who does not read yet can have one). A learner with
 * a secret is asked for it before their lessons open.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "learner.h"
#include "ui.h"
#include "util.h"

#undef CTRL
#define CTRL(c) ((c) & 0x1f)

enum { F_NAME, F_LANG, F_AGE, F_PIN, F_GO, F_COUNT };

/* The secret's symbols: shapes the text console's font has too. */
static const char *symbols_utf8[9] = {
	"★", "♥", "☀", "☂", "♪", "♣", "☺", "♦", "⚑"
};
static const char *symbols_ascii[9] = {
	"*", "@", "#", "+", "%", "&", "$", "!", "="
};

static const char *
symbol(const struct ui *ui, char digit)
{
	int i = digit - '1';

	if (i < 0 || i > 8)
		return "?";
	return ui->ascii ? symbols_ascii[i] : symbols_utf8[i];
}

static bool
is_enter(wint_t ch, bool fkey)
{
	return (fkey && ch == KEY_ENTER) || (!fkey && (ch == L'\r' ||
	    ch == L'\n'));
}

static void
keys(struct ui *ui, const char **k)
{
	const char *t[16];
	size_t i;

	for (i = 0; k[i] != NULL && i < 15; i++)
		t[i] = i % 2 ? _(k[i]) : k[i];
	t[i] = NULL;
	ui_keybar(ui, t);
}

/* The secret so far, as symbols with a space between. */
static void
pin_text(const struct ui *ui, const char *pin, char *out, size_t size)
{
	size_t i, used = 0;

	out[0] = '\0';
	for (i = 0; pin[i] != '\0' && used + 8 < size; i++)
		used += (size_t)snprintf(out + used, size - used, "%s ",
		    symbol(ui, pin[i]));
}

static void
draw_symbols(struct ui *ui, int y)
{
	char buf[32];
	int i, x = 2;

	for (i = 0; i < 9; i++) {
		snprintf(buf, sizeof buf, "%d %s", i + 1,
		    ui->ascii ? symbols_ascii[i] : symbols_utf8[i]);
		x += ui_put(ui, y, x, ui->cols - x - 1, buf, ROLE_OPTION) + 2;
	}
}

/* Open a learner's progress and take their settings. */
void
start_enter_learner(struct ui *ui, struct progress *p)
{
	ui->progress = p;
	ui_learner_theme(ui);
	if (p->lang < LANG_COUNT && !ui->lang_given)
		ui_set_lang(ui, p->lang);
	if (p->age < AGE_COUNT)
		ui->age = p->age;
	if (p->notice != NULL)
		ui->message = p->notice;
	else if (p->readonly)
		ui->message = _("This name is open in another session: what "
		    "you do here will not be saved.");
	ui->screen = UI_HOME;
}

static void
refresh_profiles(struct ui *ui)
{
	profile_info_free(ui->profiles, ui->nprofiles);
	ui->profiles = NULL;
	ui->nprofiles = 0;
	if (ui->store != NULL && store_profiles(ui->store, &ui->profiles,
	    &ui->nprofiles) != 0) {
		ui->profiles = NULL;
		ui->nprofiles = 0;
	}
}

void
start_init(struct ui *ui)
{
	refresh_profiles(ui);
	ui->start_mode = ui->nprofiles == 0 ? START_NEW : START_PICK;
	ui->start_field = F_NAME;
	ui->profile_sel = 0;
}

static void
draw_pick(struct ui *ui)
{
	static const char *k[] = { "?", N_("help"), "Enter", N_("choose"),
	    "^Q", N_("quit"), NULL };
	char line[160];
	size_t i;
	int y = 2, first, rows;

	ui_put(ui, y, 2, ui->cols - 4, _("Who are you?"), ROLE_TITLE);
	y += 2;
	rows = ui->rows - y - 2;
	first = ui->profile_sel >= rows ? ui->profile_sel - rows + 1 : 0;
	for (i = (size_t)first; i <= ui->nprofiles && y < ui->rows - 2; i++) {
		bool sel = (int)i == ui->profile_sel;

		if (i < ui->nprofiles)
			snprintf(line, sizeof line, "%s %2zu  %s", sel ?
			    (ui->ascii ? ">" : "▶") : " ", i + 1,
			    ui->profiles[i].name);
		else
			snprintf(line, sizeof line, "%s  +  %s", sel ?
			    (ui->ascii ? ">" : "▶") : " ", _("I am new here"));
		ui_put(ui, y++, 1, ui->cols - 3, line,
		    sel ? ROLE_SELECTED : ROLE_OPTION);
	}
	keys(ui, k);
}

static void
draw_choice(struct ui *ui, int y, const char *label, const char *value,
    bool focus)
{
	char buf[128];
	int x = 2;

	x += ui_put(ui, y, x, ui->cols - 4, label, ROLE_PROMPT) + 1;
	snprintf(buf, sizeof buf, ui->ascii ? "< %s >" : "◀ %s ▶", value);
	ui_put(ui, y, x, ui->cols - x - 1, buf,
	    focus ? ROLE_SELECTED : ROLE_OPTION);
}

static void
draw_new(struct ui *ui)
{
	static const char *k[] = { "?", N_("help"), "Tab", N_("next"),
	    "Enter", N_("ok"), "Esc", N_("back"), "^Q", N_("quit"), NULL };
	char pin[64];
	int y = 2, fw;

	ui_put(ui, y++, 2, ui->cols - 4, _("Hello! What is your name?"),
	    ROLE_TITLE);
	y++;
	fw = ui->cols - 6 < 32 ? ui->cols - 6 : 32;
	ui_field(ui, y, 2, fw, &ui->name, ui->start_field == F_NAME &&
	    ui->overlay == OV_NONE);
	y += 2;
	draw_choice(ui, y, _("Language:"), lang_name(ui->lang),
	    ui->start_field == F_LANG);
	y += 2;
	draw_choice(ui, y, _("Age:"), age_code(ui->age),
	    ui->start_field == F_AGE);
	y += 2;
	pin_text(ui, ui->pin, pin, sizeof pin);
	draw_choice(ui, y, _("Secret symbols:"), pin[0] ? pin : _("none"),
	    ui->start_field == F_PIN);
	if (ui->start_field == F_PIN && ui->rows > 16)
		draw_symbols(ui, y + 1);
	y += 2;
	ui_put(ui, y, 2, ui->cols - 4, ui->ascii ? _("[ Start ]") :
	    _("[ Start ▶ ]"), ui->start_field == F_GO ? ROLE_SELECTED :
	    ROLE_KEY);
	keys(ui, k);
}

static void
draw_pin(struct ui *ui)
{
	static const char *k[] = { "1-9", N_("symbol"), "Enter", N_("ok"),
	    "Bksp", N_("undo"), "Esc", N_("back"), NULL };
	char pin[64], line[160];
	int y = 2;

	snprintf(line, sizeof line, _("%s, your secret symbols:"),
	    ui->profiles[ui->profile_sel].name);
	ui_put(ui, y, 2, ui->cols - 4, line, ROLE_TITLE);
	y += 2;
	draw_symbols(ui, y);
	y += 2;
	pin_text(ui, ui->pin, pin, sizeof pin);
	ui_put(ui, y, 2, ui->cols - 4, pin[0] ? pin : "_", ROLE_INPUT);
	keys(ui, k);
}

void
start_draw(struct ui *ui)
{
	ui_titlebar(ui, "tutor");
	switch (ui->start_mode) {
	case START_PICK:
		draw_pick(ui);
		break;
	case START_PIN:
		draw_pin(ui);
		break;
	default:
		draw_new(ui);
		break;
	}
}

/* Digits 1-9 add a symbol, Backspace takes the last one back. */
static bool
pin_key(struct ui *ui, wint_t ch, bool fkey)
{
	size_t n = strlen(ui->pin);

	if (!fkey && ch >= L'1' && ch <= L'9') {
		if (n < PROFILE_PIN_MAX) {
			ui->pin[n] = (char)ch;
			ui->pin[n + 1] = '\0';
		}
		return true;
	}
	if ((fkey && ch == KEY_BACKSPACE) || (!fkey && (ch == 127 ||
	    ch == CTRL('h')))) {
		if (n > 0)
			ui->pin[n - 1] = '\0';
		return true;
	}
	return false;
}

static void
open_picked(struct ui *ui)
{
	struct progress *p;
	char *err = NULL;

	p = progress_open(ui->store, ui->profiles[ui->profile_sel].id, &err);
	if (p == NULL) {
		ui->message = _("This learner's progress cannot be opened: "
		    "tell your trainer.");
		free(err);
		return;
	}
	if (p->pin != NULL && !progress_check_pin(p, ui->pin)) {
		progress_close(p);
		if (ui->start_mode == START_PIN && ui->pin[0] != '\0')
			ui->message = _("Those are not your symbols. Try "
			    "again.");
		ui->start_mode = START_PIN;
		ui->pin[0] = '\0';
		return;
	}
	ui->pin[0] = '\0';
	start_enter_learner(ui, p);
}

static void
create_learner(struct ui *ui)
{
	struct progress *p;
	char *name, *err = NULL, *id;

	name = editline_utf8(&ui->name);
	if (ui->store == NULL) {
		/* Nowhere to keep progress: go on without it. */
		free(name);
		ui->screen = UI_HOME;
		return;
	}
	if ((id = learner_find(ui->store, name)) != NULL) {
		free(id);
		free(name);
		ui->message = _("Someone already has this name: add a letter, "
		    "or choose your name in the list.");
		ui->start_field = F_NAME;
		return;
	}
	p = learner_open(ui->store, name, ui->lang, ui->age, &err);
	free(name);
	if (p == NULL) {
		ui->message = _("Type your name first (at least one letter).");
		ui->start_field = F_NAME;
		free(err);
		return;
	}
	if (ui->pin[0] != '\0') {
		progress_set_pin(p, ui->pin);
		progress_save(p, NULL);
	}
	ui->pin[0] = '\0';
	refresh_profiles(ui);
	start_enter_learner(ui, p);
}

static void
pick_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (fkey && ch == KEY_UP && ui->profile_sel > 0)
		ui->profile_sel--;
	else if (fkey && ch == KEY_DOWN && ui->profile_sel <
	    (int)ui->nprofiles)
		ui->profile_sel++;
	else if (is_enter(ch, fkey) || (fkey && ch == KEY_RIGHT)) {
		ui->pin[0] = '\0';
		if (ui->profile_sel == (int)ui->nprofiles) {
			ui->start_mode = START_NEW;
			ui->start_field = F_NAME;
			editline_clear(&ui->name);
		} else
			open_picked(ui);
	} else if (!fkey && ch == L'?')
		ui->overlay = OV_HELP;
	else if (!fkey && (ch == L'l' || ch == L'L')) {
		ui->overlay = OV_LANG;
		ui->overlay_sel = (int)ui->lang;
	} else if (!fkey && (ch == L'q' || ch == CTRL('q') || ch == 27))
		ui->overlay = OV_QUIT;
	else if (!fkey && ch >= L'1' && ch <= L'9' &&
	    (size_t)(ch - L'1') < ui->nprofiles)
		ui->profile_sel = (int)(ch - L'1');
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

static void
new_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (is_enter(ch, fkey) && ui->start_field == F_GO) {
		create_learner(ui);
		return;
	}
	if (is_enter(ch, fkey) || (!fkey && ch == L'\t') ||
	    (fkey && ch == KEY_DOWN)) {
		ui->start_field = (ui->start_field + 1) % F_COUNT;
		return;
	}
	if (fkey && (ch == KEY_UP || ch == KEY_BTAB)) {
		ui->start_field = (ui->start_field + F_COUNT - 1) % F_COUNT;
		return;
	}
	if (!fkey && ch == 27) {
		if (ui->nprofiles > 0)
			ui->start_mode = START_PICK;
		else
			ui->overlay = OV_QUIT;
		return;
	}
	if (ui->start_field == F_NAME) {
		if (fkey) {
			if (ch == KEY_BACKSPACE)
				editline_backspace(&ui->name);
			else if (ch == KEY_DC)
				editline_delete(&ui->name);
			else if (ch == KEY_LEFT)
				(ui->rtl ? editline_right :
				    editline_left)(&ui->name);
			else if (ch == KEY_RIGHT)
				(ui->rtl ? editline_left :
				    editline_right)(&ui->name);
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
	if (ui->start_field == F_PIN && pin_key(ui, ch, fkey))
		return;
	if (fkey && ch == KEY_LEFT)
		change(ui, -1);
	else if ((fkey && ch == KEY_RIGHT) || (!fkey && ch == L' '))
		change(ui, 1);
	else if (!fkey && ch == L'?')
		ui->overlay = OV_HELP;
	else if (!fkey && ch == L'q')
		ui->overlay = OV_QUIT;
	else if (!fkey && ui->start_field == F_LANG && ch >= L'1' &&
	    ch < L'1' + LANG_COUNT)
		ui_set_lang(ui, (enum lang)(ch - L'1'));
	else if (!fkey && ui->start_field == F_AGE && ch >= L'1' &&
	    ch < L'1' + AGE_COUNT)
		ui->age = (enum age)(ch - L'1');
}

static void
pin_screen_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (pin_key(ui, ch, fkey))
		return;
	if (is_enter(ch, fkey))
		open_picked(ui);
	else if (!fkey && ch == 27) {
		ui->pin[0] = '\0';
		ui->start_mode = START_PICK;
	}
}

void
start_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (!fkey && ch == CTRL('q')) {
		ui->overlay = OV_QUIT;
		return;
	}
	switch (ui->start_mode) {
	case START_PICK:
		pick_key(ui, ch, fkey);
		break;
	case START_PIN:
		pin_screen_key(ui, ch, fkey);
		break;
	default:
		new_key(ui, ch, fkey);
		break;
	}
}
