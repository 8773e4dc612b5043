/*
 * theme.c: reading theme files. The format:
 *
 *	format: 1
 *	name: default
 *	roles:
 *	  title: {color: cyan, attributes: bold, mono: [bold, underline]}
 *	  wrong: {color: red, background: default, mono: reverse}
 *
 * Colours are the eight every colour terminal has (black red green yellow
 * blue magenta cyan white) or "default"; tutor never redefines a colour
 * (init_color), because the Linux console keeps a changed palette after
 * the program exits.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "theme.h"
#include "util.h"
#include "yamltree.h"

static const char *role_names[ROLE_COUNT] = {
	"text", "title", "prompt", "scenario", "option", "selected",
	"correct", "partly", "wrong", "hint", "explanation", "input",
	"status", "key", "stars"
};

static const char *colors[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

static const struct {
	const char	*name;
	unsigned	 bit;
} attributes[] = {
	{ "normal", 0 }, { "bold", THEME_BOLD }, { "underline",
	THEME_UNDERLINE }, { "reverse", THEME_REVERSE }, { "dim", THEME_DIM },
	{ "standout", THEME_STANDOUT },
};

const char *
role_name(enum role r)
{
	return r < ROLE_COUNT ? role_names[r] : "?";
}

void
theme_default(struct palette *t)
{
	static const struct style def[ROLE_COUNT] = {
		[ROLE_TEXT] = { -1, -1, 0, 0 },
		[ROLE_TITLE] = { 6, -1, THEME_BOLD, THEME_BOLD |
		    THEME_UNDERLINE },
		[ROLE_PROMPT] = { -1, -1, THEME_BOLD, THEME_BOLD },
		[ROLE_SCENARIO] = { 6, -1, 0, 0 },
		[ROLE_OPTION] = { -1, -1, 0, 0 },
		[ROLE_SELECTED] = { 0, 6, 0, THEME_REVERSE },
		[ROLE_CORRECT] = { 2, -1, THEME_BOLD, THEME_BOLD },
		[ROLE_PARTLY] = { 3, -1, THEME_BOLD, THEME_BOLD },
		[ROLE_WRONG] = { 1, -1, THEME_BOLD, THEME_BOLD |
		    THEME_UNDERLINE },
		[ROLE_HINT] = { 5, -1, 0, THEME_UNDERLINE },
		[ROLE_EXPLANATION] = { -1, -1, 0, 0 },
		[ROLE_INPUT] = { -1, -1, THEME_UNDERLINE, THEME_UNDERLINE },
		[ROLE_STATUS] = { 0, 7, 0, THEME_REVERSE },
		[ROLE_KEY] = { 4, 7, THEME_BOLD, THEME_REVERSE | THEME_BOLD },
		[ROLE_STARS] = { 3, -1, THEME_BOLD, THEME_BOLD },
	};

	t->name = NULL;
	memcpy(t->roles, def, sizeof def);
}

void
theme_free(struct palette *t)
{
	free(t->name);
	t->name = NULL;
}

static int
color_from(const char *s)
{
	size_t i;

	if (strcmp(s, "default") == 0)
		return THEME_DEFAULT_COLOR;
	for (i = 0; i < sizeof colors / sizeof colors[0]; i++) {
		if (strcmp(s, colors[i]) == 0)
			return (int)i;
	}
	return -2;
}

/* A word or a list of words naming attributes. */
static int
attrs_from(const struct yt_node *n, unsigned *out, const char *file,
    struct diags *d)
{
	const struct yt_node *w;
	size_t i, j, count = 1;
	int errors = 0;

	*out = 0;
	if (n->type == YT_MAPPING) {
		diags_add(d, file, n->line, n->col, "attributes should be a "
		    "word or a list of words");
		return 1;
	}
	if (n->type == YT_SEQUENCE)
		count = n->n;
	for (i = 0; i < count; i++) {
		w = n->type == YT_SEQUENCE ? n->items[i] : n;
		if (w->type != YT_SCALAR) {
			diags_add(d, file, w->line, w->col, "an attribute "
			    "should be a word");
			errors++;
			continue;
		}
		for (j = 0; j < sizeof attributes / sizeof attributes[0]; j++) {
			if (strcmp(w->value, attributes[j].name) == 0)
				break;
		}
		if (j == sizeof attributes / sizeof attributes[0]) {
			diags_add(d, file, w->line, w->col, "unknown attribute "
			    "'%s' (use normal, bold, underline, reverse, dim "
			    "or standout)", w->value);
			errors++;
			continue;
		}
		*out |= attributes[j].bit;
	}
	return errors;
}

