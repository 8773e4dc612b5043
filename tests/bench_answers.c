/*
 * bench_answers.c: verdicts per second for realistic answers. Each
 * verdict is what a front end does with a typed line (answer_parse, then
 * checker_check). Throughput is timed over whole passes of a set of
 * answers, the clock read around each round of passes and never per
 * verdict, after a warm-up pass that JIT-compiles the patterns as a
 * session does; the slowest answer is then found by timing each one
 * alone, over many verdicts.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_answers.h"
#include "checker.h"
#include "util.h"

#define ROUND_SECONDS	0.25	/* at least this long, each round */

double
bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* What a front end does with a typed line. */
static enum verdict
verdict(const struct job *j)
{
	struct answer a;
	struct result r;

	if (answer_parse(j->ex, j->line, strlen(j->line), &a) != PARSE_OK)
		return VERDICT_WRONG;
	checker_check(j->ex, exercise_lang(j->ex, j->lang), &a, &r);
	return r.verdict;
}

static void
jobs_add(struct jobs *js, const struct lesson *l, const struct exercise *ex,
    enum lang lang, const char *line, int expect)
{
	struct job *j;

	js->v = xreallocarray(js->v, js->n + 1, sizeof *js->v);
	j = &js->v[js->n++];
	j->lesson = l;
	j->ex = ex;
	j->lang = lang;
	j->line = xstrdup(line);
	j->expect = expect;
}

void
answers_free(struct jobs *js)
{
	size_t i;

	for (i = 0; i < js->n; i++)
		free(js->v[i].line);
	free(js->v);
	memset(js, 0, sizeof *js);
}

/*
 * The answers a child can type to a choice, true-false or ordering
 * exercise, in one of its languages (taken in turn: ar, fr, en, zgh).
 */
static void
choices_of(struct jobs *js, const struct lesson *l, const struct exercise *ex,
    unsigned *turn)
{
	static const enum lang langs[] = { LANG_AR, LANG_FR, LANG_EN,
	    LANG_ZGH };
	char line[64], *p;
	enum lang lang = LANG_FR;
	size_t i, k, d;

	for (i = 0; i < 4; i++) {
		lang = langs[(*turn + i) % 4];
		if (ex->langs & (1u << lang))
			break;
	}
	(*turn)++;
	switch (ex->kind) {
	case KIND_TRUE_FALSE:
		jobs_add(js, l, ex, lang, "1", -1);
		jobs_add(js, l, ex, lang, "2", -1);
		break;
	case KIND_SINGLE:
	case KIND_MULTIPLE:
		for (i = 0; i < ex->noptions; i++) {
			snprintf(line, sizeof line, "%zu", i + 1);
			jobs_add(js, l, ex, lang, line, -1);
		}
		if (ex->kind == KIND_SINGLE)
			break;
		for (p = line, i = 0; i < ex->noptions; i++) {
			if (ex->options[i].correct)
				p += sprintf(p, "%s%zu", p == line ? "" : " ",
				    i + 1);
		}
		jobs_add(js, l, ex, lang, line, VERDICT_CORRECT);
		break;
	case KIND_ORDERING:
		/* As shown, then the right order, then the right reversed. */
		for (p = line, i = 0; i < ex->nsteps; i++)
			p += sprintf(p, "%s%zu", i ? " " : "", i + 1);
		jobs_add(js, l, ex, lang, line, -1);
		for (k = 0; k < 2; k++) {
			for (p = line, i = 0; i < ex->nsteps; i++) {
				for (d = 0; d < ex->nsteps; d++) {
					if (ex->shuffle[d] == (k == 0 ? i :
					    ex->nsteps - 1 - i))
						break;
				}
				p += sprintf(p, "%s%zu", i ? " " : "", d + 1);
			}
			jobs_add(js, l, ex, lang, line, k == 0 ?
			    VERDICT_CORRECT : -1);
		}
		break;
	default:
		break;
	}
}

int
answers_load(const char *dir, struct catalog *cat)
{
	struct diags d;
	int rc;

	diags_init(&d);
	catalog_init(cat);
	rc = catalog_add(cat, dir, &d);
	catalog_finish(cat, &d);
	if (rc != 0 || d.n != 0 || cat->broken != 0 || cat->n == 0) {
		diags_print(&d, stderr);
		fprintf(stderr, "bench_verdict: %s: the lessons do not all "
		    "load (tutor check %s)\n", dir, dir);
		diags_free(&d);
		return -1;
	}
	diags_free(&d);
	return 0;
}

