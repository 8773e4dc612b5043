/*
 * report_finish.c: turning the counters into the report that is shown:
 * titles from the catalog, the rules and answers most often hit, and the
 * orders (learners by name, lessons as the catalog has them, exercises
 * hardest first).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "report.h"
#include "report_int.h"
#include "util.h"

/* The first line of a catalog text, cleaned, or NULL when empty. */
static char *
title_of(const struct text *t, enum lang lang)
{
	const char *s = text_get(t, lang);
	size_t n = strcspn(s, "\n");
	char *title;

	/* A cell, not a page: cut between characters. */
	if (n > 200) {
		n = 200;
		while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
			n--;
	}
	title = normalize_clean(s, n);
	if (*title == '\0') {
		free(title);
		return NULL;
	}
	return title;
}

/* Titles and catalog order of lessons and exercises. */
static void
add_titles(struct report *r)
{
	const struct report_state *st = r->state;
	const struct catalog *cat = st->opt.catalog;
	const struct lesson *l;
	const struct exercise *ex;
	struct report_exercise *e;
	const char *key;
	size_t i, j;

	for (i = 0; i < r->nexercises; i++)
		r->exercises[i].lesson_order = r->exercises[i].order = -1;
	if (cat == NULL)
		return;
	for (i = 0; i < r->nlessons; i++) {
		l = catalog_lesson(cat, strtab_key(&st->lesson_tab, i));
		for (j = 0; l != NULL && j < cat->n; j++) {
			if (cat->lessons[j] == l)
				r->lessons[i].order = (long)j;
		}
		if (l != NULL)
			r->lessons[i].title = title_of(&l->title, st->opt.lang);
	}
	for (i = 0; i < r->nexercises; i++) {
		e = &r->exercises[i];
		e->lesson_order = r->lessons[e->lesson_index].order;
		if (e->lesson_order < 0)
			continue;
		l = cat->lessons[e->lesson_order];
		key = strtab_key(&st->ex_tab, i);
		if ((ex = lesson_exercise(l, key + strlen(key) + 1)) == NULL)
			continue;
		e->order = (long)(ex - l->exercises);
		e->title = title_of(&ex->prompt, st->opt.lang);
	}
}

/* Keep the REPORT_TOP biggest counts, biggest first, first seen first. */
static void
top_insert(struct report_miss *top, size_t *n, char *text,
    unsigned long count)
{
	size_t i;

	if (*n == REPORT_TOP && count <= top[REPORT_TOP - 1].count)
		return;
	i = *n < REPORT_TOP ? (*n)++ : REPORT_TOP - 1;
	for (; i > 0 && top[i - 1].count < count; i--)
		top[i] = top[i - 1];
	top[i].text = text;
	top[i].count = count;
}

static void
add_misses(struct report *r)
{
	const struct report_state *st = r->state;
	struct report_exercise *e;
	const char *key;
	uint32_t ex;
	size_t i;

	for (i = 0; i < st->miss_tab.n; i++) {
		key = strtab_key(&st->miss_tab, i);
		memcpy(&ex, key, sizeof ex);
		e = &r->exercises[ex];
		if (key[sizeof ex] == 'r')
			top_insert(e->rules, &e->nrules, st->miss_text[i],
			    st->miss_count[i]);
		else
			top_insert(e->answers, &e->nanswers, st->miss_text[i],
			    st->miss_count[i]);
	}
	/* The texts belong to the state, which goes: copy the ones shown. */
	for (i = 0; i < r->nexercises; i++) {
		e = &r->exercises[i];
		for (ex = 0; ex < e->nrules; ex++)
			e->rules[ex].text = xstrdup(e->rules[ex].text);
		for (ex = 0; ex < e->nanswers; ex++)
			e->answers[ex].text = xstrdup(e->answers[ex].text);
	}
}

/* -1 (not in the catalog) after every place in it. */
static int
cmp_order(long a, long b)
{
	if (a == b)
		return 0;
	if (a < 0 || b < 0)
		return a < 0 ? 1 : -1;
	return a < b ? -1 : 1;
}