static int
role_from(const struct yt_node *n, struct style *s, const char *file,
    struct diags *d)
{
	const struct yt_node *k, *v;
	size_t i;
	int errors = 0, c;

	if (n->type != YT_MAPPING) {
		diags_add(d, file, n->line, n->col, "a role should be a "
		    "mapping, like {color: red, mono: bold}");
		return 1;
	}
	for (i = 0; i < n->n; i++) {
		k = n->pairs[i].key;
		v = n->pairs[i].value;
		if (strcmp(k->value, "color") == 0 ||
		    strcmp(k->value, "background") == 0) {
			c = v->type == YT_SCALAR ? color_from(v->value) : -2;
			if (c == -2) {
				diags_add(d, file, v->line, v->col, "unknown "
				    "colour '%s' (use black, red, green, "
				    "yellow, blue, magenta, cyan, white or "
				    "default)", v->type == YT_SCALAR ?
				    v->value : "");
				errors++;
			} else if (k->value[0] == 'c')
				s->fg = (short)c;
			else
				s->bg = (short)c;
		} else if (strcmp(k->value, "attributes") == 0)
			errors += attrs_from(v, &s->attrs, file, d);
		else if (strcmp(k->value, "mono") == 0)
			errors += attrs_from(v, &s->mono, file, d);
		else {
			diags_add(d, file, k->line, k->col, "unknown key '%s' "
			    "in a role (use color, background, attributes, "
			    "mono)", k->value);
			errors++;
		}
	}
	return errors;
}

/*
 * Read a parsed theme over the default. doc is freed here. The file and
 * the buffer entry points both end here, so that a theme read from disk
 * and one fuzzed from memory go through the same checks.
 */
static int
theme_from_doc(struct yt_doc *doc, struct palette *t, struct diags *d)
{
	const struct yt_node *root, *roles, *k;
	const char *path = doc->file;
	size_t i;
	int errors = 0, r;

	root = doc->root;
	if (root == NULL || root->type != YT_MAPPING) {
		diags_add(d, path, root ? root->line : 0, root ? root->col : 0,
		    "a theme should be a mapping with format, name and roles");
		yt_free(doc);
		return -1;
	}
	for (i = 0; i < root->n; i++) {
		k = root->pairs[i].key;
		if (strcmp(k->value, "format") == 0) {
			if (root->pairs[i].value->type != YT_SCALAR ||
			    strcmp(root->pairs[i].value->value, "1") != 0) {
				diags_add(d, path, k->line, k->col, "this theme "
				    "is not in format 1: update tutor");
				errors++;
			}
		} else if (strcmp(k->value, "name") == 0) {
			if (root->pairs[i].value->type == YT_SCALAR) {
				free(t->name);
				t->name = xstrdup(root->pairs[i].value->value);
			}
		} else if (strcmp(k->value, "roles") != 0) {
			diags_add(d, path, k->line, k->col, "unknown key '%s' in "
			    "a theme (use format, name and roles)", k->value);
			errors++;
		}
	}
	roles = yt_get(root, "roles");
	if (roles == NULL || roles->type != YT_MAPPING) {
		diags_add(d, path, root->line, root->col, "the theme has no "
		    "'roles' mapping");
		errors++;
	} else {
		for (i = 0; i < roles->n; i++) {
			k = roles->pairs[i].key;
			for (r = 0; r < ROLE_COUNT; r++) {
				if (strcmp(k->value, role_names[r]) == 0)
					break;
			}
			if (r == ROLE_COUNT) {
				diags_add(d, path, k->line, k->col, "unknown "
				    "role '%s'", k->value);
				errors++;
				continue;
			}
			errors += role_from(roles->pairs[i].value,
			    &t->roles[r], path, d);
		}
	}
	yt_free(doc);
	if (errors != 0) {
		theme_free(t);
		theme_default(t);
		return -1;
	}
	return 0;
}

int
theme_load(const char *path, struct palette *t, struct diags *d)
{
	struct yt_doc doc;

	theme_default(t);
	if (yt_load_file(path, &doc, d) != 0) {
		yt_free(&doc);
		return -1;
	}
	return theme_from_doc(&doc, t, d);
}

int
theme_load_buffer(const char *name, const char *buf, size_t len,
    struct palette *t, struct diags *d)
{
	struct yt_doc doc;

	theme_default(t);
	if (yt_load_buffer(name, buf, len, &doc, d) != 0) {
		yt_free(&doc);
		return -1;
	}
	return theme_from_doc(&doc, t, d);
}