/* The answers of DIR/LANG.tsv: LESSON/EXERCISE, TAB, VERDICT, TAB, ANSWER. */
int
answers_read_tsv(const char *dir, const struct catalog *cat, struct jobs *js)
{
	const struct lesson *l;
	const struct exercise *ex;
	char *path, *line = NULL, *verd, *ans;
	size_t cap = 0, lineno;
	unsigned lang;
	ssize_t len;
	FILE *f;
	int v, files = 0;

	for (lang = 0; lang < LANG_COUNT; lang++) {
		xasprintf(&path, "%s/%s.tsv", dir, lang_code(lang));
		if ((f = fopen(path, "r")) == NULL) {
			free(path);
			continue;
		}
		files++;
		for (lineno = 1; (len = getline(&line, &cap, f)) != -1;
		    lineno++) {
			line[strcspn(line, "\r\n")] = '\0';
			if (line[0] == '\0' || line[0] == '#')
				continue;
			if ((verd = strchr(line, '\t')) == NULL ||
			    (ans = strchr(verd + 1, '\t')) == NULL) {
				fprintf(stderr, "bench_verdict: %s:%zu: not "
				    "LESSON/EXERCISE, verdict, answer\n", path,
				    lineno);
				return -1;
			}
			*verd++ = '\0';
			*ans++ = '\0';
			if ((v = verdict_from_code(verd)) < 0 ||
			    catalog_exercise(cat, line, &l, &ex) != 0) {
				fprintf(stderr, "bench_verdict: %s:%zu: no "
				    "exercise %s, or no verdict %s\n", path,
				    lineno, line, verd);
				return -1;
			}
			jobs_add(js, l, ex, (enum lang)lang, ans, v);
		}
		fclose(f);
		free(path);
	}
	free(line);
	if (files == 0)
		fprintf(stderr, "bench_verdict: no LANG.tsv in %s\n", dir);
	return files == 0 ? -1 : 0;
}

/* The example answers of every free-text exercise, every step-th. */
void
answers_add_examples(struct jobs *js, const struct catalog *cat, size_t step)
{
	const struct exercise *ex;
	const struct example *e;
	size_t i, j, k, n = 0;
	unsigned lang;

	for (i = 0; i < cat->n; i++) {
		for (j = 0; j < cat->lessons[i]->nexercises; j++) {
			ex = &cat->lessons[i]->exercises[j];
			for (lang = 0; lang < LANG_COUNT; lang++) {
				for (k = 0; k < ex->examples[lang].n; k++) {
					e = &ex->examples[lang].v[k];
					if (n++ % step == 0)
						jobs_add(js, cat->lessons[i],
						    ex, (enum lang)lang,
						    e->answer, (int)e->expect);
				}
			}
		}
	}
}

/* Every verdict once: the warm-up, and the check of expected verdicts. */
size_t
answers_warm_up(const struct jobs *js)
{
	size_t i, bad = 0;
	enum verdict v;

	for (i = 0; i < js->n; i++) {
		v = verdict(&js->v[i]);
		if (js->v[i].expect >= 0 && (int)v != js->v[i].expect) {
			if (bad++ < 5)
				fprintf(stderr, "bench_verdict: %s/%s [%s] "
				    "\"%s\": %s, not %s\n",
				    js->v[i].lesson->id, js->v[i].ex->id,
				    lang_code(js->v[i].lang), js->v[i].line,
				    verdict_code(v), verdict_code(
				    (enum verdict)js->v[i].expect));
		}
	}
	return bad;
}

static volatile unsigned sink;

/* Verdicts per second over whole passes: the best of BENCH_ROUNDS rounds. */
static double
throughput(const struct job *const *v, size_t n)
{
	size_t i, r, reps, round;
	unsigned acc = 0;
	double t, best = 0;

	if (n == 0)
		return 0;
	t = bench_now();
	for (i = 0; i < n; i++)
		acc += verdict(v[i]);
	t = bench_now() - t;
	reps = t > 0 ? (size_t)(ROUND_SECONDS / t) + 1 : 1000;
	for (round = 0; round < BENCH_ROUNDS; round++) {
		t = bench_now();
		for (r = 0; r < reps; r++) {
			for (i = 0; i < n; i++)
				acc += verdict(v[i]);
		}
		t = bench_now() - t;
		if (best == 0 || t < best)
			best = t;
	}
	sink = acc;
	return (double)(reps * n) / best;
}

/*
 * The slowest answer, in ms: each answer's mean over reps verdicts, the
 * best of BENCH_TRIALS tries (a try that the machine interrupted is slower,
 * and says nothing about the answer).
 */
static double
slowest(const struct job *const *v, size_t n, size_t reps, size_t *which)
{
	size_t i, r, k;
	unsigned acc = 0;
	double t, best, worst = 0;

	*which = 0;
	for (i = 0; i < n; i++) {
		best = 0;
		for (k = 0; k < BENCH_TRIALS; k++) {
			t = bench_now();
			for (r = 0; r < reps; r++)
				acc += verdict(v[i]);
			t = (bench_now() - t) * 1000 / (double)reps;
			if (k == 0 || t < best)
				best = t;
		}
		if (best > worst) {
			worst = best;
			*which = i;
		}
	}
	sink = acc;
	return worst;
}

