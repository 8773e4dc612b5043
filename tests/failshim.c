/*
 * failshim.c: an LD_PRELOAD library that makes a disk fail on demand, for
 * the progress tests (progress-diskfull.sh). It wraps the calls a save
 * makes and fails them with an errno, as a full or broken disk would:
 *
 *	FAILSHIM_CALLS	which calls fail, comma-separated, from: write,
 *			fsync, rename (rename, renameat, renameat2), create
 *			(openat with O_CREAT). Default: all.
 *	FAILSHIM_ERRNO	ENOSPC (default), EIO, EROFS, EACCES or EDQUOT.
 *	FAILSHIM_AFTER	let this many of those calls succeed first (0).
 *	FAILSHIM_FLAG	fail only while this file exists (the test removes
 *			it to "free some space"; unset: always).
 *	FAILSHIM_SHORT	when set, every write writes at most this many
 *			bytes (short writes, which a save must handle).
 *
 * Only descriptors above 2 are touched: the program can still talk on
 * its standard output and error. Built without the sanitizers; under
 * ASan, run with ASAN_OPTIONS=verify_asan_link_order=0 (ASan wants to be
 * first in the list of libraries, and this library is).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static unsigned long calls;

static int
failing(const char *call)
{
	const char *which, *flag, *after, *p;
	size_t n = strlen(call);

	which = getenv("FAILSHIM_CALLS");
	if (which != NULL && *which != '\0') {
		for (p = which; (p = strstr(p, call)) != NULL; p += n)
			if ((p == which || p[-1] == ',') &&
			    (p[n] == ',' || p[n] == '\0'))
				break;
		if (p == NULL)
			return 0;
	}
	flag = getenv("FAILSHIM_FLAG");
	if (flag != NULL && *flag != '\0' && access(flag, F_OK) != 0)
		return 0;
	after = getenv("FAILSHIM_AFTER");
	if (after != NULL && ++calls <= strtoul(after, NULL, 10))
		return 0;
	return 1;
}

static int
fail_errno(void)
{
	const char *e = getenv("FAILSHIM_ERRNO");

	if (e == NULL || strcmp(e, "ENOSPC") == 0)
		return ENOSPC;
	if (strcmp(e, "EIO") == 0)
		return EIO;
	if (strcmp(e, "EROFS") == 0)
		return EROFS;
	if (strcmp(e, "EACCES") == 0)
		return EACCES;
	if (strcmp(e, "EDQUOT") == 0)
		return EDQUOT;
	return EIO;
}

static void *
next(const char *name)
{
	void *f = dlsym(RTLD_NEXT, name);

	if (f == NULL) {
		fprintf(stderr, "failshim: no %s\n", name);
		abort();
	}
	return f;
}

ssize_t
write(int fd, const void *buf, size_t len)
{
	static ssize_t (*real)(int, const void *, size_t);
	const char *s;
	size_t max;

	if (real == NULL)
		real = (ssize_t (*)(int, const void *, size_t))next("write");
	if (fd > 2 && failing("write")) {
		errno = fail_errno();
		return -1;
	}
	if (fd > 2 && (s = getenv("FAILSHIM_SHORT")) != NULL &&
	    (max = strtoul(s, NULL, 10)) > 0 && len > max)
		len = max;
	return real(fd, buf, len);
}

int
fsync(int fd)
{
	static int (*real)(int);

	if (real == NULL)
		real = (int (*)(int))next("fsync");
	if (fd > 2 && failing("fsync")) {
		errno = fail_errno();
		return -1;
	}
	return real(fd);
}

int
rename(const char *from, const char *to)
{
	static int (*real)(const char *, const char *);

	if (real == NULL)
		real = (int (*)(const char *, const char *))next("rename");
	if (failing("rename")) {
		errno = fail_errno();
		return -1;
	}
	return real(from, to);
}

int
renameat(int fromfd, const char *from, int tofd, const char *to)
{
	static int (*real)(int, const char *, int, const char *);

	if (real == NULL)
		real = (int (*)(int, const char *, int, const char *))
		    next("renameat");
	if (failing("rename")) {
		errno = fail_errno();
		return -1;
	}
	return real(fromfd, from, tofd, to);
}

int
renameat2(int fromfd, const char *from, int tofd, const char *to,
    unsigned flags)
{
	static int (*real)(int, const char *, int, const char *, unsigned);

	if (real == NULL)
		real = (int (*)(int, const char *, int, const char *,
		    unsigned))next("renameat2");
	if (failing("rename")) {
		errno = fail_errno();
		return -1;
	}
	return real(fromfd, from, tofd, to, flags);
}

/* A read-only directory: creating a file fails. */
static int
open_at(const char *name, int dirfd, const char *path, int flags,
    va_list ap)
{
	int (*real)(int, const char *, int, ...);
	mode_t mode = 0;

	real = (int (*)(int, const char *, int, ...))next(name);
	if (flags & O_CREAT) {
		mode = (mode_t)va_arg(ap, int);
		if (failing("create")) {
			errno = fail_errno();
			return -1;
		}
	}
	return real(dirfd, path, flags, mode);
}

int
openat(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	int fd;

	va_start(ap, flags);
	fd = open_at("openat", dirfd, path, flags, ap);
	va_end(ap);
	return fd;
}

int
openat64(int dirfd, const char *path, int flags, ...)
{
	va_list ap;
	int fd;

	va_start(ap, flags);
	fd = open_at("openat64", dirfd, path, flags, ap);
	va_end(ap);
	return fd;
}
