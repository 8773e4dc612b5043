/*
 * merge.c: the union of two progresses of one learner (merge.h says what
 * is kept). Attempts are deduplicated by sorting: every attempt of both
 * sides, sorted by what makes it the same attempt, puts the copies of
 * one attempt side by side; then the survivors are put back in time
 * order (ties: the receiving side first, each side in its own order).
 * O(n log n) for the 100,000 attempts two full files can hold.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "merge.h"
#include "util.h"

struct slot {
	struct attempt	 a;
	size_t		 origin;	/* dst's attempts first, then src's */
	bool		 drop;
};

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* NULL before any text. */
static int
cmp_text(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

static int
cmp_num(unsigned long long a, unsigned long long b)
{
	return (a > b) - (a < b);
}

/* Everything but the answer's text: equal means the same attempt. */
static int
cmp_same(const struct attempt *a, const struct attempt *b)
{
	int c;

	if ((c = strcmp(a->lesson, b->lesson)) != 0 ||
	    (c = strcmp(a->exercise, b->exercise)) != 0 ||
	    (c = cmp_num((unsigned long long)a->when,
	    (unsigned long long)b->when)) != 0 ||
	    (c = cmp_text(a->session, b->session)) != 0 ||
	    (c = cmp_num(a->try_no, b->try_no)) != 0 ||
	    (c = cmp_num(a->verdict, b->verdict)) != 0 ||
	    (c = cmp_num(a->hints, b->hints)) != 0 ||
	    (c = cmp_num(a->seconds, b->seconds)) != 0)
		return c;
	return cmp_text(a->rule, b->rule);
}

static int
cmp_key(const void *x, const void *y)
{
	const struct slot *a = x, *b = y;
	int c;

	if ((c = cmp_same(&a->a, &b->a)) != 0 ||
	    (c = cmp_text(a->a.answer, b->a.answer)) != 0)
		return c;
	return cmp_num(a->origin, b->origin);
}

static int
cmp_time(const void *x, const void *y)
{
	const struct slot *a = x, *b = y;
	int c;

	if ((c = cmp_num((unsigned long long)a->a.when,
	    (unsigned long long)b->a.when)) != 0)
		return c;
	return cmp_num(a->origin, b->origin);
}

/*
 * Mark the copies of each attempt. In a run of the same attempt (sorted:
 * no text first, then the texts in order), a copy without text goes when
 * a copy with text is there, and a text goes when it was just seen; the
 * first of each kind (the receiving side's, when it has one) stays.
 */
static size_t
mark_duplicates(struct slot *v, size_t n)
{
	size_t i, k, start, dups = 0;
	bool text;

	for (start = 0; start < n; start = i) {
		text = false;
		for (i = start; i < n && cmp_same(&v[i].a, &v[start].a) == 0;
		    i++) {
			if (v[i].a.answer != NULL)
				text = true;
		}
		for (k = start; k < i; k++) {
			if ((v[k].a.answer == NULL && (text || k > start)) ||
			    (v[k].a.answer != NULL && k > start &&
			    v[k - 1].a.answer != NULL &&
			    strcmp(v[k].a.answer, v[k - 1].a.answer) == 0)) {
				v[k].drop = true;
				dups++;
			}
		}
	}
	return dups;
}

static void
free_attempt(struct attempt *a)
{
	free(a->lesson);
	free(a->exercise);
	free(a->session);
	free(a->rule);
	free(a->answer);
}

static void
merge_attempts(struct progress *dst, const struct progress *src,
    struct merge_stats *ms)
{
	const struct attempt *s;
	struct slot *v;
	size_t n = 0, i, keep, cap;

	v = xcalloc(dst->nattempts + src->nattempts + 1, sizeof *v);
	for (i = 0; i < dst->nattempts; i++, n++) {
		v[n].a = dst->attempts[i];
		v[n].origin = n;
	}
	for (i = 0; i < src->nattempts; i++, n++) {
		s = &src->attempts[i];
		v[n].a = *s;
		v[n].a.lesson = xstrdup(s->lesson);
		v[n].a.exercise = xstrdup(s->exercise);
		v[n].a.session = dup_or_null(s->session);
		v[n].a.rule = dup_or_null(s->rule);
		v[n].a.answer = dup_or_null(s->answer);
		v[n].origin = n;
	}
	qsort(v, n, sizeof *v, cmp_key);
	ms->duplicates = mark_duplicates(v, n);
	keep = n - ms->duplicates;
	ms->added = keep > dst->nattempts ? keep - dst->nattempts : 0;
	for (i = 0, keep = 0; i < n; i++) {
		if (v[i].drop)
			free_attempt(&v[i].a);
		else
			v[keep++] = v[i];
	}
	qsort(v, keep, sizeof *v, cmp_time);
	/* The format keeps so many answers: the oldest go first. */
	ms->dropped = keep > PROGRESS_ATTEMPTS_MAX ?
	    keep - PROGRESS_ATTEMPTS_MAX : 0;
	for (i = 0; i < ms->dropped; i++)
		free_attempt(&v[i].a);
	keep -= ms->dropped;
	/*
	 * The array is handed to the progress module, which grows it by
	 * doubling at powers of two: give it the room that expects.
	 */
	for (cap = 16; cap <= keep; cap *= 2)
		;
	free(dst->attempts);
	dst->attempts = xcalloc(cap, sizeof *dst->attempts);
	for (i = 0; i < keep; i++)
		dst->attempts[i] = v[ms->dropped + i].a;
	dst->nattempts = keep;
	free(v);
}

static void
merge_lessons(struct progress *dst, const struct progress *src,
    struct merge_stats *ms)
{
	const struct lesson_progress *s;
	struct lesson_progress *d;
	size_t i;

	for (i = 0; i < src->nlessons; i++) {
		s = &src->lessons[i];
		d = (struct lesson_progress *)progress_lesson(dst, s->lesson);
		if (d == NULL) {
			if (dst->nlessons >= PROGRESS_LESSONS_MAX)
				continue;
			dst->lessons = xreallocarray(dst->lessons,
			    dst->nlessons + 1, sizeof *dst->lessons);
			d = &dst->lessons[dst->nlessons++];
			*d = *s;
			d->lesson = xstrdup(s->lesson);
			ms->lessons++;
			continue;
		}
		if (s->updated > d->updated) {
			d->position = s->position;
			d->updated = s->updated;
		}
		d->done = d->done || s->done;
		if (s->stars > d->stars)
			d->stars = s->stars;
	}
}

/* Lines of src->unknown that dst->unknown does not have, added. */
static void
merge_unknown(struct progress *dst, const struct progress *src)
{
	const char *u, *h;
	struct buf b;
	size_t end, n;
	bool found;

	buf_init(&b);
	buf_adds(&b, dst->unknown != NULL ? dst->unknown : "");
	for (u = src->unknown; u != NULL && *u != '\0'; u += end + 1) {
		end = strcspn(u, "\n");
		if (u[end] == '\0')
			break;
		found = false;
		for (h = b.s; !found && *h != '\0'; h += n + 1) {
			n = strcspn(h, "\n");
			found = n == end && memcmp(h, u, n) == 0;
			if (h[n] == '\0')
				break;
		}
		if (!found)
			buf_add(&b, u, end + 1);
	}
	free(dst->unknown);
	dst->unknown = b.len > 0 ? buf_take(&b) : NULL;
	if (dst->unknown == NULL)
		buf_free(&b);
}

time_t
merge_updated(const struct progress *p)
{
	time_t t = 0;
	size_t i;

	for (i = 0; i < p->nlessons; i++) {
		if (p->lessons[i].updated > t)
			t = p->lessons[i].updated;
	}
	for (i = 0; i < p->nattempts; i++) {
		if (p->attempts[i].when > t)
			t = p->attempts[i].when;
	}
	return t;
}

static void
take_settings(struct progress *dst, const struct progress *src,
    bool keep_name)
{
	if (!keep_name && src->name != NULL) {
		free(dst->name);
		dst->name = xstrdup(src->name);
	}
	dst->lang = src->lang;
	dst->age = src->age;
	free(dst->theme);
	dst->theme = dup_or_null(src->theme);
	free(dst->pin);
	dst->pin = dup_or_null(src->pin);
	dst->keep_answers = src->keep_answers;
}

/*
 * The merged file must be one tutor reads whole: over PROGRESS_FILE_MAX
 * bytes, the oldest answers go (as progress_save does), counted.
 */
static void
fit(struct progress *p, struct merge_stats *ms)
{
	char *text;
	size_t len, drop, i;

	for (;;) {
		text = progress_format(p);
		len = strlen(text);
		free(text);
		if (len <= PROGRESS_FILE_MAX || p->nattempts == 0)
			return;
		drop = p->nattempts / 8 + 1;
		for (i = 0; i < drop; i++)
			free_attempt(&p->attempts[i]);
		memmove(p->attempts, p->attempts + drop,
		    (p->nattempts - drop) * sizeof *p->attempts);
		p->nattempts -= drop;
		ms->dropped += drop;
	}
}

void
merge_progress(struct progress *dst, const struct progress *src,
    bool keep_name, struct merge_stats *ms)
{
	memset(ms, 0, sizeof *ms);
	ms->names_differ = cmp_text(dst->name, src->name) != 0;
	/* Compared before anything moves: dst's dates change below. */
	ms->newer = merge_updated(src) > merge_updated(dst);
	if (ms->newer)
		take_settings(dst, src, keep_name);
	if (dst->name == NULL && src->name != NULL)
		dst->name = xstrdup(src->name);
	merge_attempts(dst, src, ms);
	merge_lessons(dst, src, ms);
	merge_unknown(dst, src);
	fit(dst, ms);
}
