/*
 * gen_lessons.c: write N exercises, spread over lesson files that
 * `tutor check` accepts, for benchmarks (`make bench-check`, `make
 * bench`) and for the test that proves them valid (tests/gen-lessons.sh).
 *
 * The exercises look like the shipped ones: every kind, in about the
 * shipped proportions (a quarter single-choice, a sixth multiple-choice,
 * a quarter true-false, a sixth free-text, a sixth ordering); in Arabic,
 * French and English, with Tifinagh (zgh) in one lesson in three (in
 * the exercises the bank has it for); scenarios, hints, explanations
 * and {{name}} references to a _names.yaml written beside the lessons.
 * A free-text exercise has the rules of a real one ("I don't know", a
 * negation, wrong ideas, two to five correct ideas in one or several
 * rules, sometimes a common pattern, a partly rule with match: all) and
 * 12 to 24 example answers in each language, so that `tutor check` runs
 * about as many self-tests per exercise as on the shipped lessons. The
 * words come from gen_lessons_text.c.
 *
 * Usage: gen_lessons [-s SEED] [-x PER_LESSON] DIR [N]
 *   N exercises (default 10,000), PER_LESSON to a lesson (default 100;
 *   the loader takes 1 to 200). DIR is created if needed; files already
 *   there are overwritten. The same seed gives the same files. Prints
 *   what it wrote, as `tutor check` counts it:
 *     gen_lessons: L lessons, E exercises, X example answers (...)
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "exercise.h"
#include "gen_lessons.h"
#include "util.h"
#include "yamltree.h"

/* The order of a text's languages, as in the shipped lessons. */
static const enum lang order[] = { LANG_AR, LANG_FR, LANG_EN, LANG_ZGH };
#define LANGS_3 ((1u << LANG_AR) | (1u << LANG_FR) | (1u << LANG_EN))
#define LANGS_4 (LANGS_3 | (1u << LANG_ZGH))

struct gen {
	struct buf	 b;
	uint64_t	 rng;
	langset		 lesson_langs;
	enum age	 band;
	langset		 langs;		/* the exercise's */
	unsigned	 name, town, age;
	unsigned	 number;	/* the lesson's, for {n} */
	size_t		 examples, zgh;
	size_t		 kinds[KIND_COUNT];
};

static uint64_t
next(struct gen *g)
{
	/* xorshift64*, as tests/gen_progress.c: the same everywhere. */
	g->rng ^= g->rng >> 12;
	g->rng ^= g->rng << 25;
	g->rng ^= g->rng >> 27;
	return g->rng * 2685821657736338717ULL;
}

static unsigned
pick(struct gen *g, unsigned n)
{
	return (unsigned)((next(g) >> 11) % n);
}

/* Shuffle v[0..n) (Fisher-Yates). */
static void
shuffle(struct gen *g, unsigned *v, unsigned n)
{
	unsigned i, j, t;

	for (i = n; i > 1; i--) {
		j = pick(g, i);
		t = v[i - 1];
		v[i - 1] = v[j];
		v[j] = t;
	}
}

static bool
has(const struct tr *t, langset langs)
{
	unsigned i;

	for (i = 0; i < LANG_COUNT; i++) {
		if ((langs & (1u << i)) && t->s[i] == NULL)
			return false;
	}
	return true;
}

/* A double-quoted YAML scalar, with {name}, {town}, {age} and {n} replaced. */
static void
put_q(struct gen *g, const char *s, enum lang l)
{
	const char *rep;
	char num[16];
	size_t n;

	buf_addc(&g->b, '"');
	while (*s != '\0') {
		rep = NULL;
		if (strncmp(s, "{name}", n = 6) == 0)
			rep = gl_names[g->name].s[l];
		else if (strncmp(s, "{town}", n = 6) == 0)
			rep = gl_towns[g->town].s[l];
		else if (strncmp(s, "{age}", n = 5) == 0) {
			snprintf(num, sizeof num, "%u", g->age);
			rep = num;
		} else if (strncmp(s, "{n}", n = 3) == 0) {
			snprintf(num, sizeof num, "%u", g->number);
			rep = num;
		}
		if (rep != NULL) {
			buf_adds(&g->b, rep);
			s += n;
			continue;
		}
		if (*s == '"' || *s == '\\')
			buf_addc(&g->b, '\\');
		buf_addc(&g->b, *s++);
	}
	buf_addc(&g->b, '"');
}

