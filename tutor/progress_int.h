/*
 * progress_int.h: what the files of the progress module share (progress.c:
 * files, locks and saving; progress_text.c: the file format; profile.c:
 * profiles; profile_csv.c: class lists). Not for other modules.
 */
#ifndef TUTOR_PROGRESS_INT_H
#define TUTOR_PROGRESS_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "progress.h"

struct store {
	int	 dfd;		/* the data directory */
	int	 pfd;		/* its profiles/ directory */
	char	*path;
	store_saved_fn *on_save;	/* store_on_save: publish.c's hook */
	void	*on_save_arg;
};

/* Set *err (when err is not NULL) and return -1. */
int	progress_fail(char **err, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	progress_random(void *, size_t);
/* An id as profile_id makes them: "aya-1c3f9a2b". */
bool	progress_id_valid(const char *);

/* Files of the profiles directory pfd: see progress.c. */
int	progress_lock(int pfd, const char *id, int *fdp, char **err);
int	progress_read(int pfd, const char *name, size_t max, char **bufp,
	    size_t *lenp, char **err);
int	progress_write(int pfd, const char *name, const char *text,
	    size_t len);
int	progress_unlink_prefixed(int pfd, const char *id, const char *suffix);

/* Append a (the progress takes what it points to). */
void	attempt_push(struct progress *, const struct attempt *a);
void	attempt_free(struct attempt *);

#endif
