/*
 * test_session.c: the lesson walk that both front ends drive: steps,
 * tries, hints, and stars.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "session.h"
#include "tap.h"

static struct lesson *
load(void)
{
	char path[1024];
	const char *fixtures = getenv("FIXTURES");
	struct diags d;
	struct lesson *l;

	snprintf(path, sizeof path, "%s/good/sample.yaml",
	    fixtures ? fixtures : "tests/fixtures");
	diags_init(&d);
	l = loader_load_file(path, &d);
	diags_free(&d);
	if (l == NULL) {
		printf("Bail out! cannot load %s\n", path);
		exit(1);
	}
	return l;
}

static void
answer(struct session *s, const char *line, struct result *r)
{
	struct answer a;

	if (answer_parse(session_exercise(s), line, strlen(line), &a) !=
	    PARSE_OK)
		memset(&a, 0, sizeof a);
	session_answer(s, &a, r);
}

/* The typed answer that is right for the current exercise. */
static void
right_answer(const struct session *s, char *buf, size_t size)
{
	const struct exercise *ex = session_exercise(s);
	unsigned place[EXERCISE_MAX_STEPS];
	size_t i, used = 0;

	buf[0] = '\0';
	switch (ex->kind) {
	case KIND_ORDERING:
		for (i = 0; i < ex->nsteps; i++)
			place[ex->shuffle[i]] = (unsigned)i + 1;
		for (i = 0; i < ex->nsteps; i++)
			used += (size_t)snprintf(buf + used, size - used, "%u ",
			    place[i]);
		break;
	case KIND_FREE_TEXT:
		snprintf(buf, size, "%s", ex->examples[LANG_EN].v[0].answer);
		break;
	default:
		for (i = 0; i < ex->noptions; i++) {
			if (ex->options[i].correct)
				used += (size_t)snprintf(buf + used,
				    size - used, "%zu ", i + 1);
		}
		break;
	}
}

static void
perfect_walk(struct lesson *l)
{
	struct session *s = session_create(l, LANG_EN);
	struct result r;
	char buf[64];
	size_t n = 0;

	ok(s->step == STEP_INTRO && session_stars(s) == 0, "starts at intro");
	session_begin(s);
	while (s->step == STEP_EXERCISE) {
		right_answer(s, buf, sizeof buf);
		answer(s, buf, &r);
		if (!ok(r.verdict == VERDICT_CORRECT && s->step == STEP_REVIEW,
		    "exercise %zu right at once (%s)", n + 1, buf))
			break;
		session_next(s);
		n++;
	}
	ok(n == l->nexercises && s->step == STEP_SUMMARY, "reaches summary");
	ok(session_stars(s) == 3, "all right at once: three stars");
	ok(session_first_try_right(s) == l->nexercises, "all first try");
	session_free(s);
}

static void
struggling_walk(struct lesson *l)
{
	struct session *s = session_create(l, LANG_FR);
	const struct text *h;
	struct result r;
	unsigned num = 0;
	char buf[64];

	session_begin(s);
	/* pick-one: two hints, then nothing more. */
	h = session_hint(s, &num);
	ok(h != NULL && num == 1, "first hint");
	is_str(text_get(h, s->lang), "Un inconnu pourrait-il te trouver ?",
	    "hint in French");
	h = session_hint(s, &num);
	ok(h != NULL && num == 2, "second hint");
	ok(session_hint(s, &num) == NULL, "no third hint");
	answer(s, "2", &r);
	ok(r.verdict == VERDICT_WRONG && s->step == STEP_EXERCISE &&
	    session_tries_left(s) == 2, "a wrong try: two left");
	answer(s, "3", &r);
	ok(s->step == STEP_EXERCISE && session_tries_left(s) == 1,
	    "another wrong try: one left");
	answer(s, "2", &r);
	ok(s->step == STEP_REVIEW && s->records[0].tries == 3 &&
	    s->records[0].last == VERDICT_WRONG, "third wrong try ends it");
	ok(session_hint(s, &num) == NULL, "no hint after the exercise");
	session_next(s);
	ok(s->index == 1 && s->step == STEP_EXERCISE, "next exercise");
	answer(s, "1", &r);
	ok(r.verdict == VERDICT_PARTLY && s->step == STEP_EXERCISE,
	    "partly right: try again");
	answer(s, "1 3", &r);
	ok(r.verdict == VERDICT_CORRECT && s->step == STEP_REVIEW &&
	    s->records[1].first == VERDICT_PARTLY, "right at the second try");
	/* The rest wrong three times. */
	while (session_next(s), s->step == STEP_EXERCISE) {
		while (s->step == STEP_EXERCISE) {
			right_answer(s, buf, sizeof buf);
			if (session_exercise(s)->kind == KIND_FREE_TEXT)
				answer(s, "je ne sais pas", &r);
			else if (session_exercise(s)->kind == KIND_ORDERING)
				answer(s, "x", &r);
			else
				answer(s, "1", &r);
		}
	}
	ok(s->step == STEP_SUMMARY, "summary reached");
	/* Points: 0 + 1 + 0 + 0 + 0 of 10: one star for finishing. */
	ok(session_stars(s) == 1, "struggling: one star (%u)",
	    session_stars(s));
	ok(session_first_try_right(s) == 0, "none right the first time");
	session_free(s);
}

static void
language_fallback(struct lesson *l)
{
	struct session *s = session_create(l, LANG_ZGH);

	session_begin(s);
	ok(session_exercise_lang(s) == LANG_FR,
	    "zgh child: an en/fr exercise is shown in fr (via ar)");
	s->index = 2;
	ok(session_exercise_lang(s) == LANG_AR,
	    "zgh child: an exercise with ar is shown in ar");
	session_free(s);
}

int
main(void)
{
	struct lesson *l = load();

	perfect_walk(l);

	struggling_walk(l);
	language_fallback(l);
	lesson_free(l);
	return tap_done();
}
