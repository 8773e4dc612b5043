/*
 * merge.h: one learner's progress from two machines (carried between
 * centres on a USB stick) made into one, without losing an attempt:
 *
 *  - attempts: the union. An attempt is the same attempt in both when
 *    its lesson, exercise, time, session and try are the same and so are
 *    its verdict, hints, seconds and rule; it is then kept once (with its
 *    answer's text, when one of the two has it). Anything else is kept.
 *    The result is in time order. Only the format's own limits
 *    (PROGRESS_ATTEMPTS_MAX answers, PROGRESS_FILE_MAX bytes) can drop
 *    any, the oldest first, and merge_stats says how many;
 *  - lessons: done when done in either, the best stars, the position of
 *    the line updated last;
 *  - settings (name, language, age band, theme, PIN, keep answers): those
 *    of the progress updated last (its newest lesson line or answer);
 *  - records of a later tutor (progress->unknown): the union of lines.
 *
 * Merging is idempotent: merging the same progress again changes
 * nothing. No I/O here: the command line reads and writes the files.
 */
#ifndef TUTOR_MERGE_H
#define TUTOR_MERGE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "progress.h"

struct merge_stats {
	size_t		 added;		/* attempts dst did not have */
	size_t		 duplicates;	/* attempts both had, kept once */
	size_t		 dropped;	/* oldest, over the format's limits */
	size_t		 lessons;	/* lessons dst did not have */
	bool		 newer;		/* settings came from src */
	bool		 names_differ;	/* two names: two children? */
};

/* When a progress last changed: its newest lesson line or answer. */
time_t	merge_updated(const struct progress *);
/*
 * Merge src into dst (src is not changed). With keep_name, dst keeps its
 * name whatever the dates say: a profile of the store is found by it.
 */
void	merge_progress(struct progress *dst, const struct progress *src,
	    bool keep_name, struct merge_stats *);

#endif
