/*
 * report_files.h: finding and reading the progress files a report is
 * made of.
 *
 * Progress files are untrusted: a class directory is written by the
 * children's accounts, a USB stick by anyone. Inside a directory a
 * symbolic link is not followed, and a file of another account counts
 * only when tutor published it (publish_owner_ok: USER--ID.progress
 * owned by USER). Only regular files are read, opened without blocking
 * (a FIFO cannot hang the report), at most PROGRESS_FILE_MAX bytes and
 * one more.
 */
#ifndef TUTOR_REPORT_FILES_H
#define TUTOR_REPORT_FILES_H

#include <sys/stat.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "report.h"
#include "util.h"

/*
 * Read the file name of the directory dfd (or AT_FDCWD) into b, emptied
 * first; *st gets its status. With follow false a symbolic link is
 * refused (ELOOP). Returns 0, or -1 with errno (EINVAL: not a regular
 * file).
 */
int		 report_read_file(int dfd, const char *name, bool follow,
		    struct buf *b, struct stat *st);
/* Why report_read_file failed, in words. */
const char	*report_read_error(int err);

/*
 * Add to r every progress file of paths: a file, or a directory's
 * *.progress files and those of its profiles/ subdirectory, in name
 * order. A file that cannot be used, or is damaged, is said on msgs
 * ("tutor: PATH: damaged: ..."). Returns 0, or -1 when a path could not
 * be read at all (said on msgs).
 */
int		 report_files(struct report *r, char *const *paths, size_t n,
		    FILE *msgs);

#endif
