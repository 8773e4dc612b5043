/*
 * test_merge.c: one learner's progress from two machines made one: the
 * union of attempts with exact copies once, nothing lost, the answer's
 * text kept, lessons and settings from the right side, idempotence,
 * records of a later tutor, the format's limit, and a result that reads
 * back as a whole file.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "merge.h"
#include "progress.h"
#include "tap.h"
#include "util.h"

#define T0 1714557600	/* 2024-05-01T10:00:00Z */

static void
set(struct progress *p, const char *name, enum lang lang)
{
	memset(p, 0, sizeof *p);
	p->name = xstrdup(name);
	p->lang = lang;
	p->age = AGE_8_10;
}

static void
lesson(struct progress *p, const char *id, size_t pos, unsigned stars,
    bool done, time_t updated)
{
	struct lesson_progress *l;

	p->lessons = xreallocarray(p->lessons, p->nlessons + 1,
	    sizeof *p->lessons);
	l = &p->lessons[p->nlessons++];
	memset(l, 0, sizeof *l);
	l->lesson = xstrdup(id);
	l->position = pos;
	l->stars = stars;
	l->done = done;
	l->updated = updated;
}

static void
answer(struct progress *p, const char *ex, time_t when, const char *session,
    enum verdict v, unsigned try_no, const char *text)
{
	struct attempt *a;

	p->attempts = xreallocarray(p->attempts, p->nattempts + 1,
	    sizeof *p->attempts);
	a = &p->attempts[p->nattempts++];
	memset(a, 0, sizeof *a);
	a->lesson = xstrdup("l1");
	a->exercise = xstrdup(ex);
	a->when = when;
	a->session = xstrdup(session);
	a->verdict = v;
	a->try_no = try_no;
	a->seconds = 7;
	a->rule = xstrdup("rule 1");
	a->answer = text != NULL ? xstrdup(text) : NULL;
}

/* Whether p has an attempt like a (all fields). */
static bool
has(const struct progress *p, const char *ex, time_t when,
    const char *session, enum verdict v)
{
	size_t i;

	for (i = 0; i < p->nattempts; i++) {
		if (strcmp(p->attempts[i].exercise, ex) == 0 &&
		    p->attempts[i].when == when && p->attempts[i].verdict == v &&
		    strcmp(p->attempts[i].session, session) == 0)
			return true;
	}
	return false;
}

static bool
in_time_order(const struct progress *p)
{
	size_t i;

	for (i = 1; i < p->nattempts; i++) {
		if (p->attempts[i].when < p->attempts[i - 1].when)
			return false;
	}
	return true;
}

/* Two machines: A (the centre) and B (the USB stick, used later). */
static void
machines(struct progress *a, struct progress *b)
{
	set(a, "Aya", LANG_AR);
	a->keep_answers = true;
	lesson(a, "l1", 2, 1, false, T0 + 100);
	lesson(a, "l3", 5, 3, true, T0 + 900);
	answer(a, "e1", T0 + 10, "aaaa0001", VERDICT_WRONG, 1, "my cat");
	answer(a, "e1", T0 + 20, "aaaa0001", VERDICT_CORRECT, 2, NULL);
	answer(a, "e2", T0 + 30, "aaaa0001", VERDICT_CORRECT, 1, NULL);
	a->unknown = xstrdup("badge\tgold\n");

	set(b, "Aya", LANG_FR);
	/* The same first two answers (copied before), the text not kept. */
	answer(b, "e1", T0 + 10, "aaaa0001", VERDICT_WRONG, 1, NULL);
	answer(b, "e1", T0 + 20, "aaaa0001", VERDICT_CORRECT, 2, NULL);
	/* Same time and try, another session: another answer. */
	answer(b, "e2", T0 + 30, "bbbb0002", VERDICT_WRONG, 1, NULL);
	answer(b, "e3", T0 + 5000, "bbbb0002", VERDICT_CORRECT, 1, NULL);
	answer(b, "e1", T0 + 15, "bbbb0003", VERDICT_PARTLY, 1, NULL);
	lesson(b, "l1", 4, 0, false, T0 + 5000);
	lesson(b, "l2", 3, 3, true, T0 + 4000);
	lesson(b, "l3", 1, 0, false, T0 + 50);
	b->unknown = xstrdup("badge\tgold\nbadge\tsilver\n");
}