/* A single-quoted YAML scalar: a pattern, written as trainers write them. */
static void
put_pattern(struct gen *g, const char *s)
{
	buf_addc(&g->b, '\'');
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			buf_addc(&g->b, '\'');
		buf_addc(&g->b, *s);
	}
	buf_addc(&g->b, '\'');
}

/*
 * A text in the exercise's languages: "KEY:" then a line a language, at
 * indent; with key NULL, a list item ("- ar: ...").
 */
static void
put_text(struct gen *g, int indent, const char *key, const struct tr *t,
    langset langs)
{
	bool first = true;
	size_t i;

	if (key != NULL) {
		buf_printf(&g->b, "%*s%s:\n", indent, "", key);
		/* "- text:" opens a list item: its texts go under "text". */
		indent += key[0] == '-' ? 4 : 2;
	}
	for (i = 0; i < sizeof order / sizeof order[0]; i++) {
		if (!(langs & (1u << order[i])))
			continue;
		if (key == NULL)
			buf_printf(&g->b, "%*s%s%s: ", indent, "",
			    first ? "- " : "  ", lang_code(order[i]));
		else
			buf_printf(&g->b, "%*s%s: ", indent, "",
			    lang_code(order[i]));
		put_q(g, t->s[order[i]], order[i]);
		buf_addc(&g->b, '\n');
		first = false;
	}
}

static void
begin_exercise(struct gen *g, enum kind k, unsigned n, langset langs)
{
	g->langs = langs;
	g->name = pick(g, (unsigned)gl_nnames);
	g->town = pick(g, (unsigned)gl_ntowns);
	/* 8-10, 11-14 or 15-18: the lesson's age band. */
	g->age = g->band == AGE_8_10 ? 8 + pick(g, 3) : g->band == AGE_11_14 ?
	    11 + pick(g, 4) : 15 + pick(g, 4);
	g->kinds[k]++;
	if (langs & (1u << LANG_ZGH))
		g->zgh++;
	buf_printf(&g->b, "\n  - id: %s-%u\n    kind: %s\n", kind_code(k), n,
	    kind_code(k));
}

/* Hints: up to max of the list that are written in the languages. */
static void
put_hints(struct gen *g, const struct tr *hints, size_t n, unsigned max)
{
	unsigned idx[8], k = 0, want, i;

	for (i = 0; i < n && k < 8; i++) {
		if (has(&hints[i], g->langs))
			idx[k++] = i;
	}
	want = pick(g, max + 1);
	if (want > k)
		want = k;
	if (want == 0)
		return;
	buf_adds(&g->b, "    hints:\n");
	for (i = 0; i < want; i++)
		put_text(g, 6, NULL, &hints[idx[i]], g->langs);
}

/* n distinct items of list (those written in the languages) into out. */
static unsigned
pick_items(struct gen *g, const struct gl_item *list, size_t nlist,
    unsigned n, unsigned *out)
{
	unsigned idx[16], k = 0, i;

	for (i = 0; i < nlist && k < 16; i++) {
		if (has(&list[i].text, g->langs) && has(&list[i].why, g->langs))
			idx[k++] = i;
	}
	shuffle(g, idx, k);
	if (n > k)
		n = k;
	memcpy(out, idx, n * sizeof *out);
	return n;
}

static void
put_option(struct gen *g, const struct gl_item *it, bool correct)
{
	const struct tr *yn = correct ? &gl_yes : &gl_no;
	struct tr fb;
	char *s[LANG_COUNT] = { NULL };
	size_t i;

	put_text(g, 6, "- text", &it->text, g->langs);
	if (correct)
		buf_adds(&g->b, "        correct: true\n");
	/* "Yes. " or "Not this one. " in front of why. */
	for (i = 0; i < LANG_COUNT; i++) {
		fb.s[i] = NULL;
		if (g->langs & (1u << i)) {
			xasprintf(&s[i], "%s %s", yn->s[i], it->why.s[i]);
			fb.s[i] = s[i];
		}
	}
	put_text(g, 8, "feedback", &fb, g->langs);
	for (i = 0; i < LANG_COUNT; i++)
		free(s[i]);
}

