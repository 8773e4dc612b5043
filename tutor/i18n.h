/*
 * i18n.h: the interface's own words in the child's language, through
 * gettext (catalogs in po/). Every string a child or a trainer reads
 * goes through _(); N_() marks a string in a table, translated where it
 * is used.
 */
#ifndef TUTOR_I18N_H
#define TUTOR_I18N_H

#include <libintl.h>

#include "lang.h"

#define _(s)	gettext(s)
#define N_(s)	(s)

/* Find the catalogs (the build tree's, or the installed ones). */
void	i18n_init(void);
/* Switch the interface's language now, in the middle of a session. */
void	i18n_set_lang(enum lang);

#endif
