/*
 * session.c: the lesson walk. Stars reward getting there without help:
 * an exercise right at the first try without hints is worth two points,
 * right later or with hints one point, partly right at the end one
 * point, wrong none. Three stars from 85% of the points, two from 50%,
 * and finishing a lesson always earns one.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "session.h"
#include "util.h"

struct session *
session_create(const struct lesson *l, enum lang lang)
{
	struct session *s;

	s = xcalloc(1, sizeof *s);
	s->lesson = l;
	s->lang = lang;
	s->step = STEP_INTRO;
	s->records = xcalloc(l->nexercises, sizeof *s->records);
	return s;
}

void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	free(s->records);
	free(s->save_error);
	free(s);
}

/* Keep the outcome of a save: NULL error when it worked. */
static void
saved(struct session *s, int rc, char *err)
{
	free(s->save_error);
	s->save_error = rc == 0 ? NULL : err;
	if (rc == 0)
		free(err);
}

void
session_attach(struct session *s, struct progress *p)
{
	const struct lesson_progress *lp;
	const struct attempt *at;
	struct exercise_record *rec;
	size_t i, k;

	s->progress = p;
	s->resume = 0;
	if (p == NULL)
		return;
	lp = progress_lesson(p, s->lesson->id);
	if (lp != NULL && !lp->done && lp->position < s->lesson->nexercises)
		s->resume = lp->position;
	/*
	 * The exercises done before the child stopped count for the stars:
	 * their records come back from the saved answers (the most recent
	 * try of each, after the lesson was last started afresh).
	 */
	for (i = 0; i <= s->resume && i < s->lesson->nexercises; i++) {
		rec = &s->records[i];
		for (k = 0; k < p->nattempts; k++) {
			at = &p->attempts[k];
			if (strcmp(at->lesson, s->lesson->id) != 0 ||
			    strcmp(at->exercise, s->lesson->exercises[i].id) !=
			    0)
				continue;
			if (at->try_no == 1) {
				rec->first = at->verdict;
				rec->hints = 0;
			}
			rec->tries = at->try_no;
			rec->last = at->verdict;
			if (at->hints > rec->hints)
				rec->hints = at->hints;
			rec->done = i < s->resume || at->verdict ==
			    VERDICT_CORRECT || at->try_no >= EXERCISE_MAX_TRIES;
		}
	}
	/* Stopped on the explanation of a finished exercise: go on. */
	if (s->resume < s->lesson->nexercises && s->records[s->resume].done &&
	    s->resume + 1 < s->lesson->nexercises)
		s->resume++;
	else if (s->resume < s->lesson->nexercises &&
	    !s->records[s->resume].done)
		memset(&s->records[s->resume], 0, sizeof s->records[0]);
}

bool
session_resuming(const struct session *s)
{
	return s->resume != 0;
}

static void
save_position(struct session *s)
{
	char *err = NULL;
	int rc;

	if (s->progress == NULL)
		return;
	rc = progress_set_position(s->progress, s->lesson->id, s->index, &err);
	saved(s, rc, err);
}

static void
save_attempt(struct session *s, const struct exercise *ex,
    const struct answer *a, const struct result *r)
{
	struct attempt at;
	char rule[32], *err = NULL, *text = NULL;
	time_t now = time(NULL);
	int rc;

	if (s->progress == NULL)
		return;
	memset(&at, 0, sizeof at);
	at.lesson = s->lesson->id;
	at.exercise = ex->id;
	at.when = now;
	at.verdict = r->verdict;
	at.try_no = s->records[s->index].tries;
	at.hints = s->records[s->index].hints;
	at.seconds = now > s->last_answer ? (unsigned)(now - s->last_answer) :
	    0;
	if (ex->kind == KIND_FREE_TEXT) {
		if (r->rule >= 0)
			snprintf(rule, sizeof rule, "rule %d", r->rule + 1);
		else
			snprintf(rule, sizeof rule, "default");
		at.rule = rule;
		/* The text only where a trainer chose to keep it. */
		if (s->progress->keep_answers && a->text != NULL)
			at.answer = text = xstrndup(a->text, a->len < 4096 ?
			    a->len : 4096);
	}
	rc = progress_add_attempt(s->progress, &at, &err);
	free(text);
	saved(s, rc, err);
}

