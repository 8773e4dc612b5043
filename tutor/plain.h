/*
 * plain.h: the line-mode front end, for dumb terminals, screen readers,
 * pipes and tests. Everything goes to standard output as plain lines;
 * answers and commands come from standard input, one a line.
 */
#ifndef TUTOR_PLAIN_H
#define TUTOR_PLAIN_H

#include <stdio.h>

#include "catalog.h"
#include "progress.h"
#include "lang.h"

struct plain_options {
	enum lang	 lang;
	bool		 lang_given;	/* over the profile's language */
	struct store	*store;		/* where progress is kept, or NULL */
	const char	*profile;	/* the learner's name, or NULL: ask */
	enum age	 age;		/* for a new learner */
	const char	*lesson;	/* NULL: choose from a menu */
	FILE		*in;
	FILE		*out;
};

/* Run until the child quits or input ends. Returns an exit status. */
int	plain_run(const struct catalog *, const struct plain_options *);

#endif
