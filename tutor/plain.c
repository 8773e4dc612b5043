/*
 * plain.c: the line-mode front end. It walks a lesson exactly as the
 * full interface does (it drives the same session), but prints plain
 * lines in logical order, with no cursor movement and no colour, so
 * that a screen reader reads it in order and a script can drive it.
 * Commands are words ("hint", "quit"), accepted in every language.
 */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "checker.h"
#include "i18n.h"
#include "kiosk.h"
#include "learner.h"
#include "normalize.h"
#include "plain.h"
#include "session.h"
#include "util.h"

#define LINE_MAX_BYTES	65536	/* the rest of a longer line is dropped */

enum command {
	CMD_NONE,
	CMD_HINT,
	CMD_HELP,
	CMD_QUIT,
	CMD_LANG
};

struct plain {
	const struct catalog *cat;
	struct progress	*progress;	/* the learner's, or NULL */
	FILE		*in;
	FILE		*out;
	enum lang	 lang;
	char		*line;		/* the last line read */
	size_t		 len;
	bool		 eof;
};

/* Read one line, at most LINE_MAX_BYTES of it. False at end of input. */
static bool
read_line(struct plain *p)
{
	struct buf b;
	int ch;
	bool any = false;

	/* The session's time limit (kiosk.h): it ends like the input. */
	if (time_limit_handover(p->out)) {
		p->eof = true;
		return false;
	}
	fputs("> ", p->out);
	fflush(p->out);
	buf_init(&b);
	while ((ch = getc(p->in)) != EOF) {
		any = true;
		if (ch == '\n')
			break;
		if (b.len < LINE_MAX_BYTES)
			buf_addc(&b, (char)ch);
	}
	/* The time limit's alarm interrupts the read: the line is dropped. */
	if (time_limit_handover(p->out)) {
		clearerr(p->in);
		any = false;
	}
	free(p->line);
	p->len = b.len;
	p->line = buf_take(&b);
	if (!any) {
		p->eof = true;
		fputc('\n', p->out);
		return false;
	}
	if (p->len > 0 && p->line[p->len - 1] == '\r')
		p->line[--p->len] = '\0';
	return true;
}

/* Commands in every language, folded. */
static const struct {
	const char	*word;
	enum command	 cmd;
} commands[] = {
	{ "hint", CMD_HINT }, { "indice", CMD_HINT }, { "aide-moi", CMD_HINT },
	{ "تلميح", CMD_HINT }, { "?", CMD_HINT },
	{ "help", CMD_HELP }, { "aide", CMD_HELP }, { "مساعده", CMD_HELP },
	{ "quit", CMD_QUIT }, { "exit", CMD_QUIT }, { "quitter", CMD_QUIT },
	{ "خروج", CMD_QUIT },
	{ "lang", CMD_LANG }, { "langue", CMD_LANG }, { "لغه", CMD_LANG },
};

/* TRANSLATORS: the command words a child types in the line mode. */
static const struct {
	const char	*word;
	enum command	 cmd;
} shown[] = {
	{ N_("hint"), CMD_HINT }, { N_("help"), CMD_HELP },
	{ N_("quit"), CMD_QUIT }, { N_("lang"), CMD_LANG },
};

static enum command
command_of(const char *line, size_t len, enum lang *lang)
{
	char *s, *arg;
	size_t i;
	enum command cmd = CMD_NONE;

	if ((s = normalize_fold(line, len)) == NULL)
		fatal("out of memory");
	arg = strchr(s, ' ');
	if (arg != NULL)
		*arg++ = '\0';
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
		if (strcmp(s, commands[i].word) == 0) {
			cmd = commands[i].cmd;
			break;
		}
	}
	/* The words shown on screen, in the interface's language. */
	for (i = 0; cmd == CMD_NONE && i < sizeof shown / sizeof shown[0];
	    i++) {
		char *w = normalize_fold(_(shown[i].word),
		    strlen(_(shown[i].word)));
		if (w != NULL && strcmp(s, w) == 0)
			cmd = shown[i].cmd;
		free(w);
	}
	if (cmd == CMD_LANG) {
		*lang = arg == NULL ? LANG_NONE : lang_from_code(arg);
	} else if (arg != NULL)
		cmd = CMD_NONE;	/* "hint me" is an answer, not a command */
	free(s);
	return cmd;
}

static void
put_text(struct plain *p, const struct text *t, enum lang lang)
{
	const char *s = text_get(t, lang);

	if (s[0] != '\0')
		fprintf(p->out, "%s\n", s);
}

