/*
 * screen_lesson.c: a lesson on screen. The session (session.c) decides
 * everything about the lesson; this file shows its state and turns keys
 * into answers: numbers, arrows and Space for choices and ordering, a
 * line editor for free text. Verdicts are told by a symbol and words in
 * the verdict's role, never by colour alone.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curses.h>

#include "i18n.h"
#include "layout.h"
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

static size_t
lesson_index(const struct ui *ui)
{
	return ui->lesson_idx;
}

static void
reset_exercise(struct ui *ui)
{
	ui->option_sel = 0;
	ui->chosen = 0;
	ui->norder = 0;
	editline_clear(&ui->answer);
	ui->focus = FOCUS_ANSWER;
	ui->answered = false;
	ui->hints_shown = 0;
	ui->scroll = 0;
}

/*
 * Open a lesson of the catalog: the list holds only headings, so the
 * whole lesson is read now, and freed when the child leaves it.
 */
void
lesson_open(struct ui *ui, const struct lesson *head)
{
	struct diags d;
	struct lesson *l;
	size_t i;

	lesson_close(ui);
	diags_init(&d);
	l = catalog_open(ui->cat, head, &d);
	diags_free(&d);
	if (l == NULL) {
		ui->message = _("This lesson has a mistake in its file: tell "
		    "your trainer (tutor check shows it).");
		return;
	}
	for (i = 0; i < ui->cat->n; i++) {
		if (ui->cat->lessons[i] == head)
			ui->lesson_idx = i;
	}
	ui->lesson = l;
	ui->session = session_create(l, ui->lang);
	session_attach(ui->session, ui->progress);
	reset_exercise(ui);
	ui->screen = UI_LESSON;
	/* Back to a lesson started before: straight to where it stopped. */
	if (session_resuming(ui->session)) {
		session_begin(ui->session);
		ui->message = _("Welcome back! This is where you stopped.");
	}
}

void
lesson_close(struct ui *ui)
{
	session_free(ui->session);
	ui->session = NULL;
	lesson_free(ui->lesson);
	ui->lesson = NULL;
}

static void
leave(struct ui *ui)
{
	if (ui->single_lesson) {
		ui->quit = true;
		return;
	}
	lesson_close(ui);
	ui->screen = UI_LESSONS;
}

static const char *
kind_words(enum kind k)
{
	switch (k) {
	case KIND_SINGLE:
		return _("choose one answer");
	case KIND_MULTIPLE:
		return _("choose every right answer");
	case KIND_TRUE_FALSE:
		return _("true or false?");
	case KIND_FREE_TEXT:
		return _("write your answer");
	default:
		return _("put the steps in order");
	}
}

static const char *
verdict_words(enum verdict v)
{
	switch (v) {
	case VERDICT_CORRECT:
		return _("Right!");
	case VERDICT_PARTLY:
		return _("Partly right.");
	default:
		return _("Not quite.");
	}
}

static enum role
verdict_role(enum verdict v)
{
	return v == VERDICT_CORRECT ? ROLE_CORRECT : v == VERDICT_PARTLY ?
	    ROLE_PARTLY : ROLE_WRONG;
}

static void
keys(struct ui *ui, const char **k)
{
	const char *t[20];
	size_t i;

	for (i = 0; k[i] != NULL && i < 19; i++)
		t[i] = i % 2 ? _(k[i]) : k[i];
	t[i] = NULL;
	ui_keybar(ui, t);
}

static void
draw_intro(struct ui *ui, struct ui_page *p)
{
	static const char *k[] = { "?", N_("help"), "Enter", N_("start"),
	    "Esc", N_("back"), "l", N_("language"), "q", N_("quit"), NULL };
	const struct lesson *l = ui->session->lesson;
	enum lang lang = ui->session->lang;

	page_add(p, ROLE_TITLE, 0, NULL, text_get(&l->title, lang), false);
	page_blank(p);
	if (!text_empty(&l->objective)) {
		page_add(p, ROLE_HINT, 0, _("Goal: "),
		    text_get(&l->objective, lang), false);
		page_blank(p);
	}
	page_add(p, ROLE_TEXT, 0, NULL, text_get(&l->intro, lang), false);
	page_blank(p);
	page_add(p, ROLE_PROMPT, 0, NULL, _("Press Enter to start."), true);
	page_draw(ui, p, 2, ui->rows - 3);
	keys(ui, k);
}