static void
write_choice(struct gen *g, enum kind k, unsigned n)
{
	const struct gl_category *c;
	unsigned right[16], wrong[16], nright, nwrong, slot[16], i, total;
	langset langs = LANGS_3;

	c = &gl_categories[pick(g, (unsigned)gl_ncategories)];
	if ((g->lesson_langs & (1u << LANG_ZGH)) &&
	    has(k == KIND_SINGLE ? &c->single_prompt : &c->multiple_prompt,
	    LANGS_4))
		langs = LANGS_4;
	begin_exercise(g, k, n, langs);
	if (k == KIND_SINGLE) {
		nright = pick_items(g, c->other, c->nother, 1, right);
		nwrong = pick_items(g, c->pick, c->npick, 2 + pick(g, 2),
		    wrong);
	} else {
		nright = pick_items(g, c->pick, c->npick, 2 + pick(g, 2),
		    right);
		nwrong = pick_items(g, c->other, c->nother, 1 + pick(g, 2),
		    wrong);
	}
	if (has(&c->scenario, g->langs) && pick(g, 2) == 0)
		put_text(g, 4, "scenario", &c->scenario, g->langs);
	put_text(g, 4, "prompt", k == KIND_SINGLE ? &c->single_prompt :
	    &c->multiple_prompt, g->langs);
	buf_adds(&g->b, "    options:\n");
	total = nright + nwrong;
	for (i = 0; i < total; i++)
		slot[i] = i;
	shuffle(g, slot, total);
	for (i = 0; i < total; i++) {
		if (slot[i] < nright)
			put_option(g, &(k == KIND_SINGLE ? c->other :
			    c->pick)[right[slot[i]]], true);
		else
			put_option(g, &(k == KIND_SINGLE ? c->pick :
			    c->other)[wrong[slot[i] - nright]], false);
	}
	put_hints(g, c->hints, 3, 3);
	if (has(&c->explanation, g->langs) && pick(g, 4) != 0)
		put_text(g, 4, "explanation", &c->explanation, g->langs);
}

static void
write_true_false(struct gen *g, unsigned n)
{
	const struct gl_statement *s;
	langset langs = LANGS_3;

	s = &gl_statements[pick(g, (unsigned)gl_nstatements)];
	if ((g->lesson_langs & (1u << LANG_ZGH)) &&
	    has(&s->text, LANGS_4))
		langs = LANGS_4;
	begin_exercise(g, KIND_TRUE_FALSE, n, langs);
	put_text(g, 4, "prompt", &s->text, g->langs);
	buf_printf(&g->b, "    answer: %s\n", s->answer ? "true" : "false");
	put_text(g, 4, "feedback-true", &s->feedback_true, g->langs);
	if (pick(g, 3) != 0)
		put_text(g, 4, "feedback-false", &s->feedback_false, g->langs);
	if (pick(g, 2) == 0)
		put_text(g, 4, "explanation", s->answer ? &s->feedback_true :
		    &s->feedback_false, g->langs);
}

static void
write_ordering(struct gen *g, unsigned n)
{
	const struct gl_sequence *q;
	langset langs = LANGS_3;
	size_t i;

	q = &gl_sequences[pick(g, (unsigned)gl_nsequences)];
	if ((g->lesson_langs & (1u << LANG_ZGH)) &&
	    has(&q->prompt, LANGS_4))
		langs = LANGS_4;
	begin_exercise(g, KIND_ORDERING, n, langs);
	put_text(g, 4, "prompt", &q->prompt, g->langs);
	buf_adds(&g->b, "    steps:\n");
	for (i = 0; i < q->nsteps; i++) {
		put_text(g, 6, "- text", &q->step[i], g->langs);
		if (q->feedback[i].s[LANG_EN] != NULL)
			put_text(g, 8, "feedback", &q->feedback[i], g->langs);
	}
	if (pick(g, 2) == 0) {
		buf_adds(&g->b, "    hints:\n");
		put_text(g, 6, NULL, &q->hint, g->langs);
	}
	put_text(g, 4, "explanation", &q->explanation, g->langs);
}

