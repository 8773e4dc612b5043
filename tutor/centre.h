/*
 * centre.h: a session on a centre's shared server, as the administrator
 * set it up (docs/trainers.md): the site's tutor.conf and the options
 * that go over it, the class directory every save is published to, kiosk
 * mode and the time limit. main.c holds a struct centre, hands it its
 * options, and brackets the interactive session with centre_begin and
 * centre_end.
 */
#ifndef TUTOR_CENTRE_H
#define TUTOR_CENTRE_H

#include <getopt.h>
#include <stdbool.h>

#include "progress.h"
#include "publish.h"
#include "siteconf.h"

/* Option codes for getopt_long, above any character. */
enum {
	CENTRE_OPT_CLASS_DIR = 0x100,
	CENTRE_OPT_CONFIG,
	CENTRE_OPT_KIOSK,
	CENTRE_OPT_TIME_LIMIT,
	CENTRE_OPT_TIME_LIMIT_SECONDS
};

/*
 * The long options, for main.c's table. --time-limit-seconds is for
 * tests only (a limit of a few seconds) and is not in --help.
 */
#define CENTRE_LONGOPTS \
	{ "class-dir", required_argument, NULL, CENTRE_OPT_CLASS_DIR }, \
	{ "config", required_argument, NULL, CENTRE_OPT_CONFIG }, \
	{ "kiosk", no_argument, NULL, CENTRE_OPT_KIOSK }, \
	{ "time-limit", required_argument, NULL, CENTRE_OPT_TIME_LIMIT }, \
	{ "time-limit-seconds", required_argument, NULL, \
	    CENTRE_OPT_TIME_LIMIT_SECONDS }

struct centre {
	/* From the command line. */
	const char	*config;	/* --config, or NULL: the site's */
	const char	*class_dir;	/* --class-dir, over tutor.conf's */
	unsigned long	 time_limit;	/* --time-limit, in seconds */
	bool		 time_limit_given;
	bool		 kiosk;		/* --kiosk, or a login shell */
	/* Set by centre_begin. */
	struct siteconf	 conf;
	struct publisher *pub;
};

/*
 * Look at how tutor was started (kiosk.h). Returns 0 and sets *argc to 1
 * (no options are read) for a login shell; -1 when a command must be
 * refused (said on stderr; main exits 64).
 */
int	centre_argv(struct centre *, int *argc, char **argv);
/*
 * An option of the table above: 0 when taken, 1 when ch is not one of
 * them, -1 when its value is wrong (said on stderr).
 */
int	centre_option(struct centre *, int ch, const char *arg);
/*
 * Before the interactive session: kiosk mode, tutor.conf, the class
 * directory and the time limit. Problems with the class directory or
 * the site's file are said on stderr and the session goes on; -1 only
 * when a file given with --config cannot be used.
 */
int	centre_begin(struct centre *);
/* Publish every save of this store (when there is a class directory). */
void	centre_attach(const struct centre *, struct store *);
/* After it: says on stderr when publishing failed, and frees. */
void	centre_end(struct centre *);

#endif
