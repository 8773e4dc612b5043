/*
 * selftest.c: a failing example is reported at the example's own line,
 * with the verdict it got and the rule that gave it, which is what the
 * trainer needs to fix the rules.
 *
 * A pattern that backtracks without end, such as ^(a+)+$, does not fail
 * an example: it gives up at PCRE2's match limit (pattern.c) and the
 * answer simply does not match, which is what a rejected example wants.
 * So every pattern that can backtrack is also run, on its own, on the
 * examples of its language and on answers children really type (the
 * examples said one after the other, a key held down, then a '!'), and
 * one that gives up on any of them is reported at the pattern, with how
 * to rewrite it. Sound patterns fail those answers in microseconds.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "checker.h"
#include "normalize.h"
#include "pattern.h"
#include "selftest.h"
#include "util.h"

#define PROBE_LONG	256	/* bytes of the examples said in a row */
#define PROBE_RUN	64	/* a key held down */
#define PROBE_KEYS	4	/* letters of a pattern tried as held keys */
#define PROBE_SHOWN	40	/* characters of an answer shown in a message */

/* Answers, folded as the checker folds them. */
struct probes {
	char	**v;
	size_t	 n;
};

size_t
selftest_count(const struct lesson *l)
{
	size_t i, n = 0;
	unsigned lang;

	for (i = 0; i < l->nexercises; i++) {
		for (lang = 0; lang < LANG_COUNT; lang++)
			n += l->exercises[i].examples[lang].n;
	}
	return n;
}

/* Takes s. */
static void
probe_add(struct probes *pr, char *s)
{
	pr->v = xreallocarray(pr->v, pr->n + 1, sizeof *pr->v);
	pr->v[pr->n++] = s;
}

static void
probes_free(struct probes *pr)
{
	size_t i;

	for (i = 0; i < pr->n; i++)
		free(pr->v[i]);
	free(pr->v);
	memset(pr, 0, sizeof *pr);
}

/* Every example of each language, folded once, in order. */
static void
fold_examples(const struct exercise *ex, struct probes folded[LANG_COUNT])
{
	const struct example_list *el;
	unsigned lang;
	size_t i;
	char *s;

	for (lang = 0; lang < LANG_COUNT; lang++) {
		memset(&folded[lang], 0, sizeof folded[lang]);
		el = &ex->examples[lang];
		for (i = 0; i < el->n; i++) {
			s = ex->fold ? normalize_fold(el->v[i].answer,
			    strlen(el->v[i].answer)) :
			    normalize_clean(el->v[i].answer,
			    strlen(el->v[i].answer));
			if (s == NULL)
				fatal("out of memory");
			probe_add(&folded[lang], s);
		}
	}
}

static size_t
selftest_exercise(const struct lesson *l, const struct exercise *ex,
    const struct probes folded[LANG_COUNT], struct diags *diags)
{
	const struct example *e;
	struct result r;
	size_t i, failed = 0;
	unsigned lang;
	char decided[64];

	for (lang = 0; lang < LANG_COUNT; lang++) {
		for (i = 0; i < ex->examples[lang].n; i++) {
			e = &ex->examples[lang].v[i];
			checker_check_folded(ex, lang, folded[lang].v[i],
			    strlen(folded[lang].v[i]), &r);
			if (r.verdict == e->expect)
				continue;
			failed++;
			if (r.rule >= 0)
				snprintf(decided, sizeof decided, "the rule at "
				    "line %u", ex->rules[r.rule].line);
			else
				snprintf(decided, sizeof decided, "no rule "
				    "matched");
			diags_add(diags, l->file, e->line, e->col,
			    "the %s example \"%s\" should get '%s', but gets "
			    "'%s' (%s)%s", lang_code(lang), e->answer,
			    verdict_code(e->expect), verdict_code(r.verdict),
			    decided, r.limited ? "; a pattern gave up: it "
			    "does too much work" : "");
		}
	}
	return failed;
}

/* Answers said one after the other until long, then a '!'. */
static char *
said_in_a_row(char *const *v, size_t n)
{
	struct buf b;
	size_t i, total = 0;

	for (i = 0; i < n; i++)
		total += strlen(v[i]);
	buf_init(&b);
	for (i = 0; total != 0 && b.len < PROBE_LONG; i = (i + 1) % n) {
		if (v[i][0] == '\0')
			continue;
		buf_adds(&b, v[i]);
		buf_addc(&b, ' ');
	}
	buf_addc(&b, '!');
	return buf_take(&b);
}

/*
 * The answers to try the patterns of one language on (LANG_COUNT: the
 * common patterns, tried on every language's examples).
 */
static void
probes_make(struct probes *pr, const struct probes folded[LANG_COUNT],
    unsigned idx)
{
	unsigned lang;
	size_t i;

	memset(pr, 0, sizeof *pr);
	for (lang = 0; lang < LANG_COUNT; lang++) {
		if (idx != LANG_COUNT && lang != idx)
			continue;
		for (i = 0; i < folded[lang].n; i++)
			probe_add(pr, xstrdup(folded[lang].v[i]));
	}
	if (pr->n != 0)
		probe_add(pr, said_in_a_row(pr->v, pr->n));
}

/*
 * A key held down (or a word typed again and again), then a '!', then
 * tail: the letters of the pattern, so that a pattern that needs one of
 * them is not ruled out before it starts backtracking. Lower-case ASCII,
 * which folding leaves as it is.
 */
static char *
held_key(const char *unit, const char *tail)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	for (i = 0; i < PROBE_RUN; i++)
		buf_adds(&b, unit);
	buf_addc(&b, '!');
	buf_adds(&b, tail);
	return buf_take(&b);
}

