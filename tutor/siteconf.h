/*
 * siteconf.h: what the administrator of a centre's server sets once for
 * every account, in tutor.conf ($(sysconfdir)/tutor.conf: /etc/tutor.conf
 * when configured with --sysconfdir=/etc, as Debian does):
 *
 *	# the class directory (docs/trainers.md)
 *	class-dir = /srv/tutor/class
 *	# minutes a kiosk session lasts; 0: no limit
 *	time-limit = 40
 *
 * One "setting = value" a line; blank lines and lines starting with #
 * are left out. The file decides what child accounts may do, so it is
 * used only when root (or the user running tutor) owns it and nobody
 * else may change it.
 */
#ifndef TUTOR_SITECONF_H
#define TUTOR_SITECONF_H

#include <stdbool.h>

#include "diag.h"

#define SITECONF_FILE_MAX	65536	/* bytes */
#define SITECONF_TIME_LIMIT_MAX	1440	/* minutes: a day */

struct siteconf {
	char		*class_dir;	/* NULL: not set */
	unsigned	 time_limit;	/* minutes; 0: no limit */
	bool		 time_limit_set;
};

/*
 * Read the file at path into c (settings it does not name are left as
 * they are). Returns 0 when it was read whole, or is missing and
 * !must_exist; 1 when some lines were wrong (in diags, as file:line:col;
 * the others are used); -1 when it could not be read or must not be
 * trusted (in diags; c is untouched).
 */
int	siteconf_load(const char *path, bool must_exist, struct siteconf *c,
	    struct diags *);
void	siteconf_free(struct siteconf *);

#endif
