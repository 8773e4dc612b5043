/*
 * selftest.c: a failing example is reported at the example's own line,
 * with the verdict it got and the rule that gave it, which is what the
 * trainer needs to fix the rules.
 */
#include "config.h"

#include <string.h>

#include "checker.h"
#include "selftest.h"

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

static size_t
selftest_exercise(const struct lesson *l, const struct exercise *ex,
    struct diags *diags)
{
	const struct example *e;
	struct answer a;
	struct result r;
	size_t i, failed = 0;
	unsigned lang;
	char decided[64];

	for (lang = 0; lang < LANG_COUNT; lang++) {
		for (i = 0; i < ex->examples[lang].n; i++) {
			e = &ex->examples[lang].v[i];
			memset(&a, 0, sizeof a);
			a.text = e->answer;
			a.len = strlen(e->answer);
			checker_check(ex, lang, &a, &r);
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

size_t
selftest_lesson(const struct lesson *l, struct diags *diags)
{
	size_t i, failed = 0;

	for (i = 0; i < l->nexercises; i++) {
		if (l->exercises[i].kind == KIND_FREE_TEXT)
			failed += selftest_exercise(l, &l->exercises[i],
			    diags);
	}
	return failed;
}
