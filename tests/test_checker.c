/*
 * test_checker.c: verdicts for every kind of exercise, reading typed
 * answers, and the promise that any bytes of any length get a verdict.
 * Uses fixtures/good/sample.yaml and fixtures/good/arabic.yaml.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checker.h"
#include "loader.h"
#include "selftest.h"
#include "tap.h"
#include "util.h"

static struct lesson *
load(const char *name)
{
	char path[1024];
	const char *fixtures = getenv("FIXTURES");
	struct diags d;
	struct lesson *l;

	snprintf(path, sizeof path, "%s/good/%s",
	    fixtures ? fixtures : "tests/fixtures", name);
	diags_init(&d);
	l = loader_load_file(path, &d);
	diags_print(&d, stdout);
	diags_free(&d);
	if (l == NULL) {
		printf("Bail out! cannot load %s\n", path);
		exit(1);
	}
	return l;
}

/* The verdict for a typed line; -1 when it cannot be read. */
static int
typed(const struct exercise *ex, enum lang lang, const char *line,
    struct result *r)
{
	struct answer a;

	if (answer_parse(ex, line, strlen(line), &a) != PARSE_OK)
		return -1;
	checker_check(ex, lang, &a, r);
	return (int)r->verdict;
}

static const char *
feedback(const struct result *r, size_t i, enum lang lang)
{
	return i < r->nfeedback ? text_get(r->feedback[i], lang) : NULL;
}

static void
choices(struct lesson *l)
{
	const struct exercise *ex;
	struct result r;

	ex = lesson_exercise(l, "pick-one");
	ok(typed(ex, LANG_EN, "1", &r) == VERDICT_CORRECT, "single: 1 right");
	is_str(feedback(&r, 0, LANG_EN), "Yes, a nickname is fine.",
	    "single: the option's feedback");
	ok(typed(ex, LANG_EN, "2", &r) == VERDICT_WRONG, "single: 2 wrong");
	is_str(feedback(&r, 0, LANG_FR), "Un inconnu pourrait te trouver.",
	    "single: feedback in French");
	ok(typed(ex, LANG_EN, "3", &r) == VERDICT_WRONG &&
	    r.nfeedback == 0, "single: no feedback when the option has none");
	ok(typed(ex, LANG_EN, " ١ ", &r) == VERDICT_CORRECT,
	    "single: Arabic-Indic digit");
	ok(typed(ex, LANG_EN, "1 2", &r) == -1, "single: two numbers refused");
	ok(typed(ex, LANG_EN, "4", &r) == -1, "single: out of range refused");
	ok(typed(ex, LANG_EN, "0", &r) == -1, "single: zero refused");
	ok(typed(ex, LANG_EN, "abc", &r) == -1, "single: words refused");
	ok(typed(ex, LANG_EN, "", &r) == -1, "single: empty refused");
	ok(typed(ex, LANG_EN, "99999999999999999999", &r) == -1,
	    "single: a huge number refused");

	ex = lesson_exercise(l, "pick-many");
	ok(typed(ex, LANG_EN, "1 3", &r) == VERDICT_CORRECT, "multi: 1 3");
	ok(typed(ex, LANG_EN, "3,1", &r) == VERDICT_CORRECT, "multi: 3,1");
	ok(typed(ex, LANG_EN, "13", &r) == VERDICT_CORRECT, "multi: 13");
	ok(typed(ex, LANG_EN, "1", &r) == VERDICT_PARTLY, "multi: 1 partly");
	ok(typed(ex, LANG_EN, "1 2 3", &r) == VERDICT_PARTLY,
	    "multi: all three partly");
	is_str(feedback(&r, 0, LANG_EN), "That one is fine to share.",
	    "multi: feedback of the wrong pick");
	ok(typed(ex, LANG_EN, "2", &r) == VERDICT_WRONG, "multi: 2 wrong");

	ex = lesson_exercise(l, "true-or-false");
	ok(typed(ex, LANG_EN, "2", &r) == VERDICT_CORRECT, "tf: 2 (false)");
	ok(typed(ex, LANG_EN, "False", &r) == VERDICT_CORRECT, "tf: False");
	ok(typed(ex, LANG_FR, "faux", &r) == VERDICT_CORRECT, "tf: faux");
	ok(typed(ex, LANG_AR, "خطأ", &r) == VERDICT_CORRECT, "tf: خطأ");
	is_str(feedback(&r, 0, LANG_AR), "صحيح، احتفظ بها لنفسك.",
	    "tf: feedback in Arabic");
	ok(typed(ex, LANG_FR, "VRAI", &r) == VERDICT_WRONG, "tf: VRAI wrong");
	ok(typed(ex, LANG_AR, "صح", &r) == VERDICT_WRONG, "tf: صح wrong");
	ok(typed(ex, LANG_EN, "maybe", &r) == -1, "tf: maybe refused");
}

