/*
 * report.c: folding learners' progress files into a class view.
 *
 * One file at a time: parse it (progress_parse, with its limits), add
 * its lessons and attempts to per-lesson and per-exercise counters found
 * through hash tables, keep a small summary of the learner, free the
 * file. Nothing grows with the number of attempts except counters, so a
 * report over 200,000 learners stays small and linear.
 *
 * Per-learner facts about an exercise (did this learner try it, was the
 * first try right, the most hints seen) need to know whether the learner
 * met the exercise before: each counter carries a stamp, the number of
 * the learner who last touched it, and the exercises a learner touched
 * are settled when the file is done.
 *
 * The hash tables are keyed with SipHash and a random key (or the
 * caller's, for tests), so that crafted ids cannot make lookups slow;
 * the same key makes the pseudonyms of --anonymous.
 */
#include "config.h"

#include <sys/random.h>

#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "progress.h"
#include "report.h"
#include "report_int.h"
#include "util.h"

void
report_pseudonym(const unsigned char key[16], const char *source,
    char out[24])
{
	uint64_t h = siphash(key, source, strlen(source));

	snprintf(out, 24, "learner-%012llx",
	    (unsigned long long)(h >> 16));
}

/* Grow an array of *cap elements so that index n fits. */
static void *
grow(void *v, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return v;
	*cap = *cap == 0 ? 64 : *cap * 2;
	return xreallocarray(v, *cap, size);
}

/*
 * Text from a file, fit to show: control, bidi and invisible characters
 * removed (normalize_clean). Plain ASCII, the usual case, is taken as it
 * is.
 */
static char *
clean(const char *s)
{
	const unsigned char *u = (const unsigned char *)s, *p;

	for (p = u; *p != '\0'; p++) {
		if (*p > 0x20 && *p < 0x7f)
			continue;
		/* One space between words is kept as it is. */
		if (*p == ' ' && p != u && p[1] != ' ' && p[1] != '\0')
			continue;
		break;
	}
	return *p == '\0' ? xstrdup(s) : normalize_clean(s, strlen(s));
}

struct report *
report_create(const struct report_options *o)
{
	struct report *r;
	struct report_state *st;

	r = xcalloc(1, sizeof *r);
	st = r->state = xcalloc(1, sizeof *st);
	st->opt = *o;
	if (!o->key_set && getrandom(st->opt.key, sizeof st->opt.key, 0) !=
	    (ssize_t)sizeof st->opt.key) {
		/* No randomness: names must still not show. */
		snprintf((char *)st->opt.key, sizeof st->opt.key, "%lx",
		    (unsigned long)time(NULL) ^ (unsigned long)(uintptr_t)r);
	}
	r->anonymous = o->anonymous;
	buf_init(&st->key);
	return r;
}

/* The counter of a lesson id, made when new; -1 over the limit. */
static long
lesson_get(struct report *r, const char *id)
{
	struct report_state *st = r->state;
	size_t len = strlen(id), i;
	uint64_t h = siphash(st->opt.key, id, len);
	long k;

	if ((k = strtab_find(&st->lesson_tab, id, len, h)) >= 0)
		return k;
	if (st->lesson_tab.n >= REPORT_LESSONS_MAX)
		return -1;
	i = strtab_add(&st->lesson_tab, id, len, h);
	r->lessons = grow(r->lessons, i, &st->lessons_cap, sizeof *r->lessons);
	st->lesson_stamp = xreallocarray(st->lesson_stamp, st->lessons_cap,
	    sizeof *st->lesson_stamp);
	memset(&r->lessons[i], 0, sizeof r->lessons[i]);
	r->lessons[i].id = clean(id);
	r->lessons[i].order = -1;
	st->lesson_stamp[i] = 0;
	r->nlessons = i + 1;
	return (long)i;
}

/* This learner started the lesson (a lesson line, or an answer in it). */
static void
lesson_start(struct report *r, size_t i, struct report_learner *who)
{
	if (r->state->lesson_stamp[i] == r->state->learner_no)
		return;
	r->state->lesson_stamp[i] = r->state->learner_no;
	r->lessons[i].started++;
	who->started++;
}

