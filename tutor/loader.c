/*
 * loader.c: the lesson model from the YAML tree. The walk is strict on
 * purpose: an unknown key is an error with a suggestion ("promt": did you
 * mean "prompt"?), because a key that is silently ignored is a question
 * or a hint that no child ever sees. The walk does not stop at the first
 * problem: a trainer fixing a file wants the whole list at once.
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "loader.h"
#include "normalize.h"
#include "pattern.h"
#include "rawtext.h"
#include "util.h"
#include "yamltree.h"

struct ctx {
	struct yt_doc	*doc;
	struct diags	*diags;
	const struct names *names;	/* for {{name}}; may be NULL */
	bool		 head_only;	/* the lesson's heading only */
	size_t		 errors;
	unsigned	 refused;	/* patterns refused, by language */
};

static void
err(struct ctx *c, const struct yt_node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
err(struct ctx *c, const struct yt_node *n, const char *fmt, ...)
{
	struct buf b;
	va_list ap;

	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	diags_add(c->diags, c->doc->file, n ? n->line : 0, n ? n->col : 0,
	    "%s", b.s);
	buf_free(&b);
	c->errors++;
}

static void
err_at(struct ctx *c, unsigned line, unsigned col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static void
err_at(struct ctx *c, unsigned line, unsigned col, const char *fmt, ...)
{
	struct buf b;
	va_list ap;

	buf_init(&b);
	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	diags_add(c->diags, c->doc->file, line, col, "%s", b.s);
	buf_free(&b);
	c->errors++;
}

/* Edit distance, for "did you mean" (keys are short). */
static size_t
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, prev, cur, up;
	size_t row[33];

	if (la > 32 || lb > 32)
		return SIZE_MAX;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			up = row[j];
			cur = prev + (a[i - 1] != b[j - 1]);
			if (up + 1 < cur)
				cur = up + 1;
			if (row[j - 1] + 1 < cur)
				cur = row[j - 1] + 1;
			row[j] = cur;
			prev = up;
		}
	}
	return row[lb];
}

/*
 * Refuse every key of a mapping that is not in allowed (a NULL-terminated
 * list), suggesting the closest allowed key. what names the mapping.
 */
static void
check_keys(struct ctx *c, const struct yt_node *map, const char **allowed,
    const char *what)
{
	const char *key, *best;
	size_t i, j, d, bestd;

	for (i = 0; i < map->n; i++) {
		key = map->pairs[i].key->value;
		best = NULL;
		bestd = SIZE_MAX;
		for (j = 0; allowed[j] != NULL; j++) {
			if (strcmp(key, allowed[j]) == 0)
				break;
			d = distance(key, allowed[j]);
			if (d < bestd) {
				bestd = d;
				best = allowed[j];
			}
		}
		if (allowed[j] != NULL)
			continue;
		if (best != NULL && bestd <= 2)
			err(c, map->pairs[i].key, "unknown key '%s' in %s: did "
			    "you mean '%s'?", key, what, best);
		else
			err(c, map->pairs[i].key, "unknown key '%s' in %s",
			    key, what);
	}
}

static bool
is_type(struct ctx *c, const struct yt_node *n, enum yt_type type,
    const char *what)
{
	static const char *names[] = { "a single value", "a list",
	    "a mapping (keys and values)" };

	if (n->type == type)
		return true;
	err(c, n, "%s should be %s", what, names[type]);
	return false;
}

/* A required key: reports its absence at the mapping. */
static struct yt_node *
need(struct ctx *c, const struct yt_node *map, const char *key,
    const char *what)
{
	struct yt_node *n;

	n = yt_get(map, key);
	if (n == NULL)
		err(c, map, "%s has no '%s' (it is required)", what, key);
	return n;
}

/* A scalar's value with trailing spaces and newlines removed. */
static char *
trimmed(const struct yt_node *n)
{
	size_t len = n->len;

	while (len > 0 && (n->value[len - 1] == '\n' ||
	    n->value[len - 1] == ' ' || n->value[len - 1] == '\t'))
		len--;
	return xstrndup(n->value, len);
}

/*
 * Replace every {{name}} of a text in language l by its value from the
 * names file. Takes s and returns the expanded string.
 */
