/*
 * paths.h: where tutor's own data is: the source tree's exercises/ and
 * themes/ when run from the build tree, $(pkgdatadir) once installed.
 */
#ifndef TUTOR_PATHS_H
#define TUTOR_PATHS_H

/* The directory of shipped data ("exercises", "themes"): malloc'd. */
char	*paths_data(const char *what);
/* tutor's console font (built in the build tree): malloc'd. */
char	*paths_font(void);
/*
 * The site's tutor.conf ($(sysconfdir)/tutor.conf, see siteconf.h):
 * malloc'd; NULL when run from the build tree, which reads none.
 */
char	*paths_conf(void);
/* Where the message catalogs are: the build tree's or $(localedir). */
char	*paths_locale(void);

#endif
