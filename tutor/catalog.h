/*
 * catalog.h: every lesson found in the exercise directories, in the
 * order a child meets them: by theme, then age band, then order.
 */
#ifndef TUTOR_CATALOG_H
#define TUTOR_CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "exercise.h"

struct catalog {
	struct lesson	**lessons;
	size_t		 n;
	size_t		 broken;	/* files that could not be loaded */
	size_t		 names_files;	/* names files checked on their own */
	/*
	 * Set before adding: keep only each lesson's heading (id, theme,
	 * age, order, title); catalog_open reads a whole lesson when it is
	 * needed. A child's session needs every lesson's title but only
	 * one lesson's questions at a time.
	 */
	bool		 heads_only;
};

void	catalog_init(struct catalog *);
void	catalog_free(struct catalog *);
/*
 * Add a lesson file, or every .yaml and .yml file of a directory (sorted
 * by name, not descending into subdirectories). Problems go to diags; a
 * broken file is skipped and counted. Returns -1 when path itself cannot
 * be read, 0 otherwise.
 */
int	catalog_add(struct catalog *, const char *path, struct diags *);
/* Sort the lessons and report lesson ids used twice (the second drops). */
void	catalog_finish(struct catalog *, struct diags *);

const struct lesson *catalog_lesson(const struct catalog *, const char *id);
/*
 * The whole lesson for a lesson of the catalog (a heading or not), read
 * again from its file: the caller frees it with lesson_free. NULL with
 * diagnostics when the file has an error (or changed id).
 */
struct lesson	*catalog_open(const struct catalog *, const struct lesson *,
		    struct diags *);
/* "LESSON/EXERCISE": returns 0 and sets *l and *ex, or -1. */
int	catalog_exercise(const struct catalog *, const char *name,
	    const struct lesson **l, const struct exercise **ex);

#endif
