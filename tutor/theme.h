/*
 * theme.h: colour themes as roles. A theme names, for each role (title,
 * prompt, correct, wrong ...), a colour and a monochrome form made of
 * attributes; the front end uses the monochrome form when the terminal
 * has no colour or NO_COLOR is set. Meaning never rests on colour alone:
 * verdicts also have words and symbols.
 */
#ifndef TUTOR_THEME_H
#define TUTOR_THEME_H

#include "diag.h"

enum role {
	ROLE_TEXT,
	ROLE_TITLE,
	ROLE_PROMPT,
	ROLE_SCENARIO,
	ROLE_OPTION,
	ROLE_SELECTED,
	ROLE_CORRECT,
	ROLE_PARTLY,
	ROLE_WRONG,
	ROLE_HINT,
	ROLE_EXPLANATION,
	ROLE_INPUT,
	ROLE_STATUS,
	ROLE_KEY,
	ROLE_STARS,
	ROLE_COUNT
};

/* Attributes, as bits (the front end maps them to curses). */
#define THEME_BOLD	0x01
#define THEME_UNDERLINE	0x02
#define THEME_REVERSE	0x04
#define THEME_DIM	0x08
#define THEME_STANDOUT	0x10

#define THEME_DEFAULT_COLOR (-1)

struct style {
	short		 fg;		/* 0-7, or THEME_DEFAULT_COLOR */
	short		 bg;
	unsigned	 attrs;		/* with colour */
	unsigned	 mono;		/* without colour */
};

struct palette {
	char		*name;
	struct style	 roles[ROLE_COUNT];
};

const char	*role_name(enum role);
/* The built-in default, used when no theme file can be read. */
void		 theme_default(struct palette *);
/*
 * Load a theme file over the default (roles it does not name keep the
 * default). Returns -1 with diagnostics when the file has any error;
 * the theme is then the default.
 */
int		 theme_load(const char *path, struct palette *, struct diags *);
/* The same from bytes in memory; name is used in diagnostics. */
int		 theme_load_buffer(const char *name, const char *buf,
		    size_t len, struct palette *, struct diags *);
void		 theme_free(struct palette *);

#endif
