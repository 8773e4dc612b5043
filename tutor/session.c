/*
 * session.c: the lesson walk. Stars reward getting there without help:
 * an exercise right at the first try without hints is worth two points,
 * right later or with hints one point, partly right at the end one
 * point, wrong none. Three stars from 85% of the points, two from 50%,
 * and finishing a lesson always earns one.
 */
#include "config.h"

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
	free(s);
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
}

void
session_begin(struct session *s)
{
	if (s->step != STEP_INTRO)
		return;
	s->index = 0;
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
