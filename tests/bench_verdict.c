/*
 * bench_verdict.c: how fast verdicts are. Three measures, one program
 * (`make bench`):
 *
 * - Realistic: every answer of tests/answers/LANG.tsv (typed the way
 *   children type) given to the shipped free-text exercises, and the
 *   answers a child can type to every shipped choice, true-false and
 *   ordering exercise (each option, the right set, the steps as shown,
 *   in the right order and reversed). Each verdict is what a front end
 *   does with a typed line: answer_parse, then checker_check. After a
 *   warm-up pass (patterns are JIT-compiled on first use, as in a
 *   session), verdicts per second are timed per kind over whole passes,
 *   the clock read around each round of passes and not per verdict, in
 *   one thread, best of BENCH_ROUNDS rounds; then each answer is timed alone
 *   (its mean over many repetitions) to find the slowest one. Every
 *   free-text answer must get the verdict its file expects, or nothing
 *   is reported. (tests/bench_answers.c)
 * - Generated (-g DIR, lessons from tests/gen_lessons): the same over
 *   the example answers of its free-text exercises and the choices.
 * - Hostile: a lesson whose free-text rules are written to backtrack
 *   catastrophically is checked against answers built to trigger them,
 *   and each verdict is timed; the same patterns are then run with
 *   PCRE2's default limits (what a naive program would do) as the
 *   reference.
 *
 * The targets: 5 ms for any verdict; as a scale, how many children one
 * core could give verdicts to if each answered every CHILD_SECONDS.
 * The last line sums up, for scripts:
 *   verdicts: X per second (free-text Y, choice Z), worst realistic W ms
 *   (target 5 ms), C children per core; generated G per second; hostile
 *   worst V ms (target 5 ms)
 *
 * Usage: bench_verdict [-e EXERCISES] [-a ANSWERS] [-g GENERATED]
 *   EXERCISES: the shipped lessons (default: the source tree's);
 *   ANSWERS: the directory of LANG.tsv files (default: tests/answers).
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench_answers.h"
#include "catalog.h"
#include "checker.h"
#include "loader.h"
#include "util.h"

#define CHILD_SECONDS	5	/* a fast child: an answer every 5 s */
#define MAX_GENERATED	10000	/* free-text answers taken from -g */

/* ---- Hostile patterns -------------------------------------------------- */

static const char *hostile_patterns[] = {
	"^(a+)+$", "(a|a)*b", "^(a|aa)+$", "(x+x+)+y", "^(\\w+\\s?)*$",
	"(.*a){12}", "^(a?){25}a{25}$", "(?:a+|b+)*c",
};
#define NPATTERNS (sizeof hostile_patterns / sizeof hostile_patterns[0])

static char *
lesson_yaml(void)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	buf_adds(&b, "format: 1\nid: bench\ntheme: ai-ethics\nage: 15-18\n"
	    "order: 1\ntitle: {en: Bench}\nintro: {en: Intro}\n"
	    "summary: {en: Summary}\nexercises:\n"
	    "  - id: hostile\n    kind: free-text\n    prompt: {en: Type}\n"
	    "    rules:\n");
	/* Every pattern in its own rule, each tried in turn: worst case. */
	for (i = 0; i < NPATTERNS; i++)
		buf_printf(&b, "      - verdict: wrong\n        patterns: "
		    "{en: '%s'}\n", hostile_patterns[i]);
	buf_adds(&b, "      - verdict: correct\n        patterns: {en: 'zzz'}\n"
	    "    default-feedback: {en: No}\n"
	    "    examples:\n      en: {accept: [zzz], reject: [b]}\n");
	return buf_take(&b);
}

static char *
answer(int which, size_t *len)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	switch (which) {
	case 0:		/* thirty a's and a '!' */
		for (i = 0; i < 30; i++)
			buf_addc(&b, 'a');
		buf_addc(&b, '!');
		break;
	case 1:		/* the longest answer, all a's */
		for (i = 0; i < 4096; i++)
			buf_addc(&b, 'a');
		break;
	case 2:		/* words and spaces, then a stop */
		for (i = 0; i < 400; i++)
			buf_adds(&b, "ab ");
		buf_adds(&b, "!");
		break;
	default:	/* a megabyte of x's (cut to 4096 bytes) */
		for (i = 0; i < 1024 * 1024; i++)
			buf_addc(&b, 'x');
		break;
	}
	*len = b.len;
	return buf_take(&b);
}

static const char *answer_names[] = {
	"30 a's and '!'", "4096 a's", "'ab ' x 400 + '!'", "1 MiB of x",
};

/* One pattern with PCRE2's default limits, no JIT: the reference. */
static double
reference_ms(const char *pat, const char *subj, size_t len)
{
	pcre2_code *code;
	pcre2_match_data *md;
	int err;
	PCRE2_SIZE off;
	double t;

	code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP, &err, &off, NULL);
	if (code == NULL)
		return -1;
	md = pcre2_match_data_create_from_pattern(code, NULL);
	t = bench_now();
	pcre2_match(code, (PCRE2_SPTR)subj, len, 0, 0, md, NULL);
	t = bench_now() - t;
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	return t * 1000;
}

