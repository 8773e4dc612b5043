/*
 * lang.h: the languages tutor speaks, their fallback chains, and the
 * multilingual text that every lesson string is.
 */
#ifndef TUTOR_LANG_H
#define TUTOR_LANG_H

#include <stdbool.h>

enum lang {
	LANG_AR,
	LANG_EN,
	LANG_FR,
	LANG_ZGH,
	LANG_COUNT
};
#define LANG_NONE LANG_COUNT

/* A set of languages, bit (1 << lang). */
typedef unsigned langset;
#define LANGSET_ALL ((1u << LANG_COUNT) - 1)

/* One string per language; NULL where the text is not written in it. */
struct text {
	char	*s[LANG_COUNT];
};

const char	*lang_code(enum lang);
/* Returns LANG_NONE for an unknown code. */
enum lang	 lang_from_code(const char *);
/* The language's name, written in that language ("العربية", "Français"). */
const char	*lang_name(enum lang);
bool		 lang_is_rtl(enum lang);
/*
 * The fallback chain of a language: LANG_COUNT entries, the language
 * itself first (docs/exercise-format.md has the table).
 */
const enum lang	*lang_chain(enum lang);
/* The first language of the chain of want that is in set, or LANG_NONE. */
enum lang	 lang_pick(enum lang want, langset set);
/* The codes of a set, comma-separated, in code order ("ar,en,fr"). */
void		 langset_codes(langset, char *, unsigned);

langset		 text_langs(const struct text *);
bool		 text_empty(const struct text *);
/* The text in the language of want's chain; "" when it has none. */
const char	*text_get(const struct text *, enum lang want);
void		 text_free(struct text *);

#endif