static const char *
kind_hint(enum kind k)
{
	switch (k) {
	case KIND_SINGLE:
		return _("choose one answer");
	case KIND_MULTIPLE:
		return _("choose every right answer");
	case KIND_TRUE_FALSE:
		return _("true or false");
	case KIND_FREE_TEXT:
		return _("write your answer");
	case KIND_ORDERING:
		return _("put the steps in order");
	default:
		return "";
	}
}

static void
show_exercise(struct plain *p, struct session *s)
{
	const struct exercise *ex = session_exercise(s);
	enum lang lang = session_exercise_lang(s);
	size_t i;

	fprintf(p->out, "\n-- %s %zu/%zu (%s) --\n", _("Question"),
	    s->index + 1, s->lesson->nexercises, kind_hint(ex->kind));
	if (!text_empty(&ex->scenario)) {
		put_text(p, &ex->scenario, lang);
		fputc('\n', p->out);
	}
	put_text(p, &ex->prompt, lang);
	switch (ex->kind) {
	case KIND_SINGLE:
	case KIND_MULTIPLE:
		for (i = 0; i < ex->noptions; i++)
			fprintf(p->out, "  %zu) %s\n", i + 1,
			    text_get(&ex->options[i].text, lang));
		break;
	case KIND_TRUE_FALSE:
		fprintf(p->out, "  1) %s\n  2) %s\n", _("True"), _("False"));
		break;
	case KIND_ORDERING:
		for (i = 0; i < ex->nsteps; i++)
			fprintf(p->out, "  %zu) %s\n", i + 1,
			    text_get(&ex->steps[ex->shuffle[i]].text, lang));
		break;
	default:
		break;
	}
	fprintf(p->out, "%s %s %s, %s, %s.\n", answer_instruction(ex),
	    _("Commands:"), _("hint"), _("help"), _("quit"));
}

static void
show_help(struct plain *p)
{
	fprintf(p->out, "%s\n", _("Type your answer and press Enter. "
	    "Commands:"));
	fprintf(p->out, "  %-8s %s\n", _("hint"),
	    _("a clue (ask again for the next one)"));
	fprintf(p->out, "  %s XX  %s\n", _("lang"),
	    _("change language: ar, fr, en or zgh"));
	fprintf(p->out, "  %-8s %s\n", _("help"), _("this help"));
	fprintf(p->out, "  %-8s %s\n", _("quit"), _("stop here"));
}

static const char *
verdict_line(enum verdict v)
{
	switch (v) {
	case VERDICT_CORRECT:
		return _("(+) Right!");
	case VERDICT_PARTLY:
		return _("(~) Partly right.");
	default:
		return _("(x) Not quite.");
	}
}

static void
show_result(struct plain *p, struct session *s, const struct result *r)
{
	enum lang lang = session_exercise_lang(s);
	unsigned left;
	size_t i;

	fprintf(p->out, "%s\n", verdict_line(r->verdict));
	for (i = 0; i < r->nfeedback; i++)
		put_text(p, r->feedback[i], lang);
	if (s->step == STEP_EXERCISE) {
		left = session_tries_left(s);
		if (left == 1)
			fprintf(p->out, _("Try again: this is your last try. "
			    "Type %s for a clue.\n"), _("hint"));
		else
			fprintf(p->out, _("Try again: %u tries left. Type %s "
			    "for a clue.\n"), left, _("hint"));
	}
}

/* After the last try without a right answer: what was right. */
static void
show_right_answer(struct plain *p, const struct exercise *ex, enum lang lang)
{
	size_t i;

	switch (ex->kind) {
	case KIND_SINGLE:
	case KIND_MULTIPLE:
		fprintf(p->out, "%s\n", _("The right answer:"));
		for (i = 0; i < ex->noptions; i++) {
			if (ex->options[i].correct)
				fprintf(p->out, "  %zu) %s\n", i + 1,
				    text_get(&ex->options[i].text, lang));
		}
		break;
	case KIND_TRUE_FALSE:
		fprintf(p->out, "%s %s\n", _("The right answer:"),
		    ex->options[0].correct ? _("True") : _("False"));
		break;
	case KIND_ORDERING:
		fprintf(p->out, "%s\n", _("The right order:"));
		for (i = 0; i < ex->nsteps; i++)
			fprintf(p->out, "  %zu. %s\n", i + 1,
			    text_get(&ex->steps[i].text, lang));
		break;
	default:
		break;
	}
}

static void
show_review(struct plain *p, struct session *s)
{
	const struct exercise *ex = session_exercise(s);
	enum lang lang = session_exercise_lang(s);

	if (s->last.verdict != VERDICT_CORRECT)
		show_right_answer(p, ex, lang);
	if (!text_empty(&ex->explanation)) {
		fprintf(p->out, "%s ", _("Why:"));
		put_text(p, &ex->explanation, lang);
	}
	fprintf(p->out, "%s\n", s->index + 1 < s->lesson->nexercises ?
	    _("Press Enter for the next question.") :
	    _("Press Enter to finish the lesson."));
}