/* The table of verdict times against hostile patterns; the worst in ms. */
static int
hostile(double *allworst, double *refworst)
{
	struct diags d;
	struct lesson *l;
	struct answer a;
	struct result r;
	char *yaml, *ans;
	size_t len, i, k, reps = 200;
	double t, worst, total, ref;

	*allworst = *refworst = 0;
	yaml = lesson_yaml();
	diags_init(&d);
	l = loader_load_buffer("bench.yaml", yaml, strlen(yaml), &d);
	if (l == NULL) {
		diags_print(&d, stderr);
		return -1;
	}
	printf("Verdict time against %zu catastrophic patterns in one "
	    "exercise\n(every rule tried; %zu runs each; target: under "
	    "5 ms per verdict)\n\n", NPATTERNS, reps);
	printf("%-20s %12s %12s   %s\n", "answer", "tutor mean", "tutor worst",
	    "reference: PCRE2 defaults, same patterns, one run");
	for (i = 0; i < 4; i++) {
		ans = answer((int)i, &len);
		memset(&a, 0, sizeof a);
		a.text = ans;
		a.len = len;
		worst = total = 0;
		/* The clock around each verdict: the worst one is wanted. */
		for (k = 0; k < reps; k++) {
			t = bench_now();
			checker_check(&l->exercises[0], LANG_EN, &a, &r);
			t = (bench_now() - t) * 1000;
			total += t;
			if (t > worst)
				worst = t;
		}
		ref = 0;
		if (i < 3) {
			for (k = 0; k < NPATTERNS; k++)
				ref += reference_ms(hostile_patterns[k], ans,
				    len);
		}
		if (ref > *refworst)
			*refworst = ref;
		if (worst > *allworst)
			*allworst = worst;
		printf("%-20s %9.3f ms %9.3f ms   ", answer_names[i],
		    total / reps, worst);
		if (i < 3)
			printf("%.1f ms\n", ref);
		else
			printf("(not run: minutes)\n");
		free(ans);
	}
	printf("\nhostile: worst %.3f ms (target 5 ms), PCRE2 defaults "
	    "worst %.1f ms\n", *allworst, *refworst);
	lesson_free(l);
	diags_free(&d);
	free(yaml);
	return 0;
}

/* ---- main ------------------------------------------------------------- */

int
main(int argc, char **argv)
{
	const char *shipped = TUTOR_SRCDIR "/exercises";
	const char *answers = TUTOR_SRCDIR "/tests/answers";
	const char *generated = NULL;
	struct catalog cat, gen;
	struct jobs real = { 0 }, gjobs = { 0 };
	struct measure m, gm;
	size_t typed, bad, ex, examples, step;
	double hworst, href;
	int ch;

	while ((ch = getopt(argc, argv, "e:a:g:")) != -1) {
		if (ch == 'e')
			shipped = optarg;
		else if (ch == 'a')
			answers = optarg;
		else if (ch == 'g')
			generated = optarg;
		else {
			fprintf(stderr, "usage: bench_verdict [-e EXERCISES] "
			    "[-a ANSWERS] [-g GENERATED]\n");
			return 64;
		}
	}

	/* The shipped lessons and the children's answers. */
	if (answers_load(shipped, &cat) != 0 ||
	    answers_read_tsv(answers, &cat, &real) != 0)
		return 1;
	typed = real.n;
	answers_add_choices(&real, &cat);
	if ((bad = answers_warm_up(&real)) != 0) {
		fprintf(stderr, "bench_verdict: %zu answers do not get the "
		    "verdict they should: not timing them\n", bad);
		return 1;
	}
	ex = answers_count_exercises(&cat);
	printf("Realistic verdicts: %zu lessons, %zu exercises (%s); %zu "
	    "free-text answers from %s, typed as children type, and %zu "
	    "answers to the choices, true-false and ordering exercises.\n"
	    "Each: answer_parse + checker_check; one thread, after a "
	    "warm-up; verdicts per second: best of %d rounds of whole "
	    "passes; mean: its inverse.\n\n", cat.n, ex, shipped, typed,
	    answers, real.n - typed, BENCH_ROUNDS);
	answers_measure(&real, &cat, 100, &m);
	answers_print(&m);
	printf("one core, verdicts alone: %.0f children answering every "
	    "%d s (%.0f if every answer were free text)\n\n",
	    m.mix * CHILD_SECONDS, CHILD_SECONDS,
	    m.free_text * CHILD_SECONDS);

	/* The generated lessons. */
	memset(&gm, 0, sizeof gm);
	if (generated != NULL) {
		if (answers_load(generated, &gen) != 0)
			return 1;
		examples = answers_count_examples(&gen);
		step = examples / MAX_GENERATED + 1;
		answers_add_examples(&gjobs, &gen, step);
		typed = gjobs.n;
		answers_add_choices(&gjobs, &gen);
		if ((bad = answers_warm_up(&gjobs)) != 0) {
			fprintf(stderr, "bench_verdict: %zu example answers "
			    "of %s do not get their verdict\n", bad,
			    generated);
			return 1;
		}
		printf("Generated lessons: %zu lessons, %zu exercises (%s); "
		    "%zu of their %zu example answers (one in %zu) and %zu "
		    "answers to the others.\n\n", gen.n,
		    answers_count_exercises(&gen), generated, typed,
		    examples, step, gjobs.n - typed);
		answers_measure(&gjobs, &gen, 3, &gm);
		answers_print(&gm);
		printf("\n");
		answers_free(&gjobs);
		catalog_free(&gen);
	}

	if (hostile(&hworst, &href) != 0)
		return 1;
	printf("\nverdicts: %.0f per second (free-text %.0f, choice %.0f), "
	    "worst realistic %.3f ms (target 5 ms), %.0f children per core",
	    m.mix, m.free_text, m.choice, m.worst, m.mix * CHILD_SECONDS);
	if (generated != NULL)
		printf("; generated %.0f per second", gm.mix);
	printf("; hostile worst %.3f ms (target 5 ms)\n", hworst);
	answers_free(&real);
	catalog_free(&cat);
	return 0;
}