static char *
expand_names(struct ctx *c, const struct yt_node *v, char *s, enum lang l)
{
	const struct name *nm;
	const char *p, *open, *close, *key;
	size_t keylen;
	struct buf b;

	if (strstr(s, "{{") == NULL)
		return s;
	buf_init(&b);
	p = s;
	while ((open = strstr(p, "{{")) != NULL) {
		buf_add(&b, p, (size_t)(open - p));
		if ((close = strstr(open + 2, "}}")) == NULL) {
			err_at(c, v->line, yt_scalar_col(c->doc, v,
			    (size_t)(open - s)), "'{{' is not closed by '}}'");
			p = open;
			break;
		}
		key = open + 2;
		keylen = (size_t)(close - key);
		while (keylen > 0 && *key == ' ') {
			key++;
			keylen--;
		}
		while (keylen > 0 && key[keylen - 1] == ' ')
			keylen--;
		nm = names_find(c->names, key, keylen);
		if (nm == NULL)
			err_at(c, v->line, yt_scalar_col(c->doc, v,
			    (size_t)(open - s)), "unknown name '{{%.*s}}': "
			    "define it in %s beside the lessons", (int)keylen,
			    key, NAMES_FILE);
		else if (nm->value.s[l] == NULL)
			err_at(c, v->line, yt_scalar_col(c->doc, v,
			    (size_t)(open - s)), "the name '%s' has no '%s' "
			    "value in %s", nm->key, lang_code(l), NAMES_FILE);
		else
			buf_adds(&b, nm->value.s[l]);
		p = close + 2;
	}
	buf_adds(&b, p);
	free(s);
	return buf_take(&b);
}

/*
 * A text: a mapping from language codes to strings. When expect is not
 * zero, the text must have exactly those languages.
 */
static void
get_text(struct ctx *c, const struct yt_node *n, struct text *t,
    const char *what, langset expect, const char *expect_what)
{
	const struct yt_node *k, *v;
	enum lang l;
	langset have;
	uint32_t ch;
	char said[160];
	long at;
	size_t i;

	if (n == NULL)
		return;
	if (n->type == YT_SCALAR) {
		err(c, n, "%s should list its languages, like 'en: ...' on "
		    "the next line, indented", what);
		return;
	}
	if (!is_type(c, n, YT_MAPPING, what))
		return;
	for (i = 0; i < n->n; i++) {
		k = n->pairs[i].key;
		v = n->pairs[i].value;
		l = lang_from_code(k->value);
		if (l == LANG_NONE && strchr(k->value, ' ') != NULL) {
			err(c, k, "'%s' in %s is not a language code: inside "
			    "{ } a comma ends a text, so put a text that has "
			    "a comma in quotes", k->value, what);
			continue;
		}
		if (l == LANG_NONE) {
			err(c, k, "unknown language '%s' in %s (use ar, en, "
			    "fr or zgh)", k->value, what);
			continue;
		}
		if (!is_type(c, v, YT_SCALAR, what))
			continue;
		if ((at = rawtext_hidden_at(v->value, v->len, true,
		    &ch)) != -1) {
			/*
			 * The text is kept, the file refused: the text's
			 * language still counts, so that no "has no 'en'
			 * text" follows from this one error.
			 */
			err_at(c, v->line, yt_scalar_col(c->doc, v,
			    (size_t)at), "%s (%s) contains %s: remove it",
			    what, k->value, rawtext_hidden_said(ch, said,
			    sizeof said));
		}
		free(t->s[l]);
		t->s[l] = expand_names(c, v, trimmed(v), l);
		if (t->s[l][0] == '\0') {
			err(c, v, "%s (%s) is empty", what, k->value);
			free(t->s[l]);
			t->s[l] = NULL;
		}
	}
	have = text_langs(t);
	if (expect == 0 || have == 0 || have == expect)
		return;
	for (l = 0; l < LANG_COUNT; l++) {
		if ((expect & (1u << l)) && !(have & (1u << l)))
			err(c, n, "%s has no text in '%s', but %s has one",
			    what, lang_code(l), expect_what);
		else if (!(expect & (1u << l)) && (have & (1u << l)))
			err(c, n, "%s has a text in '%s', but %s has none",
			    what, lang_code(l), expect_what);
	}
}

static bool
get_bool(struct ctx *c, const struct yt_node *n, bool *out, const char *what)
{
	if (!is_type(c, n, YT_SCALAR, what))
		return false;
	if (strcmp(n->value, "true") == 0 || strcmp(n->value, "yes") == 0) {
		*out = true;
		return true;
	}
	if (strcmp(n->value, "false") == 0 || strcmp(n->value, "no") == 0) {
		*out = false;
		return true;
	}
	err(c, n, "%s should be true or false, not '%s'", what, n->value);
	return false;
}

static bool
get_int(struct ctx *c, const struct yt_node *n, int lo, int hi, int *out,
    const char *what)
{
	long v = 0;
	size_t i;

	if (!is_type(c, n, YT_SCALAR, what))
		return false;
	for (i = 0; i < n->len && i < 9; i++) {
		if (n->value[i] < '0' || n->value[i] > '9')
			break;
		v = v * 10 + (n->value[i] - '0');
	}
	if (n->len == 0 || i != n->len || v < lo || v > hi) {
		err(c, n, "%s should be a whole number from %d to %d, not "
		    "'%s'", what, lo, hi, n->value);
		return false;
	}
	*out = (int)v;
	return true;
}