/* The counter of an exercise, made when new; -1 over a limit. */
static long
exercise_get(struct report *r, const char *lesson, const char *exercise)
{
	struct report_state *st = r->state;
	struct report_exercise *e;
	uint64_t h;
	long k, l;
	size_t i;

	st->key.len = 0;
	buf_adds(&st->key, lesson);
	buf_addc(&st->key, '\0');
	buf_adds(&st->key, exercise);
	h = siphash(st->opt.key, st->key.s, st->key.len);
	if ((k = strtab_find(&st->ex_tab, st->key.s, st->key.len, h)) >= 0)
		return k;
	if (st->ex_tab.n >= REPORT_EXERCISES_MAX ||
	    (l = lesson_get(r, lesson)) < 0)
		return -1;
	i = strtab_add(&st->ex_tab, st->key.s, st->key.len, h);
	r->exercises = grow(r->exercises, i, &st->ex_cap,
	    sizeof *r->exercises);
	st->ex_stamp = xreallocarray(st->ex_stamp, st->ex_cap,
	    sizeof *st->ex_stamp);
	st->ex_hints = xreallocarray(st->ex_hints, st->ex_cap,
	    sizeof *st->ex_hints);
	st->ex_misses = xreallocarray(st->ex_misses, st->ex_cap,
	    sizeof *st->ex_misses);
	e = &r->exercises[i];
	memset(e, 0, sizeof *e);
	e->lesson = clean(lesson);
	e->exercise = clean(exercise);
	e->lesson_index = (size_t)l;
	st->ex_stamp[i] = 0;
	st->ex_misses[i] = 0;
	r->nexercises = i + 1;
	return (long)i;
}

/* Count a rule ('r') or an answer ('a') that came with a miss. */
static void
miss_add(struct report *r, size_t ex, char kind, const char *text)
{
	struct report_state *st = r->state;
	uint32_t ex32 = (uint32_t)ex;
	char *folded = NULL;
	const char *k = text;
	uint64_t h;
	size_t i;
	long found;

	/* Answers are grouped as the checker sees them: case, accents... */
	if (kind == 'a')
		k = folded = normalize_fold(text, strlen(text));
	st->key.len = 0;
	buf_add(&st->key, &ex32, sizeof ex32);
	buf_addc(&st->key, kind);
	buf_adds(&st->key, k);
	h = siphash(st->opt.key, st->key.s, st->key.len);
	found = strtab_find(&st->miss_tab, st->key.s, st->key.len, h);
	if (found < 0 && st->ex_misses[ex] < REPORT_MISSES_MAX) {
		st->ex_misses[ex]++;
		i = strtab_add(&st->miss_tab, st->key.s, st->key.len, h);
		if ((i & (i - 1)) == 0) {
			st->miss_count = xreallocarray(st->miss_count,
			    i == 0 ? 16 : i * 2, sizeof *st->miss_count);
			st->miss_text = xreallocarray(st->miss_text,
			    i == 0 ? 16 : i * 2, sizeof *st->miss_text);
		}
		st->miss_count[i] = 0;
		st->miss_text[i] = clean(text);
		found = (long)i;
	}
	if (found >= 0)
		st->miss_count[found]++;
	free(folded);
}

static void
add_attempt(struct report *r, const struct attempt *a, long ex,
    struct report_learner *who)
{
	struct report_state *st = r->state;
	struct report_exercise *e = &r->exercises[ex];

	if (st->ex_stamp[ex] != st->learner_no) {
		/* This learner's first answer here that is still kept. */
		st->ex_stamp[ex] = st->learner_no;
		st->ex_hints[ex] = 0;
		st->touched = grow(st->touched, st->ntouched,
		    &st->touched_cap, sizeof *st->touched);
		st->touched[st->ntouched++] = (size_t)ex;
		e->learners++;
		if (a->verdict == VERDICT_CORRECT && a->try_no == 1)
			e->first_try_right++;
		lesson_start(r, e->lesson_index, who);
	}
	if (a->hints > st->ex_hints[ex])
		st->ex_hints[ex] = a->hints;
	e->attempts++;
	e->seconds += a->seconds;
	who->attempts++;
	who->seconds += a->seconds;
	if (a->when > who->last_seen)
		who->last_seen = a->when;
	switch (a->verdict) {
	case VERDICT_CORRECT:
		e->correct++;
		who->correct++;
		return;
	case VERDICT_PARTLY:
		e->partly++;
		who->partly++;
		break;
	default:
		e->wrong++;
		who->wrong++;
		break;
	}
	if (a->rule != NULL)
		miss_add(r, (size_t)ex, 'r', a->rule);
	/* What a child typed may say who they are: never in anonymous form. */
	if (a->answer != NULL && !r->anonymous)
		miss_add(r, (size_t)ex, 'a', a->answer);
}