static void
ordering(struct lesson *l)
{
	const struct exercise *ex;
	struct result r;
	char right[32], wrong[32];
	unsigned place[3];
	size_t i;

	ex = lesson_exercise(l, "in-order");
	/* The shown number of each step. */
	for (i = 0; i < 3; i++)
		place[ex->shuffle[i]] = (unsigned)i + 1;
	snprintf(right, sizeof right, "%u %u %u", place[0], place[1],
	    place[2]);
	ok(typed(ex, LANG_EN, right, &r) == VERDICT_CORRECT,
	    "ordering: %s is right", right);
	snprintf(right, sizeof right, "%u%u%u", place[0], place[1], place[2]);
	ok(typed(ex, LANG_EN, right, &r) == VERDICT_CORRECT,
	    "ordering: %s run together", right);
	snprintf(wrong, sizeof wrong, "%u %u %u", place[2], place[0],
	    place[1]);
	ok(typed(ex, LANG_EN, wrong, &r) == VERDICT_WRONG && r.placed == 0,
	    "ordering: %s wrong", wrong);
	is_str(feedback(&r, 0, LANG_EN), "The symbol comes last.",
	    "ordering: feedback of the misplaced step");
	snprintf(wrong, sizeof wrong, "%u %u %u", place[1], place[0],
	    place[2]);
	ok(typed(ex, LANG_EN, wrong, &r) == VERDICT_WRONG && r.placed == 1,
	    "ordering: one of three in place is wrong");
	ok(typed(ex, LANG_EN, "1 2", &r) == -1, "ordering: missing step");
	ok(typed(ex, LANG_EN, "1 1 2", &r) == -1, "ordering: repeated step");
	ok(typed(ex, LANG_EN, "1 2 4", &r) == -1, "ordering: no step 4");
}

static void
free_text(struct lesson *l)
{
	const struct exercise *ex;
	struct result r;

	ex = lesson_exercise(l, "never-share");
	ok(typed(ex, LANG_EN, "my ADDRESS", &r) == VERDICT_CORRECT &&
	    r.rule == 2, "free: capitals");
	is_str(feedback(&r, 0, LANG_EN), "Yes, keep that secret.",
	    "free: the rule's feedback");
	ok(typed(ex, LANG_FR, "mon numero de telephone", &r) ==
	    VERDICT_CORRECT, "free: no accents");
	ok(typed(ex, LANG_FR, "MON TÉLÉPHONE", &r) == VERDICT_CORRECT,
	    "free: capitals with accents");
	ok(typed(ex, LANG_FR, "mon te\xcc\x81le\xcc\x81phone", &r) ==
	    VERDICT_CORRECT, "free: decomposed accents");
	ok(typed(ex, LANG_EN, "I would not tell my address", &r) ==
	    VERDICT_WRONG && r.rule == 0, "free: negation first");
	ok(typed(ex, LANG_EN, "my first name", &r) == VERDICT_PARTLY &&
	    r.rule == 1, "free: match all");
	ok(typed(ex, LANG_EN, "my name", &r) == VERDICT_WRONG && r.rule == -1,
	    "free: match all needs every pattern");
	is_str(feedback(&r, 0, LANG_EN), "Think of your home or your phone.",
	    "free: default feedback");
	ok(typed(ex, LANG_EN, "0612345678", &r) == VERDICT_CORRECT,
	    "free: common pattern");
	ok(typed(ex, LANG_EN, "٠٦١٢٣٤٥٦٧٨", &r) == VERDICT_CORRECT,
	    "free: common pattern with Arabic-Indic digits");
	ok(typed(ex, LANG_FR, "my address", &r) == VERDICT_WRONG,
	    "free: English patterns do not apply in French");
	ok(typed(ex, LANG_EN, "my\xe2\x80\x8b" " addr\xe2\x80\xae" "ess", &r) ==
	    VERDICT_CORRECT, "free: invisible characters removed");
	ok(typed(ex, LANG_EN, "", &r) == -1, "free: empty is not an answer");
	ok(typed(ex, LANG_EN, " \t ", &r) == -1, "free: spaces are not one");
}

