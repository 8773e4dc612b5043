/*
 * checker.c: verdicts. Free-text answers are cleaned and folded
 * (normalize.c) and then run through the exercise's rules in order; the
 * first rule that matches decides. The answer is cut to
 * NORMALIZE_MAX_ANSWER bytes and every pattern has a bounded amount of
 * work (pattern.c), so any answer, of any bytes and any length, gets a
 * verdict in bounded time.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "checker.h"
#include "i18n.h"
#include "normalize.h"
#include "pattern.h"
#include "util.h"

static void
add_feedback(struct result *r, const struct text *t)
{
	if (t != NULL && !text_empty(t) && r->nfeedback < RESULT_MAX_FEEDBACK)
		r->feedback[r->nfeedback++] = t;
}

static void
check_choice(const struct exercise *ex, const struct answer *a,
    struct result *r)
{
	unsigned right = 0, mask;
	size_t i;

	mask = ex->noptions >= 32 ? ~0u : (1u << ex->noptions) - 1;
	for (i = 0; i < ex->noptions; i++) {
		if (ex->options[i].correct)
			right |= 1u << i;
	}
	if ((a->chosen & mask) == right)
		r->verdict = VERDICT_CORRECT;
	else if ((a->chosen & right) != 0)
		r->verdict = VERDICT_PARTLY;
	else
		r->verdict = VERDICT_WRONG;
	for (i = 0; i < ex->noptions; i++) {
		if (a->chosen & (1u << i))
			add_feedback(r, &ex->options[i].feedback);
	}
}

static void
check_ordering(const struct exercise *ex, const struct answer *a,
    struct result *r)
{
	size_t i;

	r->placed = 0;
	for (i = 0; i < ex->nsteps; i++) {
		if (i < a->norder && a->order[i] == i)
			r->placed++;
	}
	if (r->placed == ex->nsteps)
		r->verdict = VERDICT_CORRECT;
	else if (r->placed * 2 >= ex->nsteps)
		r->verdict = VERDICT_PARTLY;
	else
		r->verdict = VERDICT_WRONG;
	/* The feedback of the first step out of place that has one. */
	for (i = 0; r->verdict != VERDICT_CORRECT && i < a->norder; i++) {
		if (a->order[i] != i && a->order[i] < ex->nsteps &&
		    !text_empty(&ex->steps[a->order[i]].feedback)) {
			add_feedback(r, &ex->steps[a->order[i]].feedback);
			break;
		}
	}
}

/*
 * Whether a rule matches, using the patterns of the language and the
 * common ones. A rule with no pattern for the language does not apply.
 * Stops as soon as the outcome is known.
 */
static bool
rule_matches(const struct rule *rule, enum lang lang, const char *s,
    size_t len, bool *limited)
{
	const struct pattern_list *lists[2];
	size_t i, j;
	bool found, lim;

	lists[0] = &rule->patterns[lang];
	lists[1] = &rule->patterns[LANG_COUNT];
	if (lists[0]->n + lists[1]->n == 0)
		return false;
	for (i = 0; i < 2; i++) {
		for (j = 0; j < lists[i]->n; j++) {
			found = pattern_match(lists[i]->v[j], s, len, &lim);
			if (lim)
				*limited = true;
			if (found && rule->match == MATCH_ANY)
				return true;
			if (found && rule->match == MATCH_NONE)
				return false;
			if (!found && rule->match == MATCH_ALL)
				return false;
		}
	}
	return rule->match != MATCH_ANY;
}

/* The rules on an answer already folded (or cleaned). */
static void
match_rules(const struct exercise *ex, enum lang lang, const char *s,
    size_t len, struct result *r)
{
	const struct rule *rule;
	size_t i;

	r->rule = -1;
	r->verdict = VERDICT_WRONG;
	for (i = 0; i < ex->nrules; i++) {
		rule = &ex->rules[i];
		if (rule_matches(rule, lang, s, len, &r->limited)) {
			r->rule = (int)i;
			r->verdict = rule->verdict;
			add_feedback(r, &rule->feedback);
			break;
		}
	}
	if (r->rule == -1)
		add_feedback(r, &ex->default_feedback);
}

static void
check_free_text(const struct exercise *ex, enum lang lang,
    const struct answer *a, struct result *r)
{
	char *s;

	s = ex->fold ? normalize_fold(a->text ? a->text : "", a->len) :
	    normalize_clean(a->text ? a->text : "", a->len);
	if (s == NULL)
		fatal("out of memory");
	match_rules(ex, lang, s, strlen(s), r);
	free(s);
}

void
checker_check_folded(const struct exercise *ex, enum lang lang,
    const char *folded, size_t len, struct result *r)
{
	memset(r, 0, sizeof *r);
	if (lang >= LANG_COUNT)
		lang = LANG_EN;
	match_rules(ex, lang, folded, len, r);
}

void
checker_check(const struct exercise *ex, enum lang lang,
    const struct answer *a, struct result *r)
{
	memset(r, 0, sizeof *r);
	r->rule = -1;
	if (lang >= LANG_COUNT)
		lang = LANG_EN;
	switch (ex->kind) {
	case KIND_SINGLE:
	case KIND_MULTIPLE:
	case KIND_TRUE_FALSE:
		check_choice(ex, a, r);
		break;
	case KIND_ORDERING:
		check_ordering(ex, a, r);
		break;
	case KIND_FREE_TEXT:
		check_free_text(ex, lang, a, r);
		break;
	default:
		r->verdict = VERDICT_WRONG;
		break;
	}
}

