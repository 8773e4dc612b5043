/*
 * centre.c: putting together what centre.h describes. The settings come
 * from tutor.conf, which the administrator writes once for every
 * account; a command-line option goes over the file's setting, but a
 * child in kiosk mode has no command line (kiosk.h). The file's time
 * limit is for kiosk sessions only, so that a trainer trying lessons on
 * the same server is not sent away; --time-limit applies to any session.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "centre.h"
#include "diag.h"
#include "i18n.h"
#include "kiosk.h"
#include "paths.h"
#include "util.h"

int
centre_argv(struct centre *c, int *argc, char **argv)
{
	switch (kiosk_from_argv(*argc, argv)) {
	case KIOSK_REFUSE:
		return -1;
	case KIOSK_YES:
		c->kiosk = true;
		*argc = 1;
		return 0;
	default:
		return 0;
	}
}

static int
number(const char *arg, unsigned long max, unsigned long *out)
{
	char *end;

	errno = 0;
	*out = strtoul(arg, &end, 10);
	return arg[0] >= '0' && arg[0] <= '9' && *end == '\0' &&
	    errno == 0 && *out <= max ? 0 : -1;
}

int
centre_option(struct centre *c, int ch, const char *arg)
{
	unsigned long n;

	switch (ch) {
	case CENTRE_OPT_CLASS_DIR:
		c->class_dir = arg;
		return 0;
	case CENTRE_OPT_CONFIG:
		c->config = arg;
		return 0;
	case CENTRE_OPT_KIOSK:
		c->kiosk = true;
		return 0;
	case CENTRE_OPT_TIME_LIMIT:
		if (number(arg, SITECONF_TIME_LIMIT_MAX, &n) < 0) {
			fprintf(stderr, _("tutor: --time-limit takes a number "
			    "of minutes from 0 to %u\n"),
			    SITECONF_TIME_LIMIT_MAX);
			return -1;
		}
		c->time_limit = n * 60;
		c->time_limit_given = true;
		return 0;
	case CENTRE_OPT_TIME_LIMIT_SECONDS:
		if (number(arg, SITECONF_TIME_LIMIT_MAX * 60UL, &n) < 0) {
			fprintf(stderr, "%s", _("tutor: --time-limit-seconds "
			    "takes a number of seconds\n"));
			return -1;
		}
		c->time_limit = n;
		c->time_limit_given = true;
		return 0;
	default:
		return 1;
	}
}

int
centre_begin(struct centre *c)
{
	struct diags d;
	const char *dir;
	char *path, *err = NULL;
	unsigned long limit = 0;
	int rc = 0;

	if (c->kiosk)
		kiosk_enter();
	diags_init(&d);
	/*
	 * Run from the build tree, tutor reads no site file unless told
	 * to, so that tests behave the same on every machine.
	 */
	path = c->config != NULL ? xstrdup(c->config) : paths_conf();
	if (path != NULL && siteconf_load(path, c->config != NULL, &c->conf,
	    &d) < 0 && c->config != NULL)
		rc = -1;
	diags_print(&d, stderr);
	diags_free(&d);
	free(path);
	if (rc < 0)
		return -1;

	dir = c->class_dir != NULL ? c->class_dir : c->conf.class_dir;
	/* No message for a trainer's account (err stays NULL). */
	if (dir != NULL && (c->pub = publish_open(dir, &err)) == NULL &&
	    err != NULL) {
		fprintf(stderr, _("tutor: progress is not published to the "
		    "class directory: %s\n"), err);
		free(err);
	}

	if (c->time_limit_given)
		limit = c->time_limit;
	else if (c->kiosk)
		limit = c->conf.time_limit * 60UL;
	time_limit_start(limit);
	return 0;
}

void
centre_attach(const struct centre *c, struct store *st)
{
	if (c->pub != NULL && st != NULL)
		store_on_save(st, publish_saved, c->pub);
}

void
centre_end(struct centre *c)
{
	time_limit_stop();
	if (publish_error(c->pub) != NULL)
		fprintf(stderr, _("tutor: progress was not published to the "
		    "class directory: %s\n"), publish_error(c->pub));
	publish_close(c->pub);
	c->pub = NULL;
	siteconf_free(&c->conf);
}