static void
test_union(void)
{
	struct progress a, b, c;
	struct merge_stats ms;
	const struct lesson_progress *l;
	char *once, *twice, *text;
	int rc;

	machines(&a, &b);
	merge_progress(&a, &b, false, &ms);
	ok(a.nattempts == 6, "3 + 5 answers, 2 of them the same: 6 kept (%zu)",
	    a.nattempts);
	ok(ms.added == 3 && ms.duplicates == 2, "stats: 3 added, 2 in both");
	ok(has(&a, "e1", T0 + 10, "aaaa0001", VERDICT_WRONG) &&
	    has(&a, "e2", T0 + 30, "aaaa0001", VERDICT_CORRECT) &&
	    has(&a, "e2", T0 + 30, "bbbb0002", VERDICT_WRONG) &&
	    has(&a, "e3", T0 + 5000, "bbbb0002", VERDICT_CORRECT) &&
	    has(&a, "e1", T0 + 15, "bbbb0003", VERDICT_PARTLY),
	    "every answer of both is there");
	ok(in_time_order(&a), "in time order");
	ok(a.attempts[0].answer != NULL && strcmp(a.attempts[0].answer,
	    "my cat") == 0, "a copy without the text does not lose the text");
	ok(ms.newer && a.lang == LANG_FR, "settings of the one updated last");
	ok(!ms.names_differ, "the same name");
	l = progress_lesson(&a, "l1");
	ok(l != NULL && l->position == 4 && l->stars == 1 && !l->done &&
	    l->updated == T0 + 5000,
	    "l1: the later position, the best stars");
	l = progress_lesson(&a, "l2");
	ok(l != NULL && l->done && l->stars == 3 && ms.lessons == 1,
	    "l2: only on B, added");
	l = progress_lesson(&a, "l3");
	ok(l != NULL && l->done && l->stars == 3 && l->position == 5,
	    "l3: done on A stays done, A's position (updated later)");
	ok(a.unknown != NULL && strcmp(a.unknown, "badge\tgold\nbadge\t"
	    "silver\n") == 0, "records of a later tutor: the union of lines");

	/* Idempotent: merging B (or A's old self) again changes nothing. */
	once = progress_format(&a);
	merge_progress(&a, &b, false, &ms);
	twice = progress_format(&a);
	is_str(twice, once, "merging B again changes nothing");
	ok(ms.added == 0 && ms.duplicates == 5, "... 0 added, 5 in both");
	rc = progress_parse("m", once, strlen(once), &c, NULL);
	ok(rc == 0 && c.nattempts == 6, "the result reads back whole");
	merge_progress(&a, &c, false, &ms);
	free(twice);
	twice = progress_format(&a);
	is_str(twice, once, "merging the result into itself changes nothing");
	free(once);
	free(twice);
	progress_clear(&c);

	/* The other way round: the same answers. */
	progress_clear(&a);
	progress_clear(&b);
	machines(&a, &b);
	merge_progress(&b, &a, false, &ms);
	ok(b.nattempts == 6 && in_time_order(&b) && ms.added == 1,
	    "B then A: the same 6 answers (1 added to B)");
	ok(!ms.newer && b.lang == LANG_FR, "B was updated last: its settings");
	text = progress_format(&b);
	ok(strstr(text, "\tmy cat\n") == NULL,
	    "B does not keep answers: no text is written");
	free(text);
	progress_clear(&a);
	progress_clear(&b);
}

static void
test_names(void)
{
	struct progress a, b;
	struct merge_stats ms;

	set(&a, "Aya", LANG_AR);
	set(&b, "Aya B.", LANG_EN);
	answer(&b, "e1", T0, "cccc0001", VERDICT_CORRECT, 1, NULL);
	merge_progress(&a, &b, true, &ms);
	ok(ms.names_differ, "two names are noticed");
	is_str(a.name, "Aya", "keep_name: the profile keeps its name");
	ok(a.lang == LANG_EN, "... and takes the newer settings");
	progress_clear(&a);
	progress_clear(&b);
	set(&a, "Aya", LANG_AR);
	set(&b, "Aya B.", LANG_EN);
	answer(&b, "e1", T0, "cccc0001", VERDICT_CORRECT, 1, NULL);
	merge_progress(&a, &b, false, &ms);
	is_str(a.name, "Aya B.", "without keep_name: the newer name");
	progress_clear(&a);
	progress_clear(&b);
}

static void
test_limit(void)
{
	struct progress a, b;
	struct merge_stats ms;
	unsigned i;
	char sess[16];

	set(&a, "Many", LANG_EN);
	set(&b, "Many", LANG_EN);
	for (i = 0; i < 30000; i++) {
		snprintf(sess, sizeof sess, "%08x", i / 100);
		answer(&a, "e1", T0 + 2 * i, sess, VERDICT_CORRECT, 1, NULL);
		answer(&b, "e1", T0 + 2 * i + 1, sess, VERDICT_WRONG, 1, NULL);
	}
	merge_progress(&a, &b, false, &ms);
	ok(a.nattempts == PROGRESS_ATTEMPTS_MAX && ms.dropped == 10000,
	    "60,000 answers: the format keeps 50,000, 10,000 said dropped");
	ok(a.attempts[0].when == T0 + 10000 &&
	    a.attempts[a.nattempts - 1].when == T0 + 59999,
	    "the oldest went");
	/* The array must still take one more answer the usual way. */
	progress_clear(&b);
	set(&b, "Many", LANG_EN);
	answer(&b, "e9", T0 + 999999, "ffff0000", VERDICT_CORRECT, 1, NULL);
	merge_progress(&a, &b, false, &ms);
	ok(a.nattempts == PROGRESS_ATTEMPTS_MAX && ms.dropped == 1 &&
	    strcmp(a.attempts[a.nattempts - 1].exercise, "e9") == 0,
	    "one more: the newest is in, the oldest out");
	progress_clear(&a);
	progress_clear(&b);
}

static void
test_small(void)
{
	struct progress a, b;
	struct merge_stats ms;

	set(&a, "Empty", LANG_EN);
	set(&b, "Empty", LANG_EN);
	merge_progress(&a, &b, false, &ms);
	ok(a.nattempts == 0 && a.nlessons == 0 && ms.added == 0,
	    "two empty progresses: empty");
	answer(&b, "e1", T0, "dddd0001", VERDICT_CORRECT, 1, NULL);
	merge_progress(&a, &b, false, &ms);
	ok(a.nattempts == 1 && ms.added == 1, "into an empty one");
	progress_clear(&a);
	progress_clear(&b);
}

int
main(void)
{
	test_union();
	test_names();
	test_limit();
	test_small();
	return tap_done();
}
