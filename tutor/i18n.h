/*
 * i18n.h: marking the interface's own strings for translation. Every
 * string a child or a trainer reads goes through _() so that gettext
 * catalogs (po/) can translate it.
 */
#ifndef TUTOR_I18N_H
#define TUTOR_I18N_H

#define _(s)	(s)
#define N_(s)	(s)

#endif