static int
cmp_lesson(const void *x, const void *y)
{
	const struct report_lesson *a = x, *b = y;
	int c;

	if ((c = cmp_order(a->order, b->order)) != 0)
		return c;
	return strcmp(a->id, b->id);
}

/*
 * Hardest first: the largest share of learners who were not right at
 * their first try (compared without division), then the most learners,
 * then the catalog's order.
 */
static int
cmp_exercise(const void *x, const void *y)
{
	const struct report_exercise *a = x, *b = y;
	unsigned long long ma, mb;
	int c;

	ma = (unsigned long long)(a->learners - a->first_try_right) *
	    b->learners;
	mb = (unsigned long long)(b->learners - b->first_try_right) *
	    a->learners;
	if (ma != mb)
		return ma > mb ? -1 : 1;
	if (a->learners != b->learners)
		return a->learners > b->learners ? -1 : 1;
	if ((c = cmp_order(a->lesson_order, b->lesson_order)) != 0 ||
	    (c = cmp_order(a->order, b->order)) != 0 ||
	    (c = strcmp(a->lesson, b->lesson)) != 0)
		return c;
	return strcmp(a->exercise, b->exercise);
}

static int
cmp_learner(const void *x, const void *y)
{
	const struct report_learner *a = x, *b = y;
	int c;

	if ((c = strcmp(a->name, b->name)) != 0)
		return c;
	if (a->last_seen != b->last_seen)
		return a->last_seen < b->last_seen ? -1 : 1;
	if (a->attempts != b->attempts)
		return a->attempts < b->attempts ? -1 : 1;
	return 0;
}

/* Two pseudonyms alike (one chance in millions): tell them apart. */
static void
unique_names(struct report *r)
{
	size_t i, k = 1;
	char *s;

	for (i = 1; i < r->nlearners; i++) {
		if (strncmp(r->learners[i].name, r->learners[i - 1].name,
		    20) != 0) {
			k = 1;
			continue;
		}
		xasprintf(&s, "%.20s-%zu", r->learners[i].name, ++k);
		free(r->learners[i].name);
		r->learners[i].name = s;
	}
}

void
report_finish(struct report *r)
{
	struct report_exercise *e;
	struct report_lesson *l;
	size_t i;

	if (r->state == NULL)
		return;
	add_titles(r);
	for (i = 0; i < r->nexercises; i++) {
		e = &r->exercises[i];
		l = &r->lessons[e->lesson_index];
		l->attempts += e->attempts;
		l->correct += e->correct;
		l->partly += e->partly;
		l->wrong += e->wrong;
		l->seconds += e->seconds;
	}
	add_misses(r);
	report_state_free(r->state);
	r->state = NULL;
	/* qsort must not be given NULL, even for no elements. */
	if (r->nlessons > 0)
		qsort(r->lessons, r->nlessons, sizeof *r->lessons, cmp_lesson);
	if (r->nexercises > 0)
		qsort(r->exercises, r->nexercises, sizeof *r->exercises,
		    cmp_exercise);
	if (r->nlearners > 0)
		qsort(r->learners, r->nlearners, sizeof *r->learners,
		    cmp_learner);
	if (r->anonymous)
		unique_names(r);
}

void
report_free(struct report *r)
{
	struct report_exercise *e;
	size_t i, j;

	if (r == NULL)
		return;
	report_state_free(r->state);
	for (i = 0; i < r->nlearners; i++)
		free(r->learners[i].name);
	free(r->learners);
	for (i = 0; i < r->nlessons; i++) {
		free(r->lessons[i].id);
		free(r->lessons[i].title);
	}
	free(r->lessons);
	for (i = 0; i < r->nexercises; i++) {
		e = &r->exercises[i];
		free(e->lesson);
		free(e->exercise);
		free(e->title);
		/* Filled (with copies) by report_finish only. */
		for (j = 0; j < e->nrules; j++)
			free(e->rules[j].text);
		for (j = 0; j < e->nanswers; j++)
			free(e->answers[j].text);
	}
	free(r->exercises);
	free(r);
}