/* Words for true and false in the four languages, folded. */
static const char *true_words[] = {
	"true", "t", "yes", "y", "vrai", "v", "oui", "o", "صح", "صحيح",
	"نعم", "ⵉⴷⵜ", "ⵢⴰⵀ", NULL
};
static const char *false_words[] = {
	"false", "f", "no", "n", "faux", "non", "خطا", "خاطي", "غلط",
	"لا", "ⵓⵔ", "ⵓⵀⵓ", NULL
};

static bool
in_list(const char **list, const char *s)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++) {
		if (strcmp(list[i], s) == 0)
			return true;
	}
	return false;
}

/*
 * The numbers of a folded line: "1 3", "1,3", "1-3"... or digits run
 * together when every number is a single digit ("13"). Returns how
 * many, or -1 when the line has anything but numbers and separators.
 */
static int
numbers(const char *s, unsigned *out, int max)
{
	int n = 0;
	unsigned v;
	bool any_sep = false;
	const char *p;

	for (p = s; *p != '\0'; p++) {
		if (*p == ' ' || *p == ',' || *p == ';' || *p == '-' ||
		    *p == '.' || *p == '/')
			any_sep = true;
		else if (*p < '0' || *p > '9')
			return -1;
	}
	p = s;
	while (*p != '\0') {
		if (*p < '0' || *p > '9') {
			p++;
			continue;
		}
		if (!any_sep) {
			if (n >= max)
				return max + 1;
			out[n++] = (unsigned)(*p++ - '0');
			continue;
		}
		v = 0;
		while (*p >= '0' && *p <= '9') {
			if (v < 1000)
				v = v * 10 + (unsigned)(*p - '0');
			p++;
		}
		if (n >= max)
			return max + 1;
		out[n++] = v;
	}
	return n;
}

enum parse_error
answer_parse(const struct exercise *ex, const char *line, size_t len,
    struct answer *a)
{
	unsigned nums[EXERCISE_MAX_STEPS + 1], seen = 0;
	char *s;
	int n, i;
	enum parse_error rc = PARSE_OK;

	memset(a, 0, sizeof *a);
	if (ex->kind == KIND_FREE_TEXT) {
		a->text = line;
		a->len = len;
		s = normalize_clean(line, len);
		rc = s == NULL || s[0] == '\0' ? PARSE_EMPTY : PARSE_OK;
		free(s);
		return rc;
	}
	s = normalize_fold(line, len);
	if (s == NULL)
		fatal("out of memory");
	if (s[0] == '\0') {
		free(s);
		return PARSE_EMPTY;
	}
	if (ex->kind == KIND_TRUE_FALSE && in_list(true_words, s))
		a->chosen = 1u << 0;
	else if (ex->kind == KIND_TRUE_FALSE && in_list(false_words, s))
		a->chosen = 1u << 1;
	else if ((n = numbers(s, nums, EXERCISE_MAX_STEPS)) <= 0)
		rc = PARSE_NOT_A_NUMBER;
	else if (ex->kind == KIND_ORDERING) {
		if ((size_t)n != ex->nsteps)
			rc = PARSE_NOT_ALL_STEPS;
		for (i = 0; rc == PARSE_OK && i < n; i++) {
			if (nums[i] < 1 || nums[i] > ex->nsteps ||
			    (seen & (1u << nums[i])))
				rc = PARSE_NOT_ALL_STEPS;
			else {
				seen |= 1u << nums[i];
				a->order[i] = ex->shuffle[nums[i] - 1];
			}
		}
		a->norder = (size_t)n;
	} else {
		if (n > 1 && ex->kind != KIND_MULTIPLE)
			rc = PARSE_ONE_ONLY;
		for (i = 0; rc == PARSE_OK && i < n; i++) {
			if (nums[i] < 1 || nums[i] > ex->noptions)
				rc = PARSE_OUT_OF_RANGE;
			else
				a->chosen |= 1u << (nums[i] - 1);
		}
	}
	free(s);
	if (rc != PARSE_OK)
		memset(a, 0, sizeof *a);
	return rc;
}

const char *
answer_instruction(const struct exercise *ex)
{
	switch (ex->kind) {
	case KIND_SINGLE:
		return _("Type the number of your answer.");
	case KIND_MULTIPLE:
		return _("Type the numbers of every right answer, like 1 3.");
	case KIND_TRUE_FALSE:
		return _("Type 1 for true or 2 for false.");
	case KIND_ORDERING:
		return _("Type the numbers of the steps in the right order, "
		    "like 3 1 2.");
	default:
		return _("Type your answer.");
	}
}

const char *
parse_error_message(const struct exercise *ex, enum parse_error e)
{
	switch (e) {
	case PARSE_EMPTY:
		return ex->kind == KIND_FREE_TEXT ?
		    _("Type your answer, then press Enter.") :
		    _("Type a number, then press Enter.");
	case PARSE_NOT_A_NUMBER:
	case PARSE_OUT_OF_RANGE:
		if (ex->kind == KIND_TRUE_FALSE)
			return _("Type 1 for true or 2 for false.");
		if (ex->kind == KIND_ORDERING)
			return _("Type the numbers of the steps in the right "
			    "order, like 3 1 2.");
		if (ex->kind == KIND_MULTIPLE)
			return _("Type the numbers of the answers you choose, "
			    "like 1 3.");
		return _("Type the number of the answer you choose.");
	case PARSE_ONE_ONLY:
		return _("Choose only one answer: type one number.");
	case PARSE_NOT_ALL_STEPS:
		return _("Type every step's number once, in the order you "
		    "choose, like 3 1 2.");
	default:
		return "";
	}
}
