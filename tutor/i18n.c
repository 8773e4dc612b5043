/*
 * i18n.c: switching gettext's language at any moment. The child's
 * language comes from their profile, --lang or a key, not from the
 * process's locale, so it is given to gettext through LANGUAGE, and the
 * catalog cache is invalidated as the gettext manual describes for
 * programs that change language while running. LANGUAGE is ignored in
 * the "C" locale, so messages use C.UTF-8 when nothing better is set.
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "paths.h"
#include "util.h"

extern int _nl_msg_cat_cntr;

void
i18n_init(void)
{
	const char *cur = setlocale(LC_MESSAGES, NULL);
	char *dir;

	if (cur == NULL || strcmp(cur, "C") == 0 || strcmp(cur, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
	dir = paths_locale();
	bindtextdomain(PACKAGE, dir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	free(dir);
}

void
i18n_set_lang(enum lang l)
{
	setenv("LANGUAGE", lang_code(l), 1);
	++_nl_msg_cat_cntr;
}