/* The first problem of a file, in words. */
static char *
first_problem(const struct diags *d)
{
	char *s;
	size_t more;

	if (d->n == 0)
		return xstrdup("it cannot be read");
	more = d->n + d->dropped - 1;
	if (d->v[0].line != 0)
		xasprintf(&s, "line %u: %s", d->v[0].line, d->v[0].msg);
	else
		s = xstrdup(d->v[0].msg);
	if (more > 0) {
		char *t;

		xasprintf(&t, "%s (and %zu more problems)", s, more);
		free(s);
		s = t;
	}
	return s;
}

/* The learner's name: the profile's, or the file's id, or a pseudonym. */
static char *
learner_name(const struct report *r, const char *source,
    const struct progress *p)
{
	char pseudo[24];
	const char *base;
	char *id, *s;

	if (r->anonymous) {
		report_pseudonym(r->state->opt.key, source, pseudo);
		return xstrdup(pseudo);
	}
	if (p->name != NULL && *p->name != '\0')
		return clean(p->name);
	base = strrchr(source, '/');
	id = xstrdup(base != NULL ? base + 1 : source);
	if ((s = strstr(id, ".progress")) != NULL)
		*s = '\0';
	s = clean(id);
	free(id);
	return s;
}

/*
 * Parse a file: returns what report_add does, and with *why when it is
 * not 0.
 */
static int
parse(const char *source, const char *buf, size_t len,
    struct progress *p, char **why)
{
	struct diags d;
	int rc;

	if (why != NULL)
		*why = NULL;
	diags_init(&d);
	d.max = 1;
	rc = progress_parse(source, buf, len, p, &d);
	if (rc < 0)
		rc = -2;
	else if (rc == 1 && p->name == NULL && p->nlessons == 0 &&
	    p->nattempts == 0)
		rc = -1;
	if (rc != 0 && why != NULL)
		*why = first_problem(&d);
	diags_free(&d);
	return rc;
}

/* Count a parsed file (rc from parse). */
static void
add_parsed(struct report *r, const char *source, const struct progress *p,
    int rc)
{
	struct report_state *st = r->state;
	struct report_learner *who;
	const struct lesson_progress *l;
	const struct attempt *a, *prev = NULL;
	size_t i;
	long k, ex = -1;

	if (rc < 0) {
		r->skipped++;
		return;
	}
	if (rc == 1)
		r->damaged++;
	else
		r->files++;
	st->learner_no++;
	r->learners = grow(r->learners, r->nlearners, &st->learners_cap,
	    sizeof *r->learners);
	who = &r->learners[r->nlearners++];
	memset(who, 0, sizeof *who);
	who->name = learner_name(r, source, p);

	for (i = 0; i < p->nlessons; i++) {
		l = &p->lessons[i];
		if ((k = lesson_get(r, l->lesson)) < 0) {
			r->dropped++;
			continue;
		}
		lesson_start(r, (size_t)k, who);
		if (l->done) {
			r->lessons[k].done++;
			r->lessons[k].stars += l->stars;
			who->done++;
			who->stars += l->stars;
		}
		if (l->updated > who->last_seen)
			who->last_seen = l->updated;
	}
	for (i = 0; i < p->nattempts; i++) {
		a = &p->attempts[i];
		/* A child answers one exercise several times in a row. */
		if (prev == NULL || strcmp(a->exercise, prev->exercise) != 0 ||
		    strcmp(a->lesson, prev->lesson) != 0)
			ex = exercise_get(r, a->lesson, a->exercise);
		prev = a;
		if (ex < 0) {
			r->dropped++;
			continue;
		}
		add_attempt(r, a, ex, who);
	}
	/* Settle what needed the learner's whole file. */
	for (i = 0; i < st->ntouched; i++) {
		k = (long)st->touched[i];
		r->exercises[k].hints += st->ex_hints[k];
		if (st->ex_hints[k] > 0)
			r->exercises[k].hinted++;
	}
	st->ntouched = 0;
}

int
report_add(struct report *r, const char *source, const char *buf,
    size_t len, char **why)
{
	struct progress p;
	int rc;

	rc = parse(source, buf, len, &p, why);
	add_parsed(r, source, &p, rc);
	progress_clear(&p);
	return rc;
}

void
report_state_free(struct report_state *st)
{
	size_t i;

	if (st == NULL)
		return;
	strtab_free(&st->lesson_tab);
	strtab_free(&st->ex_tab);
	for (i = 0; i < st->miss_tab.n; i++)
		free(st->miss_text[i]);
	strtab_free(&st->miss_tab);
	free(st->miss_text);
	free(st->miss_count);
	free(st->lesson_stamp);
	free(st->ex_stamp);
	free(st->ex_hints);
	free(st->ex_misses);
	free(st->touched);
	buf_free(&st->key);
	free(st);
}