/* An id: lower-case letters, digits and '-', 1 to 64 characters. */
static char *
get_id(struct ctx *c, const struct yt_node *n, const char *what)
{
	size_t i;

	if (n == NULL || !is_type(c, n, YT_SCALAR, what))
		return NULL;
	for (i = 0; i < n->len; i++) {
		char ch = n->value[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
		    (ch == '-' && i != 0)))
			break;
	}
	if (n->len == 0 || n->len > 64 || i != n->len) {
		err(c, n, "%s '%s' should use only lower-case letters a-z, "
		    "digits and '-' (at most 64, not starting with '-')",
		    what, n->value);
		return NULL;
	}
	return xstrdup(n->value);
}

static void
get_options(struct ctx *c, const struct yt_node *list, struct exercise *ex)
{
	static const char *keys[] = { "text", "correct", "feedback", NULL };
	const struct yt_node *o, *n;
	struct choice *opt;
	size_t i, right = 0;
	bool b;

	if (!is_type(c, list, YT_SEQUENCE, "'options'"))
		return;
	if (list->n < 2 || list->n > EXERCISE_MAX_OPTIONS) {
		err(c, list, "a choice needs from 2 to %d options, not %zu",
		    EXERCISE_MAX_OPTIONS, list->n);
		if (list->n < 1 || list->n > EXERCISE_MAX_OPTIONS)
			return;
	}
	ex->options = xcalloc(list->n, sizeof *ex->options);
	ex->noptions = list->n;
	for (i = 0; i < list->n; i++) {
		o = list->items[i];
		opt = &ex->options[i];
		if (!is_type(c, o, YT_MAPPING, "an option"))
			continue;
		check_keys(c, o, keys, "an option");
		get_text(c, need(c, o, "text", "this option"), &opt->text,
		    "the option's text", ex->langs, "the prompt");
		get_text(c, yt_get(o, "feedback"), &opt->feedback,
		    "the option's feedback", ex->langs, "the prompt");
		if ((n = yt_get(o, "correct")) != NULL &&
		    get_bool(c, n, &b, "'correct'"))
			opt->correct = b;
		if (opt->correct)
			right++;
	}
	if (ex->kind == KIND_SINGLE && right != 1) {
		if (right == 0)
			err(c, list, "no option is right: add 'correct: true' "
			    "to the right option");
		else
			err(c, list, "%zu options are right, but a "
			    "single-choice exercise has one (use kind: "
			    "multiple-choice for several)", right);
	}
	if (ex->kind == KIND_MULTIPLE && right == 0)
		err(c, list, "no option is right: add 'correct: true' to the "
		    "right options");
}

static void
get_true_false(struct ctx *c, const struct yt_node *map, struct exercise *ex)
{
	const struct yt_node *n;
	bool answer = false;

	ex->options = xcalloc(2, sizeof *ex->options);
	ex->noptions = 2;
	if ((n = need(c, map, "answer", "a true-false exercise")) != NULL)
		get_bool(c, n, &answer, "'answer'");
	ex->options[0].correct = answer;
	ex->options[1].correct = !answer;
	get_text(c, yt_get(map, "feedback-true"), &ex->options[0].feedback,
	    "'feedback-true'", ex->langs, "the prompt");
	get_text(c, yt_get(map, "feedback-false"), &ex->options[1].feedback,
	    "'feedback-false'", ex->langs, "the prompt");
}