static void
draw_summary(struct ui *ui, struct ui_page *p)
{
	static const char *k[] = { "Enter", N_("lessons"), "q", N_("quit"),
	    NULL };
	static const char *k1[] = { "Enter", N_("finish"), NULL };
	const struct lesson *l = ui->session->lesson;
	enum lang lang = ui->session->lang;
	char line[128];
	unsigned stars = session_stars(ui->session);

	page_add(p, ROLE_TITLE, 0, NULL, _("Lesson done!"), false);
	page_blank(p);
	page_add(p, ROLE_TEXT, 0, NULL, text_get(&l->summary, lang), false);
	page_blank(p);
	snprintf(line, sizeof line, _("Right the first time: %zu of %zu."),
	    session_first_try_right(ui->session), l->nexercises);
	page_add(p, ROLE_TEXT, 0, NULL, line, false);
	snprintf(line, sizeof line, _("Stars: %u of 3"), stars);
	page_add(p, ROLE_STARS, 0, NULL, line, true);
	page_draw(ui, p, 2, ui->rows - 4);
	ui_stars(ui, ui->rows - 2, 2, stars);
	keys(ui, ui->single_lesson ? k1 : k);
}

static void
add_options(struct ui *ui, struct ui_page *p, const struct exercise *ex,
    enum lang lang)
{
	const char *text, *mark;
	char first[32];
	size_t i;
	bool sel, on;

	for (i = 0; i < ex->noptions; i++) {
		if (ex->kind == KIND_TRUE_FALSE)
			text = i == 0 ? _("True") : _("False");
		else
			text = text_get(&ex->options[i].text, lang);
		on = (ui->chosen & (1u << i)) != 0;
		if (ex->kind == KIND_MULTIPLE)
			mark = on ? "[x]" : "[ ]";
		else
			mark = on ? (ui->ascii ? "(*)" : "(•)") : "( )";
		snprintf(first, sizeof first, "%s %zu) ", mark, i + 1);
		sel = (int)i == ui->option_sel &&
		    ui->session->step == STEP_EXERCISE;
		page_add(p, sel ? ROLE_SELECTED : ROLE_OPTION, 1, first, text,
		    sel);
	}
}

static void
add_steps(struct ui *ui, struct ui_page *p, const struct exercise *ex,
    enum lang lang)
{
	char first[32];
	size_t i, k;
	int pos;
	bool sel;

	for (i = 0; i < ex->nsteps; i++) {
		pos = 0;
		for (k = 0; k < ui->norder; k++) {
			if (ui->order[k] == i)
				pos = (int)k + 1;
		}
		if (pos != 0)
			snprintf(first, sizeof first, "[%d] %zu) ", pos, i + 1);
		else
			snprintf(first, sizeof first, "[ ] %zu) ", i + 1);
		sel = (int)i == ui->option_sel &&
		    ui->session->step == STEP_EXERCISE;
		page_add(p, sel ? ROLE_SELECTED : ROLE_OPTION, 1, first,
		    text_get(&ex->steps[ex->shuffle[i]].text, lang), sel);
	}
}

/* After the last try without a right answer: what was right. */
static void
add_right_answer(struct ui *ui, struct ui_page *p, const struct exercise *ex,
    enum lang lang)
{
	char first[32];
	size_t i;

	if (ex->kind == KIND_FREE_TEXT)
		return;
	page_add(p, ROLE_PROMPT, 0, NULL, ex->kind == KIND_ORDERING ?
	    _("The right order:") : _("The right answer:"), false);
	for (i = 0; i < ex->noptions; i++) {
		if (!ex->options[i].correct)
			continue;
		snprintf(first, sizeof first, "%zu) ", i + 1);
		page_add(p, ROLE_CORRECT, 1, first, ex->kind ==
		    KIND_TRUE_FALSE ? (i == 0 ? _("True") : _("False")) :
		    text_get(&ex->options[i].text, lang), false);
	}
	for (i = 0; i < ex->nsteps; i++) {
		snprintf(first, sizeof first, "%zu. ", i + 1);
		page_add(p, ROLE_CORRECT, 1, first,
		    text_get(&ex->steps[i].text, lang), false);
	}
}