const struct exercise *
session_exercise(const struct session *s)
{
	if (s->index >= s->lesson->nexercises)
		return NULL;
	return &s->lesson->exercises[s->index];
}

enum lang
session_exercise_lang(const struct session *s)
{
	const struct exercise *ex = session_exercise(s);

	return ex == NULL ? s->lang : exercise_lang(ex, s->lang);
}

static void
enter_exercise(struct session *s)
{
	s->step = STEP_EXERCISE;
	s->records[s->index].started = time(NULL);
	s->last_answer = s->records[s->index].started;
	save_position(s);
}

void
session_begin(struct session *s)
{
	if (s->step != STEP_INTRO)
		return;
	s->index = s->resume < s->lesson->nexercises ? s->resume : 0;
	enter_exercise(s);
}

const struct text *
session_hint(struct session *s, unsigned *number)
{
	const struct exercise *ex = session_exercise(s);
	struct exercise_record *rec;

	if (ex == NULL || s->step != STEP_EXERCISE)
		return NULL;
	rec = &s->records[s->index];
	if (rec->hints >= ex->nhints)
		return NULL;
	*number = rec->hints + 1;
	return &ex->hints[rec->hints++];
}

unsigned
session_tries_left(const struct session *s)
{
	if (s->index >= s->lesson->nexercises)
		return 0;
	return EXERCISE_MAX_TRIES - s->records[s->index].tries;
}

void
session_answer(struct session *s, const struct answer *a, struct result *r)
{
	const struct exercise *ex = session_exercise(s);
	struct exercise_record *rec;
	time_t now;

	if (ex == NULL || s->step != STEP_EXERCISE) {
		memset(r, 0, sizeof *r);
		return;
	}
	rec = &s->records[s->index];
	checker_check(ex, session_exercise_lang(s), a, r);
	if (rec->tries == 0)
		rec->first = r->verdict;
	rec->tries++;
	rec->last = r->verdict;
	if (r->verdict == VERDICT_CORRECT || rec->tries >= EXERCISE_MAX_TRIES) {
		rec->done = true;
		now = time(NULL);
		if (now > rec->started)
			rec->seconds += (unsigned)(now - rec->started);
		s->step = STEP_REVIEW;
	}
	s->last = *r;
	save_attempt(s, ex, a, r);
	s->last_answer = time(NULL);
}

void
session_next(struct session *s)
{
	if (s->step == STEP_INTRO) {
		session_begin(s);
		return;
	}
	if (s->step != STEP_REVIEW)
		return;
	if (s->index + 1 < s->lesson->nexercises) {
		s->index++;
		enter_exercise(s);
	} else {
		s->index = s->lesson->nexercises;
		s->step = STEP_SUMMARY;
		if (s->progress != NULL) {
			char *err = NULL;
			int rc = progress_finish_lesson(s->progress,
			    s->lesson->id, session_stars(s), &err);
			saved(s, rc, err);
		}
	}
}

unsigned
session_stars(const struct session *s)
{
	const struct exercise_record *rec;
	size_t i, points = 0, done = 0;

	for (i = 0; i < s->lesson->nexercises; i++) {
		rec = &s->records[i];
		if (!rec->done)
			continue;
		done++;
		if (rec->last == VERDICT_CORRECT && rec->tries == 1 &&
		    rec->hints == 0)
			points += 2;
		else if (rec->last != VERDICT_WRONG)
			points += 1;
	}
	if (done == 0)
		return 0;
	/* Out of two points for every exercise of the lesson. */
	if (points * 100 >= 85 * 2 * s->lesson->nexercises)
		return 3;
	if (points * 100 >= 50 * 2 * s->lesson->nexercises)
		return 2;
	return 1;
}

size_t
session_first_try_right(const struct session *s)
{
	size_t i, n = 0;

	for (i = 0; i < s->lesson->nexercises; i++) {
		if (s->records[i].tries != 0 &&
		    s->records[i].first == VERDICT_CORRECT)
			n++;
	}
	return n;
}