/* A permutation of the steps that is the same every run, never sorted. */
static void
shuffle_steps(const char *lesson_id, struct exercise *ex)
{
	uint32_t h = 2166136261u;
	const char *p;
	size_t i, j;
	unsigned tmp;

	for (p = lesson_id; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	for (p = ex->id; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	for (i = 0; i < ex->nsteps; i++)
		ex->shuffle[i] = (unsigned)i;
	for (i = ex->nsteps; i > 1; i--) {
		h ^= h << 13;
		h ^= h >> 17;
		h ^= h << 5;
		j = h % i;
		tmp = ex->shuffle[i - 1];
		ex->shuffle[i - 1] = ex->shuffle[j];
		ex->shuffle[j] = tmp;
	}
	for (i = 0; i < ex->nsteps; i++) {
		if (ex->shuffle[i] != i)
			return;
	}
	/* Still in order: rotate by one. */
	for (i = 0; i < ex->nsteps; i++)
		ex->shuffle[i] = (unsigned)((i + 1) % ex->nsteps);
}

static void
get_steps(struct ctx *c, const struct yt_node *list, struct exercise *ex)
{
	static const char *keys[] = { "text", "feedback", NULL };
	const struct yt_node *s;
	size_t i;

	if (!is_type(c, list, YT_SEQUENCE, "'steps'"))
		return;
	if (list->n < 2 || list->n > EXERCISE_MAX_STEPS) {
		err(c, list, "an ordering exercise needs from 2 to %d steps, "
		    "not %zu", EXERCISE_MAX_STEPS, list->n);
		return;
	}
	ex->steps = xcalloc(list->n, sizeof *ex->steps);
	ex->nsteps = list->n;
	for (i = 0; i < list->n; i++) {
		s = list->items[i];
		if (!is_type(c, s, YT_MAPPING, "a step"))
			continue;
		check_keys(c, s, keys, "a step");
		get_text(c, need(c, s, "text", "this step"), &ex->steps[i].text,
		    "the step's text", ex->langs, "the prompt");
		get_text(c, yt_get(s, "feedback"), &ex->steps[i].feedback,
		    "the step's feedback", ex->langs, "the prompt");
	}
}

static const char *
control_name(unsigned char ch)
{
	switch (ch) {
	case '\b':
		return "a backspace";
	case '\t':
		return "a tab";
	case '\n':
		return "a line break";
	case 0x1b:
		return "an escape character";
	case '\a':
		return "a bell character";
	case '\f':
		return "a form feed";
	default:
		return "a control character";
	}
}

/* Compile one pattern scalar into list, reporting problems at it. */
static void
compile_pattern(struct ctx *c, const struct yt_node *n, struct exercise *ex,
    struct pattern_list *list)
{
	struct pattern *p;
	char *msg, *folded, said[160];
	uint32_t ch;
	size_t off;
	long at;

	if (!is_type(c, n, YT_SCALAR, "a pattern"))
		return;
	if (n->len == 0) {
		err(c, n, "this pattern is empty (it would match every "
		    "answer)");
		return;
	}
	if ((at = rawtext_hidden_at(n->value, n->len, false, &ch)) != -1) {
		if (ch == '\b')
			err_at(c, n->line, yt_scalar_col(c->doc, n,
			    (size_t)at), "this pattern contains a backspace: in "
			    "double quotes, YAML turns \"\\b\" into a "
			    "backspace; write patterns in single quotes, like "
			    "'\\bword\\b'");
		else if (ch < 0x20 || ch == 0x7f)
			err_at(c, n->line, yt_scalar_col(c->doc, n,
			    (size_t)at), "this pattern contains %s: in double "
			    "quotes, YAML turns escapes such as \"\\t\" and "
			    "\"\\e\" into control characters; write patterns "
			    "in single quotes, like '\\bword\\b'",
			    control_name((unsigned char)ch));
		else
			err_at(c, n->line, yt_scalar_col(c->doc, n,
			    (size_t)at), "this pattern contains %s: remove it "
			    "(answers never contain one)",
			    rawtext_hidden_said(ch, said, sizeof said));
		return;
	}
	/*
	 * '\\b' in single quotes is a backslash and a b, not a word
	 * boundary: answers never contain a backslash, so a pattern that
	 * looks for one is a mistake.
	 */
	if (strstr(n->value, "\\\\") != NULL) {
		err_at(c, n->line, yt_scalar_col(c->doc, n,
		    (size_t)(strstr(n->value, "\\\\") - n->value)),
		    "this pattern has two backslashes, which match a "
		    "backslash typed in the answer: in single quotes write "
		    "one, like '\\bword\\b'");
		return;
	}
	/* Compile what the trainer wrote, so errors point at their text. */
	p = pattern_compile(n->value, true, &msg, &off);
	if (p == NULL) {
		err_at(c, n->line, yt_scalar_col(c->doc, n, off), "%s", msg);
		free(msg);
		return;
	}
	if (ex->fold) {
		pattern_free(p);
		folded = normalize_pattern(n->value, n->len);
		if (folded == NULL) {
			err(c, n, "this pattern is not valid UTF-8 text");
			return;
		}
		p = pattern_compile(folded, true, &msg, &off);
		free(folded);
		if (p == NULL) {
			err(c, n, "%s (after removing accents)", msg);
			free(msg);
			return;
		}
	} else {
		pattern_free(p);
		p = pattern_compile(n->value, false, &msg, &off);
		if (p == NULL) {	/* cannot happen: compiled above */
			err(c, n, "%s", msg);
			free(msg);
			return;
		}
	}
	if (pattern_min_length(p) > NORMALIZE_MAX_ANSWER) {
		err(c, n, "this pattern needs answers of at least %zu "
		    "characters, but answers are cut to %d bytes: it never "
		    "matches", pattern_min_length(p), NORMALIZE_MAX_ANSWER);
		pattern_free(p);
		return;
	}
	list->v = xreallocarray(list->v, list->n + 1, sizeof *list->v);
	list->line = xreallocarray(list->line, list->n + 1,
	    sizeof *list->line);
	list->col = xreallocarray(list->col, list->n + 1, sizeof *list->col);
	list->line[list->n] = n->line;
	list->col[list->n] = n->col;
	list->v[list->n++] = p;
}

/*
 * The same, noting a refused pattern, so that its rule is not then said
 * to have no pattern for the language.
 */
static void
add_pattern(struct ctx *c, const struct yt_node *n, struct exercise *ex,
    struct pattern_list *list, unsigned idx)
{
	size_t before = c->errors;

	compile_pattern(c, n, ex, list);
	if (c->errors != before)
		c->refused |= 1u << idx;
}

static void
get_rule(struct ctx *c, const struct yt_node *r, struct exercise *ex,
    struct rule *rule)
{
	static const char *keys[] = { "verdict", "match", "patterns",
	    "feedback", NULL };
	const struct yt_node *n, *k, *v;
	size_t i, j, idx;
	enum lang l;
	unsigned refused;

	rule->line = r->line;
	if (!is_type(c, r, YT_MAPPING, "a rule"))
		return;
	check_keys(c, r, keys, "a rule");
	if ((n = need(c, r, "verdict", "this rule")) != NULL &&
	    is_type(c, n, YT_SCALAR, "'verdict'")) {
		if (strcmp(n->value, "correct") == 0)
			rule->verdict = VERDICT_CORRECT;
		else if (strcmp(n->value, "partly") == 0)
			rule->verdict = VERDICT_PARTLY;
		else if (strcmp(n->value, "wrong") == 0)
			rule->verdict = VERDICT_WRONG;
		else
			err(c, n, "'verdict' should be correct, partly or "
			    "wrong, not '%s'", n->value);
	}
	if ((n = yt_get(r, "match")) != NULL &&
	    is_type(c, n, YT_SCALAR, "'match'")) {
		if (strcmp(n->value, "any") == 0)
			rule->match = MATCH_ANY;
		else if (strcmp(n->value, "all") == 0)
			rule->match = MATCH_ALL;
		else if (strcmp(n->value, "none") == 0)
			rule->match = MATCH_NONE;
		else
			err(c, n, "'match' should be any, all or none, not "
			    "'%s'", n->value);
	}
	get_text(c, yt_get(r, "feedback"), &rule->feedback,
	    "the rule's feedback", ex->langs, "the prompt");
	if ((n = need(c, r, "patterns", "this rule")) == NULL ||
	    !is_type(c, n, YT_MAPPING, "'patterns'"))
		return;
	refused = c->refused;
	for (i = 0; i < n->n; i++) {
		k = n->pairs[i].key;
		v = n->pairs[i].value;
		if (strcmp(k->value, "common") == 0)
			idx = LANG_COUNT;
		else if ((l = lang_from_code(k->value)) != LANG_NONE)
			idx = l;
		else {
			err(c, k, "unknown language '%s' in 'patterns' (use "
			    "ar, en, fr, zgh or common)", k->value);
			continue;
		}
		if (v->type == YT_SEQUENCE) {
			if (v->n == 0)
				err(c, v, "the list of patterns is empty");
			for (j = 0; j < v->n; j++)
				add_pattern(c, v->items[j], ex,
				    &rule->patterns[idx], (unsigned)idx);
		} else
			add_pattern(c, v, ex, &rule->patterns[idx],
			    (unsigned)idx);
	}
	/* Only a refused pattern of a 'correct' rule could accept. */
	if (rule->verdict != VERDICT_CORRECT)
		c->refused = refused;
}

static bool
get_verdict_word(struct ctx *c, const struct yt_node *n, enum verdict *out)
{
	if (!is_type(c, n, YT_SCALAR, "'verdict'"))
		return false;
	if (strcmp(n->value, "wrong") == 0)
		*out = VERDICT_WRONG;
	else if (strcmp(n->value, "partly") == 0)
		*out = VERDICT_PARTLY;
	else {
		err(c, n, "a rejected example's verdict should be wrong or "
		    "partly, not '%s'", n->value);
		return false;
	}
	return true;
}

static void
add_example(struct example_list *list, const struct yt_node *n,
    const char *answer, enum verdict expect, bool accept)
{
	struct example *e;

	list->v = xreallocarray(list->v, list->n + 1, sizeof *list->v);
	e = &list->v[list->n++];
	e->answer = xstrdup(answer);
	e->expect = expect;
	e->accept = accept;
	e->line = n->line;
	e->col = n->col;
}

static void
get_examples(struct ctx *c, const struct yt_node *n, struct exercise *ex)
{
	static const char *keys[] = { "accept", "reject", NULL };
	static const char *rkeys[] = { "answer", "verdict", NULL };
	const struct yt_node *k, *v, *acc, *rej, *item, *a;
	size_t i, j;
	enum lang l;
	enum verdict verdict;
	size_t naccept, nreject;

	if (n == NULL || !is_type(c, n, YT_MAPPING, "'examples'"))
		return;
	for (i = 0; i < n->n; i++) {
		k = n->pairs[i].key;
		v = n->pairs[i].value;
		if ((l = lang_from_code(k->value)) == LANG_NONE) {
			err(c, k, "unknown language '%s' in 'examples' (use "
			    "ar, en, fr or zgh)", k->value);
			continue;
		}
		if (!(ex->langs & (1u << l)))
			err(c, k, "examples in '%s', but the prompt has no "
			    "'%s' text", k->value, k->value);
		if (!is_type(c, v, YT_MAPPING, "the examples of a language"))
			continue;
		check_keys(c, v, keys, "the examples of a language");
		acc = yt_get(v, "accept");
		rej = yt_get(v, "reject");
		naccept = nreject = 0;
		if (acc != NULL && is_type(c, acc, YT_SEQUENCE, "'accept'")) {
			for (j = 0; j < acc->n; j++) {
				item = acc->items[j];
				if (!is_type(c, item, YT_SCALAR,
				    "an accepted example"))
					continue;
				add_example(&ex->examples[l], item,
				    item->value, VERDICT_CORRECT, true);
				naccept++;
			}
		}
		if (rej != NULL && is_type(c, rej, YT_SEQUENCE, "'reject'")) {
			for (j = 0; j < rej->n; j++) {
				item = rej->items[j];
				verdict = VERDICT_WRONG;
				if (item->type == YT_MAPPING) {
					check_keys(c, item, rkeys,
					    "a rejected example");
					a = need(c, item, "answer",
					    "this example");
					if ((v = yt_get(item, "verdict")) !=
					    NULL && !get_verdict_word(c, v,
					    &verdict)) {
						nreject++;
						continue;
					}
					if (a == NULL || !is_type(c, a,
					    YT_SCALAR, "'answer'"))
						continue;
					add_example(&ex->examples[l], a,
					    a->value, verdict, false);
				} else if (is_type(c, item, YT_SCALAR,
				    "a rejected example"))
					add_example(&ex->examples[l], item,
					    item->value, verdict, false);
				else
					continue;
				nreject++;
			}
		}
		if (naccept == 0 || nreject == 0)
			err(c, k, "the '%s' examples need at least one answer "
			    "to accept and one to reject", k->value);
	}
	for (l = 0; l < LANG_COUNT; l++) {
		if ((ex->langs & (1u << l)) && yt_get(n, lang_code(l)) == NULL)
			err(c, n, "there are no '%s' examples, but the prompt "
			    "has a '%s' text: add answers to accept and "
			    "reject", lang_code(l), lang_code(l));
	}
}

static void
get_free_text(struct ctx *c, const struct yt_node *map, struct exercise *ex)
{
	const struct yt_node *n;
	struct rule *r;
	size_t i;
	enum lang l;
	bool fold = true, any;

	if ((n = yt_get(map, "fold")) != NULL)
		get_bool(c, n, &fold, "'fold'");
	ex->fold = fold;
	get_text(c, need(c, map, "default-feedback", "a free-text exercise"),
	    &ex->default_feedback, "'default-feedback'", ex->langs,
	    "the prompt");
	if ((n = need(c, map, "rules", "a free-text exercise")) != NULL &&
	    is_type(c, n, YT_SEQUENCE, "'rules'")) {
		if (n->n == 0 || n->n > 100)
			err(c, n, "a free-text exercise needs from 1 to 100 "
			    "rules");
		else {
			ex->rules = xcalloc(n->n, sizeof *ex->rules);
			ex->nrules = n->n;
			c->refused = 0;
			for (i = 0; i < n->n; i++)
				get_rule(c, n->items[i], ex, &ex->rules[i]);
			for (l = 0; l < LANG_COUNT; l++) {
				if (!(ex->langs & (1u << l)))
					continue;
				any = false;
				for (i = 0; i < ex->nrules; i++) {
					r = &ex->rules[i];
					if (r->verdict == VERDICT_CORRECT &&
					    (r->patterns[l].n != 0 ||
					    r->patterns[LANG_COUNT].n != 0))
						any = true;
				}
				if (!any && !(c->refused & (1u << l |
				    1u << LANG_COUNT)))
					err(c, n, "no rule can accept an answer "
					    "in '%s': give a 'correct' rule "
					    "'%s' patterns", lang_code(l),
					    lang_code(l));
			}
		}
	}
	get_examples(c, need(c, map, "examples", "a free-text exercise"), ex);
}

static void
get_exercise(struct ctx *c, const struct yt_node *map, const char *lesson_id,
    struct exercise *ex)
{
	static const char *common[] = { "id", "kind", "scenario", "prompt",
	    "hints", "explanation", NULL };
	static const char *by_kind[KIND_COUNT][12] = {
		[KIND_SINGLE] = { "id", "kind", "scenario", "prompt", "hints",
		    "explanation", "options", NULL },
		[KIND_MULTIPLE] = { "id", "kind", "scenario", "prompt",
		    "hints", "explanation", "options", NULL },
		[KIND_TRUE_FALSE] = { "id", "kind", "scenario", "prompt",
		    "hints", "explanation", "answer", "feedback-true",
		    "feedback-false", NULL },
		[KIND_FREE_TEXT] = { "id", "kind", "scenario", "prompt",
		    "hints", "explanation", "fold", "rules",
		    "default-feedback", "examples", NULL },
		[KIND_ORDERING] = { "id", "kind", "scenario", "prompt",
		    "hints", "explanation", "steps", NULL },
	};
	const struct yt_node *n;
	char what[128];
	size_t i;

	ex->line = map->line;
	ex->kind = KIND_COUNT;
	ex->fold = true;
	/* The id is never NULL: get_lesson compares it with the others. */
	if (!is_type(c, map, YT_MAPPING, "an exercise")) {
		ex->id = xstrdup("");
		return;
	}
	ex->id = get_id(c, need(c, map, "id", "this exercise"),
	    "the exercise id");
	if ((n = need(c, map, "kind", "this exercise")) != NULL &&
	    is_type(c, n, YT_SCALAR, "'kind'")) {
		ex->kind = kind_from_code(n->value);
		if (ex->kind == KIND_COUNT)
			err(c, n, "unknown kind '%s' (use single-choice, "
			    "multiple-choice, true-false, free-text or "
			    "ordering)", n->value);
	}
	if (ex->kind == KIND_COUNT)
		snprintf(what, sizeof what, "an exercise");
	else
		snprintf(what, sizeof what, "%s %s exercise", ex->kind ==
		    KIND_ORDERING ? "an" : "a", kind_code(ex->kind));
	check_keys(c, map, ex->kind == KIND_COUNT ? common :
	    by_kind[ex->kind], ex->kind == KIND_COUNT ? "an exercise" : what);
	get_text(c, need(c, map, "prompt", "this exercise"), &ex->prompt,
	    "the prompt", 0, NULL);
	ex->langs = text_langs(&ex->prompt);
	get_text(c, yt_get(map, "scenario"), &ex->scenario, "the scenario",
	    ex->langs, "the prompt");
	get_text(c, yt_get(map, "explanation"), &ex->explanation,
	    "the explanation", ex->langs, "the prompt");
	if ((n = yt_get(map, "hints")) != NULL &&
	    is_type(c, n, YT_SEQUENCE, "'hints'")) {
		ex->hints = xcalloc(n->n, sizeof *ex->hints);
		ex->nhints = n->n;
		for (i = 0; i < n->n; i++)
			get_text(c, n->items[i], &ex->hints[i], "a hint",
			    ex->langs, "the prompt");
	}
	switch (ex->kind) {
	case KIND_SINGLE:
	case KIND_MULTIPLE:
		if ((n = need(c, map, "options", what)) != NULL)
			get_options(c, n, ex);
		break;
	case KIND_TRUE_FALSE:
		get_true_false(c, map, ex);
		break;
	case KIND_FREE_TEXT:
		get_free_text(c, map, ex);
		break;
	case KIND_ORDERING:
		if ((n = need(c, map, "steps", what)) != NULL)
			get_steps(c, n, ex);
		if (ex->id != NULL && ex->nsteps != 0)
			shuffle_steps(lesson_id ? lesson_id : "", ex);
		break;
	default:
		break;
	}
	if (ex->id == NULL)
		ex->id = xstrdup("");
}

static void
get_lesson(struct ctx *c, const struct yt_node *root, struct lesson *l)
{
	static const char *keys[] = { "format", "id", "theme", "age", "order",
	    "title", "objective", "intro", "summary", "exercises", NULL };
	const struct yt_node *n;
	size_t i, j;
	int format;

	if (!is_type(c, root, YT_MAPPING, "a lesson file"))
		return;
	if ((n = need(c, root, "format", "the lesson")) != NULL) {
		if (!get_int(c, n, 1, 999, &format, "'format'"))
			return;
		if (format > EXERCISE_FORMAT) {
			err(c, n, "this file is written in format %d, but this "
			    "tutor reads format %d: update tutor", format,
			    EXERCISE_FORMAT);
			return;
		}
	}
	check_keys(c, root, keys, "a lesson");
	if ((n = need(c, root, "id", "the lesson")) != NULL) {
		l->id = get_id(c, n, "the lesson id");
		l->id_line = n->line;
		l->id_col = n->col;
	}
	if ((n = need(c, root, "theme", "the lesson")) != NULL &&
	    is_type(c, n, YT_SCALAR, "'theme'")) {
		l->theme = theme_from_code(n->value);
		if (l->theme == THEME_COUNT)
			err(c, n, "unknown theme '%s' (use digital-safety, "
			    "social-media or ai-ethics)", n->value);
	}
	if ((n = need(c, root, "age", "the lesson")) != NULL &&
	    is_type(c, n, YT_SCALAR, "'age'")) {
		l->age = age_from_code(n->value);
		if (l->age == AGE_COUNT)
			err(c, n, "unknown age band '%s' (use 8-10, 11-14 or "
			    "15-18)", n->value);
	}
	if ((n = need(c, root, "order", "the lesson")) != NULL)
		get_int(c, n, 0, 999, &l->order, "'order'");
	get_text(c, need(c, root, "title", "the lesson"), &l->title,
	    "the title", 0, NULL);
	l->langs = text_langs(&l->title);
	if (c->head_only)
		return;
	get_text(c, yt_get(root, "objective"), &l->objective,
	    "the objective", l->langs, "the title");
	get_text(c, need(c, root, "intro", "the lesson"), &l->intro,
	    "the introduction", l->langs, "the title");
	get_text(c, need(c, root, "summary", "the lesson"), &l->summary,
	    "the summary", l->langs, "the title");
	if ((n = need(c, root, "exercises", "the lesson")) == NULL ||
	    !is_type(c, n, YT_SEQUENCE, "'exercises'"))
		return;
	if (n->n == 0 || n->n > 200) {
		err(c, n, "a lesson needs from 1 to 200 exercises");
		return;
	}
	l->exercises = xcalloc(n->n, sizeof *l->exercises);
	l->nexercises = n->n;
	for (i = 0; i < n->n; i++) {
		get_exercise(c, n->items[i], l->id, &l->exercises[i]);
		for (j = 0; j < i; j++) {
			if (l->exercises[i].id[0] != '\0' &&
			    strcmp(l->exercises[i].id, l->exercises[j].id) == 0)
				err(c, n->items[i], "the exercise id '%s' is "
				    "used twice in this lesson (first at line "
				    "%u)", l->exercises[i].id,
				    l->exercises[j].line);
		}
	}
}

static struct lesson *
build(struct yt_doc *doc, const struct names *names, struct diags *diags,
    int rc, bool head_only)
{
	struct lesson *l;
	struct ctx c;

	if (rc != 0) {
		yt_free(doc);
		return NULL;
	}
	memset(&c, 0, sizeof c);
	c.doc = doc;
	c.diags = diags;
	c.names = names;
	c.head_only = head_only;
	l = xcalloc(1, sizeof *l);
	l->file = xstrdup(doc->file);
	if (doc->root == NULL || (doc->root->type == YT_SCALAR &&
	    doc->root->style == YT_PLAIN && doc->root->len == 0))
		err(&c, NULL, "the file is empty");
	else
		get_lesson(&c, doc->root, l);
	yt_free(doc);
	if (c.errors != 0) {
		lesson_free(l);
		return NULL;
	}
	return l;
}

struct lesson *
loader_load(const char *path, const struct names *names, struct diags *diags)
{
	struct yt_doc doc;

	return build(&doc, names, diags, yt_load_file(path, &doc, diags),
	    false);
}

struct lesson *
loader_load_head(const char *path, const struct names *names,
    struct diags *diags)
{
	struct yt_doc doc;

	return build(&doc, names, diags, yt_load_file_until(path, &doc, diags,
	    "exercises"), true);
}

struct lesson *
loader_load_file(const char *path, struct diags *diags)
{
	return loader_load(path, NULL, diags);
}

struct lesson *
loader_load_buffer(const char *name, const char *buf, size_t len,
    struct diags *diags)
{
	struct yt_doc doc;

	return build(&doc, NULL, diags, yt_load_buffer(name, buf, len, &doc,
	    diags), false);
}