/* "patterns:" of a rule: for each language, the patterns of the ideas. */
static void
put_patterns(struct gen *g, const struct gl_topic *t, int what,
    const unsigned *ideas, unsigned nideas, const char *common, bool both)
{
	const struct gl_topic_lang *tl;
	const struct gl_pattern *p;
	size_t i;
	unsigned j;

	buf_adds(&g->b, "        patterns:\n");
	for (i = 0; i < sizeof order / sizeof order[0]; i++) {
		if (!(g->langs & (1u << order[i])))
			continue;
		tl = t->l[order[i]];
		buf_printf(&g->b, "          %s: ", lang_code(order[i]));
		switch (what) {
		case 'i':
			put_pattern(g, gl_idk[order[i]].pattern);
			break;
		case 'n':
			put_pattern(g, tl->neg.pattern);
			break;
		case 'w':
			put_pattern(g, tl->wrong.pattern);
			break;
		case 'p':
			if (!both) {
				put_pattern(g, tl->partly[0]);
				break;
			}
			buf_adds(&g->b, "[");
			put_pattern(g, tl->partly[0]);
			buf_adds(&g->b, ", ");
			put_pattern(g, tl->partly[1]);
			buf_adds(&g->b, "]");
			break;
		default:
			buf_adds(&g->b, "[");
			for (j = 0; j < nideas; j++) {
				p = &tl->correct[ideas[j]];
				if (j > 0)
					buf_adds(&g->b, ", ");
				put_pattern(g, p->pattern);
			}
			buf_adds(&g->b, "]");
			break;
		}
		buf_addc(&g->b, '\n');
	}
	if (common != NULL) {
		buf_adds(&g->b, "          common: [");
		put_pattern(g, common);
		buf_adds(&g->b, "]\n");
	}
}

static void
put_answers(struct gen *g, const char *const *v, size_t n, enum lang l,
    bool *first, const char *verdict)
{
	size_t i;

	for (i = 0; i < n && v[i] != NULL; i++) {
		buf_adds(&g->b, *first ? "" : ", ");
		if (verdict != NULL) {
			buf_adds(&g->b, "{answer: ");
			put_q(g, v[i], l);
			buf_printf(&g->b, ", verdict: %s}", verdict);
		} else
			put_q(g, v[i], l);
		*first = false;
		g->examples++;
	}
}