static void
draw_exercise(struct ui *ui, struct ui_page *p)
{
	static const char *k_choice[] = { "?", N_("help"), "1-9", N_("choose"),
	    "Enter", N_("answer"), "h", N_("hint"), "l", N_("language"),
	    "q", N_("quit"), NULL };
	static const char *k_multi[] = { "?", N_("help"), "Space",
	    N_("tick"), "Enter", N_("answer"), "h", N_("hint"), "l",
	    N_("language"), "q", N_("quit"), NULL };
	static const char *k_order[] = { "?", N_("help"), "1-9",
	    N_("next step"), "Bksp", N_("undo"), "Enter", N_("answer"),
	    "h", N_("hint"), "q", N_("quit"), NULL };
	static const char *k_text[] = { "Enter", N_("answer"), "Tab",
	    N_("commands"), NULL };
	static const char *k_cmds[] = { "?", N_("help"), "h", N_("hint"),
	    "l", N_("language"), "q", N_("quit"), "Tab", N_("answer"),
	    "Esc", N_("back"), NULL };
	static const char *k_review[] = { "Enter", N_("next"), "l",
	    N_("language"), "?", N_("help"), "q", N_("quit"), NULL };
	const struct exercise *ex = session_exercise(ui->session);
	enum lang lang = session_exercise_lang(ui->session);
	const struct exercise_record *rec;
	char head[160], first[32];
	size_t i, field = (size_t)-1;
	int y;

	snprintf(head, sizeof head, _("Question %zu/%zu: %s"),
	    ui->session->index + 1, ui->session->lesson->nexercises,
	    kind_words(ex->kind));
	ui_put(ui, 1, 1, ui->cols - 2, head, ROLE_TITLE);
	if (!text_empty(&ex->scenario)) {
		page_add(p, ROLE_SCENARIO, 0, NULL,
		    text_get(&ex->scenario, lang), false);
		page_blank(p);
	}
	page_add(p, ROLE_PROMPT, 0, NULL, text_get(&ex->prompt, lang), false);
	page_blank(p);
	switch (ex->kind) {
	case KIND_SINGLE:
	case KIND_MULTIPLE:
	case KIND_TRUE_FALSE:
		add_options(ui, p, ex, lang);
		break;
	case KIND_ORDERING:
		add_steps(ui, p, ex, lang);
		break;
	default:
		field = p->n;
		page_add(p, ROLE_INPUT, 1, NULL, "_",
		    ui->session->step == STEP_EXERCISE);
		break;
	}
	for (i = 0; i < ui->hints_shown && i < ex->nhints; i++) {
		page_blank(p);
		snprintf(first, sizeof first, _("Hint %zu: "), i + 1);
		page_add(p, ROLE_HINT, 0, first, text_get(&ex->hints[i], lang),
		    ui->session->step == STEP_EXERCISE && i + 1 ==
		    ui->hints_shown);
	}
	if (ui->answered) {
		page_blank(p);
		snprintf(first, sizeof first, "%s ",
		    ui_symbol(ui, ui->result.verdict));
		page_add(p, verdict_role(ui->result.verdict), 0, first,
		    verdict_words(ui->result.verdict), true);
		for (i = 0; i < ui->result.nfeedback; i++)
			page_add(p, ROLE_TEXT, 0, NULL,
			    text_get(ui->result.feedback[i], lang), true);
		rec = &ui->session->records[ui->session->index];
		if (ui->session->step == STEP_EXERCISE)
			page_add(p, ROLE_TEXT, 0, NULL, session_tries_left(
			    ui->session) == 1 ? _("Try again: this is your "
			    "last try.") : _("Try again, or press h for a "
			    "hint."), true);
		else if (rec->last != VERDICT_CORRECT)
			add_right_answer(ui, p, ex, lang);
	}
	if (ui->session->step == STEP_REVIEW &&
	    !text_empty(&ex->explanation)) {
		page_blank(p);
		page_add(p, ROLE_EXPLANATION, 0, _("Why: "),
		    text_get(&ex->explanation, lang), true);
	}
	page_draw(ui, p, 2, ui->rows - 3);
	if (field != (size_t)-1) {
		y = 2 + (int)field - ui->scroll;
		if (y >= 2 && y < ui->rows - 1)
			ui_field(ui, y, 2, p->width - 1, &ui->answer,
			    ui->focus == FOCUS_ANSWER && ui->session->step ==
			    STEP_EXERCISE && ui->overlay == OV_NONE);
	}
	if (ui->session->step == STEP_REVIEW)
		keys(ui, k_review);
	else if (ex->kind == KIND_FREE_TEXT)
		keys(ui, ui->focus == FOCUS_ANSWER ? k_text : k_cmds);
	else if (ex->kind == KIND_ORDERING)
		keys(ui, k_order);
	else
		keys(ui, ex->kind == KIND_MULTIPLE ? k_multi : k_choice);
}

