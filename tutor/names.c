/*
 * names.c: the names file. Its format:
 *
 *	format: 1
 *	names:
 *	  police: {ar: ..., fr: ..., en: ...}
 *	  police-number: '19'		(the same in every language)
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "rawtext.h"
#include "util.h"
#include "yamltree.h"

void
names_init(struct names *n)
{
	n->v = NULL;
	n->n = 0;
}

void
names_free(struct names *n)
{
	size_t i;

	for (i = 0; i < n->n; i++) {
		free(n->v[i].key);
		text_free(&n->v[i].value);
	}
	free(n->v);
	names_init(n);
}

static bool
valid_key(const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' &&
		    s[i] <= '9') || (s[i] == '-' && i != 0)))
			return false;
	}
	return i > 0 && i <= 64;
}

/*
 * The first control, bidi or invisible character of s, said for a
 * message (rawtext_hidden_said), or NULL.
 */
static const char *
hidden(const char *s, char *buf, size_t size)
{
	uint32_t c;

	if (rawtext_hidden_at(s, strlen(s), false, &c) == -1)
		return NULL;
	return rawtext_hidden_said(c, buf, size);
}

static void
add_value(struct names *out, const struct yt_node *k, const struct yt_node *v,
    const char *file, struct diags *diags, int *errors)
{
	struct name *nm;
	const char *what;
	char said[160];
	enum lang l;
	size_t i;

	if (!valid_key(k->value)) {
		diags_add(diags, file, k->line, k->col, "the name '%s' should "
		    "use only lower-case letters a-z, digits and '-'",
		    k->value);
		(*errors)++;
		return;
	}
	out->v = xreallocarray(out->v, out->n + 1, sizeof *out->v);
	nm = &out->v[out->n++];
	memset(nm, 0, sizeof *nm);
	nm->key = xstrdup(k->value);
	if (v->type == YT_SCALAR) {
		if ((what = hidden(v->value, said, sizeof said)) != NULL) {
			diags_add(diags, file, v->line, v->col, "the value of "
			    "'%s' contains %s: remove it", k->value, what);
			(*errors)++;
			return;
		}
		for (l = 0; l < LANG_COUNT; l++)
			nm->value.s[l] = xstrdup(v->value);
		return;
	}
	if (v->type != YT_MAPPING) {
		diags_add(diags, file, v->line, v->col, "the value of '%s' "
		    "should be a text, or a mapping from languages to texts",
		    k->value);
		(*errors)++;
		return;
	}
	for (i = 0; i < v->n; i++) {
		l = lang_from_code(v->pairs[i].key->value);
		if (l == LANG_NONE) {
			diags_add(diags, file, v->pairs[i].key->line,
			    v->pairs[i].key->col, "unknown language '%s' (use "
			    "ar, en, fr or zgh)", v->pairs[i].key->value);
			(*errors)++;
			continue;
		}
		if (v->pairs[i].value->type != YT_SCALAR) {
			diags_add(diags, file, v->pairs[i].value->line,
			    v->pairs[i].value->col, "the '%s' value of '%s' "
			    "should be plain text", lang_code(l), k->value);
			(*errors)++;
			continue;
		}
		if ((what = hidden(v->pairs[i].value->value, said,
		    sizeof said)) != NULL) {
			diags_add(diags, file, v->pairs[i].value->line,
			    v->pairs[i].value->col, "the '%s' value of '%s' "
			    "contains %s: remove it", lang_code(l), k->value,
			    what);
			(*errors)++;
			continue;
		}
		nm->value.s[l] = xstrdup(v->pairs[i].value->value);
	}
}

int
names_load(const char *path, struct names *out, struct diags *diags)
{
	struct yt_doc doc;
	const struct yt_node *root, *list, *k;
	int errors = 0;
	size_t i;

	names_init(out);
	if (yt_load_file(path, &doc, diags) != 0) {
		yt_free(&doc);
		return -1;
	}
	root = doc.root;
	if (root == NULL || root->type != YT_MAPPING) {
		diags_add(diags, path, root ? root->line : 0,
		    root ? root->col : 0, "the names file should be a mapping "
		    "with 'format: 1' and 'names:'");
		yt_free(&doc);
		return -1;
	}
	for (i = 0; i < root->n; i++) {
		k = root->pairs[i].key;
		if (strcmp(k->value, "format") == 0) {
			if (strcmp(root->pairs[i].value->value ?
			    root->pairs[i].value->value : "", "1") != 0) {
				diags_add(diags, path, k->line, k->col, "this "
				    "names file is not in format 1: update "
				    "tutor");
				errors++;
			}
		} else if (strcmp(k->value, "names") != 0) {
			diags_add(diags, path, k->line, k->col, "unknown key "
			    "'%s' in the names file (use format and names)",
			    k->value);
			errors++;
		}
	}
	list = yt_get(root, "names");
	if (list == NULL || list->type != YT_MAPPING) {
		diags_add(diags, path, root->line, root->col, "the names file "
		    "has no 'names' mapping");
		errors++;
	} else {
		for (i = 0; i < list->n; i++)
			add_value(out, list->pairs[i].key,
			    list->pairs[i].value, path, diags, &errors);
	}
	yt_free(&doc);
	if (errors != 0) {
		names_free(out);
		return -1;
	}
	return 0;
}

const struct name *
names_find(const struct names *n, const char *key, size_t keylen)
{
	size_t i;

	if (n == NULL)
		return NULL;
	for (i = 0; i < n->n; i++) {
		if (strlen(n->v[i].key) == keylen &&
		    memcmp(n->v[i].key, key, keylen) == 0)
			return &n->v[i];
	}
	return NULL;
}