static void
show_summary(struct plain *p, struct session *s)
{
	unsigned stars = session_stars(s), i;

	fprintf(p->out, "\n== %s: %s ==\n", _("Lesson done"),
	    text_get(&s->lesson->title, s->lang));
	put_text(p, &s->lesson->summary, s->lang);
	fprintf(p->out, "%s ", _("Stars:"));
	for (i = 0; i < 3; i++)
		fputs(i < stars ? "[*]" : "[ ]", p->out);
	fprintf(p->out, _(" (%u of 3)\n"), stars);
	fprintf(p->out, _("Right the first time: %zu of %zu.\n"),
	    session_first_try_right(s), s->lesson->nexercises);
}

/* Once per problem: saving failed, the child keeps working. */
static void
show_save_error(struct plain *p, struct session *s)
{
	static bool told;

	if (s->save_error == NULL) {
		told = false;
		return;
	}
	if (!told)
		fprintf(p->out, "%s %s\n", _("Your progress cannot be saved "
		    "right now:"), s->save_error);
	told = true;
}

enum outcome {
	OUT_DONE,	/* the lesson was finished */
	OUT_QUIT,	/* the child typed quit */
	OUT_EOF		/* input ended */
};

/*
 * Handle a command typed anywhere; returns true when the line was one.
 * *quit is set for quit.
 */
static bool
handle_command(struct plain *p, struct session *s, bool *quit)
{
	const struct text *hint;
	enum command cmd;
	enum lang lang;
	unsigned n;

	*quit = false;
	cmd = command_of(p->line, p->len, &lang);
	switch (cmd) {
	case CMD_QUIT:
		*quit = true;
		return true;
	case CMD_HELP:
		show_help(p);
		return true;
	case CMD_LANG:
		if (lang == LANG_NONE) {
			fprintf(p->out, _("Type %s and a language: ar, fr, en "
			    "or zgh.\n"), _("lang"));
			return true;
		}
		p->lang = lang;
		i18n_set_lang(lang);
		if (s != NULL) {
			s->lang = lang;
			if (s->step == STEP_EXERCISE)
				show_exercise(p, s);
		}
		return true;
	case CMD_HINT:
		if (s == NULL || s->step != STEP_EXERCISE)
			return false;
		if ((hint = session_hint(s, &n)) == NULL)
			fprintf(p->out, "%s\n", _("There are no more hints."));
		else {
			fprintf(p->out, _("Hint %u: "), n);
			put_text(p, hint, session_exercise_lang(s));
		}
		return true;
	default:
		return false;
	}
}

static enum outcome
run_lesson(struct plain *p, const struct lesson *l)
{
	struct session *s;
	struct answer a;
	struct result r;
	enum parse_error pe;
	enum outcome out = OUT_DONE;
	bool quit;

	s = session_create(l, p->lang);
	session_attach(s, p->progress);
	fprintf(p->out, "\n== %s ==\n", text_get(&l->title, s->lang));
	if (!text_empty(&l->objective)) {
		fprintf(p->out, "%s ", _("Goal:"));
		put_text(p, &l->objective, s->lang);
	}
	fputc('\n', p->out);
	put_text(p, &l->intro, s->lang);
	fprintf(p->out, "%s\n", _("Press Enter to start (or type quit)."));
	while (s->step != STEP_SUMMARY) {
		if (!read_line(p)) {
			out = OUT_EOF;
			break;
		}
		if (handle_command(p, s, &quit)) {
			if (quit) {
				out = OUT_QUIT;
				break;
			}
			continue;
		}
		switch (s->step) {
		case STEP_INTRO:
			session_begin(s);
			if (session_resuming(s))
				fprintf(p->out, _("Welcome back! You go on at "
				    "question %zu.\n"), s->index + 1);
			show_exercise(p, s);
			break;
		case STEP_EXERCISE:
			pe = answer_parse(session_exercise(s), p->line, p->len,
			    &a);
			if (pe != PARSE_OK) {
				fprintf(p->out, "%s\n", parse_error_message(
				    session_exercise(s), pe));
				break;
			}
			session_answer(s, &a, &r);
			show_result(p, s, &r);
			show_save_error(p, s);
			if (s->step == STEP_REVIEW)
				show_review(p, s);
			break;
		case STEP_REVIEW:
			session_next(s);
			if (s->step == STEP_EXERCISE)
				show_exercise(p, s);
			break;
		default:
			break;
		}
	}
	if (s->step == STEP_SUMMARY)
		show_summary(p, s);
	p->lang = s->lang;
	session_free(s);
	return out;
}

