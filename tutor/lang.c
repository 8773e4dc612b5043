/*
 * lang.c: language codes and the fallback chains. The chains follow how
 * Moroccan children read: an Amazigh speaker learned Arabic at school
 * first, a French reader usually reads Arabic too, and English is the
 * language the fewest children in the centres read.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lang.h"

static const char *codes[LANG_COUNT] = { "ar", "en", "fr", "zgh" };
static const char *names[LANG_COUNT] = {
	"العربية", "English", "Français", "ⵜⴰⵎⴰⵣⵉⵖⵜ"
};

static const enum lang chains[LANG_COUNT][LANG_COUNT] = {
	[LANG_AR] = { LANG_AR, LANG_FR, LANG_EN, LANG_ZGH },
	[LANG_EN] = { LANG_EN, LANG_FR, LANG_AR, LANG_ZGH },
	[LANG_FR] = { LANG_FR, LANG_AR, LANG_EN, LANG_ZGH },
	[LANG_ZGH] = { LANG_ZGH, LANG_AR, LANG_FR, LANG_EN },
};

const char *
lang_code(enum lang l)
{
	return l < LANG_COUNT ? codes[l] : "?";
}

enum lang
lang_from_code(const char *s)
{
	unsigned i;

	for (i = 0; i < LANG_COUNT; i++) {
		if (strcmp(codes[i], s) == 0)
			return i;
	}
	return LANG_NONE;
}

const char *
lang_name(enum lang l)
{
	return l < LANG_COUNT ? names[l] : "?";
}

bool
lang_is_rtl(enum lang l)
{
	return l == LANG_AR;
}

const enum lang *
lang_chain(enum lang l)
{
	if (l >= LANG_COUNT)
		l = LANG_EN;
	return chains[l];
}

enum lang
lang_pick(enum lang want, langset set)
{
	const enum lang *chain = lang_chain(want);
	unsigned i;

	for (i = 0; i < LANG_COUNT; i++) {
		if (set & (1u << chain[i]))
			return chain[i];
	}
	return LANG_NONE;
}

void
langset_codes(langset set, char *out, unsigned size)
{
	unsigned i, used = 0;
	size_t n;

	if (size == 0)
		return;
	out[0] = '\0';
	for (i = 0; i < LANG_COUNT; i++) {
		if (!(set & (1u << i)))
			continue;
		n = strlen(codes[i]);
		if (used + n + 2 > size)
			break;
		if (used != 0)
			out[used++] = ',';
		memcpy(out + used, codes[i], n + 1);
		used += n;
	}
}

langset
text_langs(const struct text *t)
{
	langset set = 0;
	unsigned i;

	for (i = 0; i < LANG_COUNT; i++) {
		if (t->s[i] != NULL)
			set |= 1u << i;
	}
	return set;
}

bool
text_empty(const struct text *t)
{
	return text_langs(t) == 0;
}

const char *
text_get(const struct text *t, enum lang want)
{
	enum lang l;

	l = lang_pick(want, text_langs(t));
	return l == LANG_NONE ? "" : t->s[l];
}

void
text_free(struct text *t)
{
	unsigned i;

	for (i = 0; i < LANG_COUNT; i++) {
		free(t->s[i]);
		t->s[i] = NULL;
	}
}