/* Whether s, just after a '(', calls a group: ?R, ?1, ?-1, ?&name, ?P>. */
static bool
calls_group(const char *s)
{
	if (s[0] != '?')
		return false;
	if (s[1] == '+' || s[1] == '-')
		return isdigit((unsigned char)s[2]);
	return s[1] == 'R' || s[1] == '&' || isdigit((unsigned char)s[1]) ||
	    (s[1] == 'P' && s[2] == '>');
}

/* Whether a pattern calls a group (a recursion), or \g<1>. */
static bool
recurses(const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\' && s[1] != '\0') {
			if (s[1] == 'g' && (s[2] == '<' || s[2] == '\''))
				return true;
			s++;
		} else if (*s == '(' && calls_group(s + 1))
			return true;
	}
	return false;
}

/*
 * Whether a pattern can backtrack at all: it has a quantifier, or a
 * recursion ((?R), (?1), (?&name), \g<1>). One that has neither does a
 * bounded amount of work at each place of the answer.
 */
static bool
may_backtrack(const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '\\') {
			if (s[1] == 'g' && (s[2] == '<' || s[2] == '\''))
				return true;
			if (s[1] != '\0')
				s++;
		} else if (*s == '[') {
			/* A class: its *, + and ? are letters. */
			s++;
			if (*s == '^')
				s++;
			if (*s == ']')
				s++;
			while (*s != '\0' && *s != ']') {
				if (*s == '\\' && s[1] != '\0')
					s++;
				s++;
			}
			if (*s == '\0')
				return true;
		} else if (*s == '(' && s[1] == '?') {
			if (calls_group(s + 1))
				return true;
			s++;
		} else if (strchr("*+?{", *s) != NULL)
			return true;
	}
	return false;
}

/* Whether p gives up on s: then s is kept in *bad, else freed. */
static bool
gives_up(struct pattern *p, char *s, char **bad)
{
	bool limited;

	pattern_match(p, s, strlen(s), &limited);
	if (limited)
		*bad = s;
	else
		free(s);
	return limited;
}

/*
 * The first answer of the list, or a held key, that p gives up on
 * (malloc'd), or NULL.
 */
static char *
gives_up_on(struct pattern *p, const struct probes *pr)
{
	const char *src, *unit;
	char one[2] = "x", letters[PROBE_KEYS + 1] = "", *bad = NULL;
	size_t i, n = 0;

	if (!may_backtrack(pattern_source(p)))
		return NULL;
	for (i = 0; i < pr->n; i++) {
		if (gives_up(p, xstrdup(pr->v[i]), &bad))
			return bad;
	}
	/* Held keys: each letter of the pattern, a, 1, words. */
	for (src = pattern_source(p); *src != '\0' && n < PROBE_KEYS;
	    src++) {
		if (isalnum((unsigned char)*src) && (src == pattern_source(p) ||
		    src[-1] != '\\') &&
		    strchr(letters, tolower((unsigned char)*src)) == NULL)
			letters[n++] = (char)tolower((unsigned char)*src);
	}
	for (i = 0; i < n + 3; i++) {
		if (i < n) {
			one[0] = letters[i];
			unit = one;
		} else
			unit = i == n ? "a" : i == n + 1 ? "1" : "a ";
		/* "a" or "1" held down, unless already tried as a letter. */
		if (i >= n && i < n + 2 && strchr(letters, unit[0]) != NULL)
			continue;
		if (gives_up(p, held_key(unit, letters), &bad))
			return bad;
	}
	return NULL;
}

static void
selftest_work(const struct lesson *l, const struct exercise *ex,
    const struct probes folded[LANG_COUNT], struct diags *diags)
{
	const struct pattern_list *list;
	struct probes pr;
	char *bad;
	size_t i, j, shown;
	unsigned idx;

	for (idx = 0; idx <= LANG_COUNT; idx++) {
		probes_make(&pr, folded, idx);
		for (i = 0; i < ex->nrules; i++) {
			list = &ex->rules[i].patterns[idx];
			for (j = 0; j < list->n; j++) {
				if ((bad = gives_up_on(list->v[j], &pr)) ==
				    NULL)
					continue;
				/* Cut between characters. */
				shown = strlen(bad) > PROBE_SHOWN ?
				    PROBE_SHOWN : strlen(bad);
				while (shown > 0 && ((unsigned char)
				    bad[shown] & 0xc0) == 0x80)
					shown--;
				diags_add(diags, l->file, list->line[j],
				    list->col[j], "this pattern needs too much "
				    "work on an answer like \"%.*s%s\" and "
				    "gives up, so it never matches such "
				    "answers: %s", (int)shown, bad,
				    bad[shown] != '\0' ? "..." : "",
				    recurses(pattern_source(list->v[j])) ?
				    "a group that calls itself, like (?R) or "
				    "(?1), may call itself without end; write "
				    "the repetition with * or + instead" :
				    "a repeated group that can match the same "
				    "text in several ways, like (a+)+, (a|aa)* "
				    "or (\\w+\\s?)*, tries every way; write a+, "
				    "a* or [\\w\\s]* instead");
				free(bad);
			}
		}
		probes_free(&pr);
	}
}

size_t
selftest_lesson(const struct lesson *l, struct diags *diags)
{
	struct probes folded[LANG_COUNT];
	size_t i, failed = 0;
	unsigned lang;

	for (i = 0; i < l->nexercises; i++) {
		if (l->exercises[i].kind != KIND_FREE_TEXT)
			continue;
		fold_examples(&l->exercises[i], folded);
		failed += selftest_exercise(l, &l->exercises[i], folded,
		    diags);
		selftest_work(l, &l->exercises[i], folded, diags);
		for (lang = 0; lang < LANG_COUNT; lang++)
			probes_free(&folded[lang]);
	}
	return failed;
}