static void
write_free_text(struct gen *g, unsigned n)
{
	const struct gl_topic *t;
	const struct gl_topic_lang *tl;
	unsigned ideas[GL_CORRECT], nideas, split, mode, len, i;
	bool neg, wrong, partly, both, common;
	size_t li;
	enum lang l;

	t = &gl_topics[pick(g, (unsigned)gl_ntopics)];
	begin_exercise(g, KIND_FREE_TEXT, n, LANGS_3);
	neg = t->l[LANG_EN]->neg.pattern != NULL;
	wrong = pick(g, 4) != 0;
	partly = pick(g, 3) != 0;
	both = pick(g, 2) == 0;
	common = t->common != NULL && pick(g, 2) == 0;
	for (i = 0; i < GL_CORRECT; i++)
		ideas[i] = i;
	shuffle(g, ideas, GL_CORRECT);
	nideas = 2 + pick(g, GL_CORRECT - 1);
	/* One rule for all the ideas (mode 0), one each (1), or two (2). */
	mode = pick(g, 3);
	split = mode == 0 ? nideas : 1 + pick(g, nideas - 1);

	if (has(&t->scenario, g->langs) && pick(g, 2) == 0)
		put_text(g, 4, "scenario", &t->scenario, g->langs);
	put_text(g, 4, "prompt", &t->prompt, g->langs);
	buf_adds(&g->b, "    rules:\n      - verdict: wrong\n");
	put_patterns(g, t, 'i', NULL, 0, NULL, false);
	put_text(g, 8, "feedback", &gl_idk_feedback, g->langs);
	if (neg) {
		buf_adds(&g->b, "      - verdict: correct\n");
		put_patterns(g, t, 'n', NULL, 0, NULL, false);
		put_text(g, 8, "feedback", &t->neg_feedback, g->langs);
	}
	if (wrong) {
		buf_adds(&g->b, "      - verdict: wrong\n");
		put_patterns(g, t, 'w', NULL, 0, NULL, false);
		put_text(g, 8, "feedback", &t->wrong_feedback, g->langs);
	}
	for (i = 0; i < nideas; i += len) {
		len = mode == 1 ? 1 : i == 0 ? split : nideas - i;
		buf_adds(&g->b, "      - verdict: correct\n");
		put_patterns(g, t, 'c', ideas + i, len, common && i == 0 ?
		    t->common : NULL, false);
		put_text(g, 8, "feedback", &t->correct_feedback[ideas[i]],
		    g->langs);
	}
	if (partly) {
		buf_printf(&g->b, "      - verdict: partly\n%s",
		    both ? "        match: all\n" : "");
		put_patterns(g, t, 'p', NULL, 0, NULL, both);
		put_text(g, 8, "feedback", &t->partly_feedback, g->langs);
	}
	put_text(g, 4, "default-feedback", &t->default_feedback, g->langs);
	put_hints(g, t->hints, 2, 2);
	if (pick(g, 4) != 0)
		put_text(g, 4, "explanation", &t->explanation, g->langs);

	buf_adds(&g->b, "    examples:\n");
	for (li = 0; li < sizeof order / sizeof order[0]; li++) {
		bool first = true;

		l = order[li];
		if (!(g->langs & (1u << l)))
			continue;
		tl = t->l[l];
		buf_printf(&g->b, "      %s:\n        accept: [", lang_code(l));
		if (neg)
			put_answers(g, tl->neg.answers, 3, l, &first, NULL);
		for (i = 0; i < nideas; i++)
			put_answers(g, tl->correct[ideas[i]].answers, 3, l,
			    &first, NULL);
		if (common)
			put_answers(g, &tl->digits, 1, l, &first, NULL);
		buf_adds(&g->b, "]\n        reject: [");
		first = true;
		put_answers(g, gl_idk[l].answers, 2 + pick(g, 2), l, &first,
		    NULL);
		if (wrong)
			put_answers(g, tl->wrong.answers, 3, l, &first, NULL);
		if (partly)
			put_answers(g, tl->partly_answers, 2, l, &first,
			    "partly");
		put_answers(g, gl_unrelated[l], 2, l, &first, NULL);
		buf_adds(&g->b, "]\n");
	}
}

static void
write_names(const char *dir)
{
	static const char text[] =
	    "# Written by tests/gen_lessons: the names its lessons use.\n"
	    "format: 1\nnames:\n"
	    "  child-helpline:\n"
	    "    ar: الخط الهاتفي 2511 لحماية الأطفال\n"
	    "    fr: la ligne 2511 pour les enfants\n"
	    "    en: the children's helpline 2511\n"
	    "    zgh: ⴰⵙⵉⵡⵍ ⵏ ⵜⴰⵍⵍⴰⵍⵜ ⵉ ⵡⴰⵔⵔⴰⵡ (2511)\n";
	char *path;
	FILE *f;

	xasprintf(&path, "%s/_names.yaml", dir);
	if ((f = fopen(path, "w")) == NULL || fputs(text, f) == EOF ||
	    fclose(f) != 0)
		fatal("gen_lessons: %s: %s", path, strerror(errno));
	free(path);
}