static void
arabic(void)
{
	struct lesson *l = load("arabic.yaml");
	const struct exercise *ex = &l->exercises[0];
	struct result r;

	ok(typed(ex, LANG_AR, "الشَّرِكَة", &r) == VERDICT_CORRECT,
	    "arabic: harakat and ta marbuta");
	ok(typed(ex, LANG_AR, "الإنسان", &r) == VERDICT_CORRECT,
	    "arabic: hamza under alef");
	ok(typed(ex, LANG_AR, "البشـــر", &r) == VERDICT_CORRECT,
	    "arabic: tatweel");
	ok(typed(ex, LANG_AR, "ﺍﻟﺸﺮﻛﺔ", &r) == VERDICT_CORRECT,
	    "arabic: presentation forms");
	ok(typed(ex, LANG_AR, "NAS li dir", &r) == VERDICT_CORRECT,
	    "arabic: arabizi");
	ok(typed(ex, LANG_AR, "الآلة", &r) == VERDICT_WRONG && r.rule == 0,
	    "arabic: the machine is wrong");
	ok(typed(ex, exercise_lang(ex, LANG_FR), "الشركة", &r) ==
	    VERDICT_CORRECT,
	    "arabic: an exercise only in ar is checked in ar");
	{
		struct diags d;
		diags_init(&d);
		ok(selftest_lesson(l, &d) == 0 && d.n == 0,
		    "arabic: every example passes");
		diags_print(&d, stdout);
		diags_free(&d);
	}
	lesson_free(l);
}

/* Any bytes, any length: a verdict, and no crash. */
static void
hostile_answers(struct lesson *l)
{
	const struct exercise *ex = lesson_exercise(l, "never-share");
	struct answer a;
	struct result r;
	char *big;
	size_t i;
	static const char *odd[] = {
		"\xff\xfe\xfd", "\xc0\xaf", "\xed\xa0\x80", "\x1b[2J\x1b]0;x\a",
		"\xe2\x80\xae" "sserdda", "address\x7f", "\xf4\x90\x80\x80",
	};

	for (i = 0; i < sizeof odd / sizeof odd[0]; i++) {
		memset(&a, 0, sizeof a);
		a.text = odd[i];
		a.len = strlen(odd[i]);
		checker_check(ex, LANG_EN, &a, &r);
		ok(r.verdict <= VERDICT_CORRECT, "odd answer %zu gets a verdict",
		    i);
	}
	a.text = "address\0password";
	a.len = 16;
	checker_check(ex, LANG_EN, &a, &r);
	ok(r.verdict == VERDICT_CORRECT, "an answer with a NUL byte");
	big = xmalloc(1024 * 1024);
	memset(big, 'a', 1024 * 1024);
	memcpy(big, "password ", 9);
	a.text = big;
	a.len = 1024 * 1024;
	checker_check(ex, LANG_EN, &a, &r);
	ok(r.verdict == VERDICT_CORRECT, "a megabyte of text");
	for (i = 0; i < 1024 * 1024; i++)
		big[i] = (char)(i * 7 + 3);
	a.text = big;
	checker_check(ex, LANG_EN, &a, &r);
	ok(r.verdict <= VERDICT_CORRECT, "a megabyte of random bytes");
	free(big);
}

int
main(void)
{
	struct lesson *l = load("sample.yaml");
	struct diags d;

	choices(l);
	ordering(l);
	free_text(l);
	arabic();
	hostile_answers(l);
	diags_init(&d);
	ok(selftest_lesson(l, &d) == 0, "the sample's examples all pass");
	diags_print(&d, stdout);
	diags_free(&d);
	ok(selftest_count(l) == 14, "the sample has 14 examples");
	lesson_free(l);
	return tap_done();
}
