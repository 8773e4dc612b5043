/*
 * publish.h: a copy of each learner's progress in a class directory, so
 * that a trainer on a shared server reads the progress of every child
 * and no child reads or changes another child's (docs/trainers.md).
 *
 * After every successful save, the progress file is copied into the
 * class directory as
 *
 *	USER--ID.progress	mode 0640, the directory's group
 *
 * where USER is the Unix account that ran tutor and ID the profile's id
 * (which never holds "--", so the last "--" of a name ends the user),
 * written all or nothing (a temporary file
 * USER--ID.progress.tmp, fsync, rename). The class directory is set up
 * by the administrator: owned by root (or by the user), set-group-ID so
 * that files take its group (the trainers), sticky when others may write
 * in it (no child can delete, rename or replace another's file), and not
 * readable by others (no child can list it). tutor checks all of this
 * and publishes nothing into a directory that lacks it.
 *
 * A child can still create a file under another child's name (the
 * directory lets everyone create files). tutor never writes through or
 * over such a file; a reader of the directory trusts a file only when
 * publish_owner_ok says its owner is the account its name gives.
 */
#ifndef TUTOR_PUBLISH_H
#define TUTOR_PUBLISH_H

#include <sys/stat.h>

#include <stdbool.h>
#include <stddef.h>

#include "progress.h"

#define PUBLISH_SEP		"--"		/* between user and id */
#define PUBLISH_SUFFIX		".progress"
#define PUBLISH_USER_MAX	32		/* bytes of a user name */

struct publisher;

/*
 * Open and check the class directory dir, for the user running tutor.
 * Returns NULL and sets *err (malloc'd, plain words, with the command
 * that fixes it) when the directory is missing or not safe to use;
 * NULL with *err NULL for a trainer (in the directory's group, which
 * only reads it), who publishes nothing.
 */
struct publisher *publish_open(const char *dir, char **err);
void		 publish_close(struct publisher *);

/*
 * Publish a profile's progress file text. Returns 0, or -1 with *err:
 * then nothing was written outside the temporary file, which is removed.
 */
int		 publish_progress(struct publisher *, const char *profile_id,
		    const char *text, size_t len, char **err);

/*
 * The hook for store_on_save (progress.h): arg is the publisher. A
 * failure never reaches the child; the first one is kept for
 * publish_error.
 */
void		 publish_saved(const struct progress *, const char *text,
		    size_t len, void *arg);
/* The first error since publish_open, or NULL. */
const char	*publish_error(const struct publisher *);
/* How many files were published. */
unsigned long	 publish_count(const struct publisher *);

/*
 * Whether a user name is safe in a file name: [A-Za-z0-9._-], no leading
 * dot or dash, at most PUBLISH_USER_MAX bytes.
 */
bool		 publish_user_valid(const char *user);
/*
 * For readers of a class directory (tutor report): whether the file
 * called name, with the status st (from fstat or lstat), is what tutor
 * publishes: a regular file named USER--ID.progress whose owner is the
 * account USER. A file planted by another account is not.
 */
bool		 publish_owner_ok(const char *name, const struct stat *st);

#endif