static void
write_lesson(struct gen *g, const char *dir, unsigned number,
    unsigned nlessons, unsigned nexercises, unsigned long seed)
{
	static const unsigned weights[KIND_COUNT] = {
		[KIND_SINGLE] = 26, [KIND_MULTIPLE] = 17,
		[KIND_TRUE_FALSE] = 23, [KIND_FREE_TEXT] = 18,
		[KIND_ORDERING] = 16,
	};
	unsigned i, w, k;
	char *path;
	FILE *f;

	g->number = number;
	g->lesson_langs = number % 3 == 1 ? LANGS_4 : LANGS_3;
	g->band = (enum age)(number / THEME_COUNT % AGE_COUNT);
	buf_init(&g->b);
	buf_printf(&g->b, "# Written by tests/gen_lessons (seed %lu): lesson "
	    "%u of %u, for benchmarks and tests.\n# The zgh texts come from "
	    "the shipped lessons; the rest is not reviewed teaching text.\n"
	    "format: 1\nid: gen-%05u\ntheme: %s\nage: %s\norder: %u\n",
	    seed, number, nlessons, number,
	    theme_code((enum theme)(number % THEME_COUNT)),
	    age_code(g->band),
	    number / (THEME_COUNT * AGE_COUNT) % 1000);
	g->langs = g->lesson_langs;
	put_text(g, 0, "title", &gl_lesson_title, g->langs);
	put_text(g, 0, "objective", &gl_lesson_objective, g->langs);
	put_text(g, 0, "intro", &gl_lesson_intro, g->langs);
	put_text(g, 0, "summary", &gl_lesson_summary, g->langs);
	buf_adds(&g->b, "exercises:\n");
	for (i = 1; i <= nexercises; i++) {
		w = pick(g, 100);
		for (k = 0; k + 1 < KIND_COUNT && w >= weights[k]; k++)
			w -= weights[k];
		switch ((enum kind)k) {
		case KIND_SINGLE:
		case KIND_MULTIPLE:
			write_choice(g, (enum kind)k, i);
			break;
		case KIND_TRUE_FALSE:
			write_true_false(g, i);
			break;
		case KIND_FREE_TEXT:
			write_free_text(g, i);
			break;
		default:
			write_ordering(g, i);
			break;
		}
	}
	if (g->b.len > YT_MAX_FILE)
		fatal("gen_lessons: lesson %u would be %zu bytes, more than a "
		    "lesson file may have (%d): give fewer exercises a lesson "
		    "(-x)", number, g->b.len, YT_MAX_FILE);
	xasprintf(&path, "%s/gen-%05u.yaml", dir, number);
	if ((f = fopen(path, "w")) == NULL ||
	    fwrite(g->b.s, 1, g->b.len, f) != g->b.len || fclose(f) != 0)
		fatal("gen_lessons: %s: %s", path, strerror(errno));
	free(path);
	buf_free(&g->b);
}

int
main(int argc, char **argv)
{
	struct gen g;
	unsigned long seed = 1, n = 10000, per = 100, nlessons, i, here;
	const char *dir;
	char *end;
	int ch;

	while ((ch = getopt(argc, argv, "s:x:")) != -1) {
		if (ch == 's')
			seed = strtoul(optarg, NULL, 10);
		else if (ch == 'x') {
			per = strtoul(optarg, &end, 10);
			if (*end != '\0' || per < 1 || per > 200) {
				fprintf(stderr, "gen_lessons: -x: from 1 to "
				    "200 exercises a lesson\n");
				return 64;
			}
		} else
			return 64;
	}
	if (argc - optind < 1 || argc - optind > 2) {
		fprintf(stderr, "usage: gen_lessons [-s SEED] [-x PER_LESSON] "
		    "DIR [N]\n");
		return 64;
	}
	dir = argv[optind];
	if (argc - optind == 2) {
		n = strtoul(argv[optind + 1], &end, 10);
		if (*end != '\0' || n < 1 || n > 10000000) {
			fprintf(stderr, "gen_lessons: N: from 1 to "
			    "10,000,000 exercises\n");
			return 64;
		}
	}
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		fprintf(stderr, "gen_lessons: %s: %s\n", dir, strerror(errno));
		return 73;
	}
	memset(&g, 0, sizeof g);
	g.rng = 0x9e3779b97f4a7c15ULL ^ (seed * 0x2545f4914f6cdd1dULL);
	nlessons = (n + per - 1) / per;
	write_names(dir);
	for (i = 0; i < nlessons; i++) {
		here = i + 1 < nlessons ? per : n - i * per;
		write_lesson(&g, dir, (unsigned)i + 1, (unsigned)nlessons,
		    (unsigned)here, seed);
	}
	printf("gen_lessons: %lu lessons, %lu exercises, %zu example answers "
	    "(single-choice %zu, multiple-choice %zu, true-false %zu, "
	    "free-text %zu, ordering %zu; %zu in zgh) in %s\n", nlessons, n,
	    g.examples, g.kinds[KIND_SINGLE], g.kinds[KIND_MULTIPLE],
	    g.kinds[KIND_TRUE_FALSE], g.kinds[KIND_FREE_TEXT],
	    g.kinds[KIND_ORDERING], g.zgh, dir);
	return 0;
}