void
lesson_draw(struct ui *ui)
{
	struct ui_page p;
	char title[256];

	snprintf(title, sizeof title, "tutor  %s",
	    text_get(&ui->session->lesson->title, ui->session->lang));
	ui_titlebar(ui, title);
	page_init(&p, ui->cols - 3);
	switch (ui->session->step) {
	case STEP_INTRO:
		draw_intro(ui, &p);
		break;
	case STEP_SUMMARY:
		draw_summary(ui, &p);
		break;
	default:
		draw_exercise(ui, &p);
		break;
	}
	page_free(&p);
}

static void
submit(struct ui *ui)
{
	const struct exercise *ex = session_exercise(ui->session);
	struct answer a;
	char *text = NULL;
	size_t i;

	memset(&a, 0, sizeof a);
	switch (ex->kind) {
	case KIND_FREE_TEXT:
		text = editline_utf8(&ui->answer);
		if (answer_parse(ex, text, strlen(text), &a) != PARSE_OK) {
			ui->message = _("Type your answer first, then press "
			    "Enter.");
			free(text);
			return;
		}
		break;
	case KIND_ORDERING:
		if (ui->norder != ex->nsteps) {
			ui->message = _("Choose every step in order first: "
			    "press their numbers.");
			return;
		}
		for (i = 0; i < ui->norder; i++)
			a.order[i] = ex->shuffle[ui->order[i]];
		a.norder = ui->norder;
		break;
	default:
		if (ui->chosen == 0 && ex->kind != KIND_MULTIPLE)
			ui->chosen = 1u << ui->option_sel;
		if (ui->chosen == 0) {
			ui->message = _("Tick the right answers first, with "
			    "Space or their numbers.");
			return;
		}
		a.chosen = ui->chosen;
		break;
	}
	session_answer(ui->session, &a, &ui->result);
	ui->answered = true;
	if (ui->session->save_error != NULL)
		ui->message = ui->session->save_error;
	ui->started[lesson_index(ui)] = true;
	free(text);
}

static void
show_hint(struct ui *ui)
{
	unsigned n;

	if (session_hint(ui->session, &n) == NULL)
		ui->message = _("There are no more hints for this question.");
	else
		ui->hints_shown = n;
}

static void
next(struct ui *ui)
{
	size_t idx = lesson_index(ui);
	unsigned stars;

	session_next(ui->session);
	reset_exercise(ui);
	if (ui->session->step == STEP_SUMMARY) {
		stars = session_stars(ui->session);
		if (stars > ui->stars[idx])
			ui->stars[idx] = (unsigned char)stars;
	}
}

/* Keys of the answer field; true when the key was used. */
static bool
field_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (fkey) {
		switch (ch) {
		case KEY_BACKSPACE:
			editline_backspace(&ui->answer);
			return true;
		case KEY_DC:
			editline_delete(&ui->answer);
			return true;
		case KEY_LEFT:
			/* The arrows move the way they point, in RTL too. */
			if (ui->rtl)
				editline_right(&ui->answer);
			else
				editline_left(&ui->answer);
			return true;
		case KEY_RIGHT:
			if (ui->rtl)
				editline_left(&ui->answer);
			else
				editline_right(&ui->answer);
			return true;
		case KEY_HOME:
			editline_home(&ui->answer);
			return true;
		case KEY_END:
			editline_end(&ui->answer);
			return true;
		default:
			return false;
		}
	}
	switch (ch) {
	case 127:
	case CTRL('h'):
		editline_backspace(&ui->answer);
		return true;
	case CTRL('a'):
		editline_home(&ui->answer);
		return true;
	case CTRL('e'):
		editline_end(&ui->answer);
		return true;
	case CTRL('u'):
		editline_clear(&ui->answer);
		return true;
	case CTRL('w'):
		editline_delete_word(&ui->answer);
		return true;
	case CTRL('d'):
		editline_delete(&ui->answer);
		return true;
	default:
		break;
	}
	if (ch < 0x20)
		return false;
	if (!editline_insert(&ui->answer, (wchar_t)ch) && ui->answer.full)
		ui->message = _("Your answer is long enough: press Enter.");
	return true;
}

