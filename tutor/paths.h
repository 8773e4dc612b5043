/*
 * paths.h: where tutor's own data is: the source tree's exercises/ and
 * themes/ when run from the build tree, $(pkgdatadir) once installed.
 */
#ifndef TUTOR_PATHS_H
#define TUTOR_PATHS_H

/* The directory of shipped data ("exercises", "themes"): malloc'd. */
char	*paths_data(const char *what);
/* Where the message catalogs are: the build tree's or $(localedir). */
char	*paths_locale(void);

#endif