static void
show_menu(struct plain *p)
{
	const struct lesson_progress *lp;
	const struct lesson *l;
	char state[128];
	size_t i;
	int theme = -1;
	static const char *themes[THEME_COUNT] = {
		N_("Digital safety"), N_("Social media"), N_("AI ethics")
	};

	fprintf(p->out, "\n%s\n", _("Lessons:"));
	for (i = 0; i < p->cat->n; i++) {
		l = p->cat->lessons[i];
		if ((int)l->theme != theme) {
			theme = (int)l->theme;
			fprintf(p->out, " %s\n", _(themes[l->theme]));
		}
		lp = p->progress ? progress_lesson(p->progress, l->id) : NULL;
		if (lp != NULL && lp->done)
			snprintf(state, sizeof state, _(" - done, %u of 3 "
			    "stars"), lp->stars);
		else if (lp != NULL)
			snprintf(state, sizeof state, "%s", _(" - started"));
		else
			state[0] = '\0';
		fprintf(p->out, "  %2zu. %s (%s %s)%s\n", i + 1,
		    text_get(&l->title, p->lang), _("ages"),
		    age_code(l->age), state);
	}
	fprintf(p->out, "%s\n", _("Type a lesson number, or quit."));
}

/*
 * Who is learning: --profile, or a name typed (or chosen by number from
 * this account's learners). Returns false at the end of input.
 */
static bool
choose_learner(struct plain *p, const struct plain_options *o)
{
	struct profile_info *v = NULL;
	const char *name = o->profile;
	char *err = NULL, *end, *typed = NULL;
	size_t n = 0, i;
	unsigned long k;

	if (o->store == NULL)
		return true;
	while (name == NULL) {
		if (store_profiles(o->store, &v, &n) != 0)
			n = 0;
		fprintf(p->out, "\n%s\n", _("Who are you? Type your name (or "
		    "its number)."));
		for (i = 0; i < n; i++)
			fprintf(p->out, "  %zu. %s\n", i + 1, v[i].name);
		if (!read_line(p)) {
			profile_info_free(v, n);
			return false;
		}
		k = strtoul(p->line, &end, 10);
		if (end != p->line && *end == '\0' && k >= 1 && k <= n)
			typed = xstrdup(v[k - 1].name);
		else if ((typed = profile_clean_name(p->line))[0] == '\0') {
			free(typed);
			typed = NULL;
		}
		profile_info_free(v, n);
		name = typed;
	}
	p->progress = learner_open(o->store, name, o->lang, o->age, &err);
	free(typed);
	if (p->progress == NULL) {
		fprintf(p->out, "%s %s\n", _("Your progress cannot be kept:"),
		    err);
		free(err);
		return true;
	}
	if (p->progress->notice != NULL)
		fprintf(p->out, "%s\n", p->progress->notice);
	if (p->progress->readonly)
		fprintf(p->out, "%s\n", _("This name is open in another "
		    "session: what you do here will not be saved."));
	if (!o->lang_given && p->progress->lang < LANG_COUNT) {
		p->lang = p->progress->lang;
		i18n_set_lang(p->lang);
	}
	return true;
}

int
plain_run(const struct catalog *cat, const struct plain_options *o)
{
	struct plain p;
	const struct lesson *l;
	enum outcome out;
	unsigned long n;
	char *end, *folded;
	bool quit, ok;

	memset(&p, 0, sizeof p);
	p.cat = cat;
	p.in = o->in;
	p.out = o->out;
	p.lang = o->lang;
	if (!choose_learner(&p, o)) {
		free(p.line);
		return 0;
	}
	if (o->lesson != NULL) {
		if ((l = catalog_lesson(cat, o->lesson)) != NULL)
			run_lesson(&p, l);
		progress_close(p.progress);
		free(p.line);
		return 0;
	}
	if (cat->n == 0) {
		fprintf(p.out, "%s\n", _("There are no lessons to show."));
		progress_close(p.progress);
		free(p.line);
		return 0;
	}
	for (;;) {
		show_menu(&p);
		if (!read_line(&p))
			break;
		if (handle_command(&p, NULL, &quit)) {
			if (quit)
				break;
			continue;
		}
		/* Folding turns Arabic-Indic digits into 0-9. */
		if ((folded = normalize_fold(p.line, p.len)) == NULL)
			fatal("out of memory");
		n = strtoul(folded, &end, 10);
		ok = end != folded && *end == '\0' && n >= 1 && n <= cat->n;
		free(folded);
		if (!ok) {
			fprintf(p.out, "%s\n", _("Type the number of a lesson "
			    "from the list."));
			continue;
		}
		out = run_lesson(&p, cat->lessons[n - 1]);
		if (out != OUT_DONE)
			break;
	}
	progress_close(p.progress);
	free(p.line);
	return 0;
}
