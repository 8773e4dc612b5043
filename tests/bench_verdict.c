/*
 * bench_verdict.c: how long a verdict takes, worst case. A lesson whose
 * free-text rules are written to backtrack catastrophically is checked
 * against answers built to trigger them, and each verdict is timed. The
 * same patterns are then run with PCRE2's default limits (what a naive
 * program would do) as the reference. Prints a table; the target is
 * 5 ms per verdict. Run with `make bench`.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "checker.h"
#include "loader.h"
#include "util.h"

static const char *hostile_patterns[] = {
	"^(a+)+$", "(a|a)*b", "^(a|aa)+$", "(x+x+)+y", "^(\\w+\\s?)*$",
	"(.*a){12}", "^(a?){25}a{25}$", "(?:a+|b+)*c",
};
#define NPATTERNS (sizeof hostile_patterns / sizeof hostile_patterns[0])

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

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
	t = now();
	pcre2_match(code, (PCRE2_SPTR)subj, len, 0, 0, md, NULL);
	t = now() - t;
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	return t * 1000;
}

int
main(void)
{
	struct diags d;
	struct lesson *l;
	struct answer a;
	struct result r;
	char *yaml, *ans;
	size_t len, i, k, reps = 200;
	double t, worst, total, ref, refworst = 0, allworst = 0;

	yaml = lesson_yaml();
	diags_init(&d);
	l = loader_load_buffer("bench.yaml", yaml, strlen(yaml), &d);
	if (l == NULL) {
		diags_print(&d, stderr);
		return 1;
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
		for (k = 0; k < reps; k++) {
			t = now();
			checker_check(&l->exercises[0], LANG_EN, &a, &r);
			t = (now() - t) * 1000;
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
		if (ref > refworst)
			refworst = ref;
		if (worst > allworst)
			allworst = worst;
		printf("%-20s %9.3f ms %9.3f ms   ", answer_names[i],
		    total / reps, worst);
		if (i < 3)
			printf("%.1f ms\n", ref);
		else
			printf("(not run: minutes)\n");
		free(ans);
	}
	printf("\nworst verdict: %.3f ms (target 5 ms); reference worst: "
	    "%.1f ms\n", allworst, refworst);
	lesson_free(l);
	diags_free(&d);
	free(yaml);
	return 0;
}