/*
 * Time a set of answers, per kind; the mix is what a child going through
 * the lessons asks for: the kinds weighted by how many exercises of each
 * kind the lessons have (a verdict of each exercise, on average).
 */
void
answers_measure(const struct jobs *js, const struct catalog *cat, size_t reps,
    struct measure *m)
{
	const struct job **by[KIND_COUNT], **choice, **all;
	size_t nchoice = 0, i, j, w, exercises[KIND_COUNT] = { 0 }, total = 0;
	double cost = 0;
	unsigned k;

	memset(m, 0, sizeof *m);
	choice = xcalloc(js->n + 1, sizeof *choice);
	for (k = 0; k < KIND_COUNT; k++)
		by[k] = xcalloc(js->n + 1, sizeof *by[k]);
	for (i = 0; i < js->n; i++) {
		k = js->v[i].ex->kind;
		by[k][m->nkind[k]++] = &js->v[i];
		if (k != KIND_FREE_TEXT)
			choice[nchoice++] = &js->v[i];
	}
	for (k = 0; k < KIND_COUNT; k++)
		m->kind[k] = throughput(by[k], m->nkind[k]);
	m->free_text = m->kind[KIND_FREE_TEXT];
	m->choice = throughput(choice, nchoice);
	m->nchoice = nchoice;
	for (i = 0; i < cat->n; i++) {
		for (j = 0; j < cat->lessons[i]->nexercises; j++) {
			exercises[cat->lessons[i]->exercises[j].kind]++;
			total++;
		}
	}
	for (k = 0; k < KIND_COUNT; k++) {
		if (exercises[k] != 0 && m->kind[k] > 0)
			cost += (double)exercises[k] / (double)total /
			    m->kind[k];
	}
	m->mix = cost > 0 ? 1 / cost : 0;
	/* Every answer, for the slowest. */
	all = xcalloc(js->n + 1, sizeof *all);
	for (i = 0; i < js->n; i++)
		all[i] = &js->v[i];
	m->worst = slowest(all, js->n, reps, &w);
	m->worst_job = js->n ? &js->v[w] : NULL;
	for (k = 0; k < KIND_COUNT; k++)
		free(by[k]);
	free(choice);
	free(all);
}

void
answers_print(const struct measure *m)
{
	static const unsigned order[] = { KIND_FREE_TEXT, KIND_SINGLE,
	    KIND_MULTIPLE, KIND_TRUE_FALSE, KIND_ORDERING };
	size_t i;

	printf("%-34s %8s %14s %10s\n", "kind", "answers", "verdicts/s",
	    "mean");
	for (i = 0; i < KIND_COUNT; i++) {
		if (m->nkind[order[i]] == 0)
			continue;
		printf("%-34s %8zu %14.0f %7.1f us\n", kind_code(order[i]),
		    m->nkind[order[i]], m->kind[order[i]],
		    1e6 / m->kind[order[i]]);
	}
	printf("%-34s %8zu %14.0f %7.1f us\n", "choice (all but free-text)",
	    m->nchoice, m->choice, m->choice > 0 ? 1e6 / m->choice : 0);
	printf("%-34s %8s %14.0f %7.1f us\n", "mix: kinds as in the lessons",
	    "", m->mix, m->mix > 0 ? 1e6 / m->mix : 0);
	if (m->worst_job != NULL)
		printf("slowest answer (mean of its verdicts, best of %d "
		    "tries): %.3f ms (target 5 ms)\n  %s/%s [%s] "
		    "\"%.60s\"\n", BENCH_TRIALS, m->worst,
		    m->worst_job->lesson->id, m->worst_job->ex->id,
		    lang_code(m->worst_job->lang), m->worst_job->line);
}

size_t
answers_count_examples(const struct catalog *cat)
{
	size_t i, j, n = 0;
	unsigned lang;

	for (i = 0; i < cat->n; i++) {
		for (j = 0; j < cat->lessons[i]->nexercises; j++) {
			for (lang = 0; lang < LANG_COUNT; lang++)
				n += cat->lessons[i]->exercises[j].
				    examples[lang].n;
		}
	}
	return n;
}

void
answers_add_choices(struct jobs *js, const struct catalog *cat)
{
	unsigned turn = 0;
	size_t i, j;

	for (i = 0; i < cat->n; i++) {
		for (j = 0; j < cat->lessons[i]->nexercises; j++)
			choices_of(js, cat->lessons[i],
			    &cat->lessons[i]->exercises[j], &turn);
	}
}

size_t
answers_count_exercises(const struct catalog *cat)
{
	size_t i, n = 0;

	for (i = 0; i < cat->n; i++)
		n += cat->lessons[i]->nexercises;
	return n;
}