static void
choice_key(struct ui *ui, const struct exercise *ex, wint_t ch, bool fkey)
{
	size_t n = ex->kind == KIND_ORDERING ? ex->nsteps : ex->noptions, i;
	unsigned k;

	if (fkey && ch == KEY_UP) {
		if (ui->option_sel > 0)
			ui->option_sel--;
		return;
	}
	if (fkey && ch == KEY_DOWN) {
		if (ui->option_sel + 1 < (int)n)
			ui->option_sel++;
		return;
	}
	if (ex->kind == KIND_ORDERING) {
		if ((fkey && ch == KEY_BACKSPACE) || (!fkey && (ch == 127 ||
		    ch == CTRL('h')))) {
			if (ui->norder > 0)
				ui->norder--;
			return;
		}
		if (!fkey && ch >= L'1' && ch <= L'9')
			k = (unsigned)(ch - L'1');
		else if ((!fkey && ch == L' ') || (is_enter(ch, fkey) &&
		    ui->norder < n))
			k = (unsigned)ui->option_sel;
		else {
			if (is_enter(ch, fkey))
				submit(ui);
			return;
		}
		if (k >= n)
			return;
		for (i = 0; i < ui->norder; i++) {
			if (ui->order[i] == k)
				return;		/* already placed */
		}
		ui->order[ui->norder++] = k;
		ui->option_sel = (int)k;
		/* Move the highlight to the next step not yet placed. */
		for (i = 0; i < n && ui->norder < n; i++) {
			size_t j, cand = ((size_t)ui->option_sel + i) % n;
			for (j = 0; j < ui->norder; j++) {
				if (ui->order[j] == cand)
					break;
			}
			if (j == ui->norder) {
				ui->option_sel = (int)cand;
				break;
			}
		}
		return;
	}
	if (!fkey && ch >= L'1' && ch <= L'9' && (size_t)(ch - L'1') < n) {
		k = (unsigned)(ch - L'1');
		ui->option_sel = (int)k;
		if (ex->kind == KIND_MULTIPLE)
			ui->chosen ^= 1u << k;
		else
			ui->chosen = 1u << k;
		return;
	}
	if (!fkey && ch == L' ') {
		if (ex->kind == KIND_MULTIPLE)
			ui->chosen ^= 1u << ui->option_sel;
		else
			ui->chosen = 1u << ui->option_sel;
		return;
	}
	if (is_enter(ch, fkey))
		submit(ui);
}

/* Keys that work on every lesson screen when not typing. */
static bool
command_key(struct ui *ui, wint_t ch, bool fkey)
{
	if (fkey)
		return false;
	if (ui_common_key(ui, ch, fkey))
		return true;
	switch (ch) {
	case L'h':
	case L'H':
		if (ui->session->step == STEP_EXERCISE)
			show_hint(ui);
		return true;
	case 27:
		leave(ui);
		return true;
	default:
		return false;
	}
}

void
lesson_key(struct ui *ui, wint_t ch, bool fkey)
{
	struct session *s = ui->session;
	const struct exercise *ex;

	if (fkey && ch == KEY_NPAGE) {
		ui->scroll += ui->rows / 2;
		return;
	}
	if (fkey && ch == KEY_PPAGE) {
		ui->scroll -= ui->rows / 2;
		return;
	}
	if (s->step == STEP_EXERCISE &&
	    session_exercise(s)->kind == KIND_FREE_TEXT &&
	    ui->focus == FOCUS_ANSWER) {
		if (!fkey && (ch == L'\t' || ch == 27)) {
			ui->focus = FOCUS_COMMANDS;
			return;
		}
		if (is_enter(ch, fkey)) {
			submit(ui);
			return;
		}
		if (!fkey && ch == CTRL('q')) {
			ui->overlay = OV_QUIT;
			return;
		}
		field_key(ui, ch, fkey);
		return;
	}
	if (!fkey && ch == L'\t' && s->step == STEP_EXERCISE) {
		ui->focus = FOCUS_ANSWER;
		return;
	}
	if (command_key(ui, ch, fkey))
		return;
	switch (s->step) {
	case STEP_INTRO:
		if (is_enter(ch, fkey) || (!fkey && ch == L' ')) {
			session_begin(s);
			reset_exercise(ui);
		}
		break;
	case STEP_EXERCISE:
		ex = session_exercise(s);
		if (ex->kind == KIND_FREE_TEXT) {
			if (is_enter(ch, fkey))
				ui->focus = FOCUS_ANSWER;
		} else
			choice_key(ui, ex, ch, fkey);
		break;
	case STEP_REVIEW:
		if (is_enter(ch, fkey) || (!fkey && ch == L' '))
			next(ui);
		break;
	case STEP_SUMMARY:
		if (is_enter(ch, fkey))
			leave(ui);
		break;
	}
}
