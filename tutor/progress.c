/*
 * progress.c: keeping a child's progress on disk so that nothing is
 * lost: the data directory and its checks, the lock that makes one
 * session the writer, and the save that a power cut, kill -9 or a full
 * disk cannot turn into a damaged file.
 *
 * Every file is reached through a descriptor of its directory (openat,
 * renameat, unlinkat) and opened with O_NOFOLLOW, and every directory and
 * file is checked to be ours and private: the data directory may live on
 * a shared server, and "do not rely on fs.protected_symlinks" is the rule
 * (docs/progress-format.md, engineering notes).
 *
 * A save writes the whole file to a new temporary file, fsyncs it,
 * renames it over the old one and fsyncs the directory. Until the rename
 * the old file is untouched; after it the new one is complete. Any error
 * removes the temporary file and leaves the old one as it was; the
 * progress stays in memory and the next save tries again.
 */
#include "config.h"

#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <unistr.h>

#include "normalize.h"
#include "progress.h"
#include "progress_int.h"
#include "util.h"

#define NOT_SAVED "Tell your trainer: nothing you did before is lost."
#define OTHER_SESSION "This profile is open in another session: what you " \
	"do now will not be saved."

struct progress_io {
	int	 pfd;		/* the profiles directory */
	int	 lockfd;	/* the lock, -1 when another session has it */
	char	 session[9];	/* this opening's id, stamped on attempts */
	char	*readonly_why;	/* what a save says when it cannot write */
	store_saved_fn *on_save;	/* the store's hook (store_on_save) */
	void	*on_save_arg;
};

int
progress_fail(char **err, const char *fmt, ...)
{
	va_list ap;
	struct buf b;

	if (err != NULL) {
		buf_init(&b);
		va_start(ap, fmt);
		buf_vprintf(&b, fmt, ap);
		va_end(ap);
		*err = buf_take(&b);
	}
	return -1;
}

void
progress_random(void *out, size_t n)
{
	static unsigned long counter;
	unsigned char *p = out;
	ssize_t got;
	size_t i;
	int fd;

	while (n > 0) {
		got = getrandom(p, n, 0);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		p += got;
		n -= (size_t)got;
	}
	if (n > 0 && (fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)) >= 0) {
		while (n > 0 && (got = read(fd, p, n)) > 0) {
			p += got;
			n -= (size_t)got;
		}
		close(fd);
	}
	/* Only names of temporary files depend on this; O_EXCL does the rest. */
	for (i = 0; i < n; i++)
		p[i] = (unsigned char)((unsigned long)time(NULL) ^
		    (unsigned long)getpid() ^ ++counter * 2654435761u) >> (i % 4);
}

static void
random_hex(char *out, size_t bytes)
{
	unsigned char r[16];
	size_t i;

	progress_random(r, bytes);
	for (i = 0; i < bytes; i++)
		snprintf(out + 2 * i, 3, "%02x", r[i]);
}

/* Why a file of the store cannot be used, in words. */
static int
file_refused(char **err, const char *what, int e)
{
	if (e == ELOOP)
		return progress_fail(err, "%s is a symbolic link. tutor does not "
		    "follow links in its progress directory.", what);
	if (e == ENOENT)
		return progress_fail(err, "%s does not exist.", what);
	return progress_fail(err, "%s cannot be used: %s.", what, strerror(e));
}

/*
 * A file of the store, just opened: it must be a regular file of ours. A
 * file that others may read is made private again.
 */
static int
check_file(int fd, const char *what, char **err)
{
	struct stat st;

	if (fstat(fd, &st) < 0)
		return file_refused(err, what, errno);
	if (!S_ISREG(st.st_mode))
		return progress_fail(err, "%s is not a regular file.", what);
	if (st.st_uid != geteuid())
		return progress_fail(err, "%s belongs to another user.", what);
	if ((st.st_mode & 07777) != 0600)
		(void)fchmod(fd, 0600);
	return 0;
}

/*
 * Take a profile's lock: 1 when this session is the writer, 0 when
 * another session holds it, -1 on error. The lock is a file of its own
 * (flock locks, unlike fcntl locks, do not vanish when some other
 * descriptor of the file is closed). A lock file that was removed and
 * made again while we waited is not the lock any more: try again.
 */
int
progress_lock(int pfd, const char *id, int *fdp, char **err)
{
	struct stat a, b;
	char name[64];
	int fd, tries;

	*fdp = -1;
	snprintf(name, sizeof name, "%s.lock", id);
	for (tries = 0; tries < 10; tries++) {
		fd = openat(pfd, name, O_RDWR | O_CREAT | O_NOFOLLOW |
		    O_NONBLOCK | O_CLOEXEC, 0600);
		if (fd < 0)
			return file_refused(err, name, errno);
		if (check_file(fd, name, err) < 0) {
			close(fd);
			return -1;
		}
		if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
			int e = errno;

			close(fd);
			if (e == EWOULDBLOCK)
				return 0;
			if (e == EINTR)
				continue;
			return file_refused(err, name, e);
		}
		if (fstat(fd, &a) == 0 && fstatat(pfd, name, &b,
		    AT_SYMLINK_NOFOLLOW) == 0 && a.st_dev == b.st_dev &&
		    a.st_ino == b.st_ino) {
			*fdp = fd;
			return 1;
		}
		close(fd);
	}
	return progress_fail(err, "%s keeps changing.", name);
}

/* Remove the files of a profile whose name starts with what follows id. */
int
progress_unlink_prefixed(int pfd, const char *id, const char *suffix)
{
	char prefix[96];
	struct dirent *e;
	size_t n;
	DIR *d;
	int fd, removed = 0;

	n = (size_t)snprintf(prefix, sizeof prefix, "%s%s", id, suffix);
	if ((fd = fcntl(pfd, F_DUPFD_CLOEXEC, 0)) < 0)
		return 0;
	if ((d = fdopendir(fd)) == NULL) {
		close(fd);
		return 0;
	}
	rewinddir(d);
	while ((e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, prefix, n) == 0 &&
		    unlinkat(pfd, e->d_name, 0) == 0)
			removed++;
	}
	closedir(d);
	return removed;
}

/*
 * Read a file of the store, at most max bytes and one more (so that a
 * reader sees it is too long). Returns 0, or -1 with errno and *err set.
 */
int
progress_read(int pfd, const char *name, size_t max, char **bufp,
    size_t *lenp, char **err)
{
	struct buf b;
	char chunk[65536];
	ssize_t got;
	size_t want;
	int fd, e;

	*bufp = NULL;
	*lenp = 0;
	fd = openat(pfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		e = errno;
		file_refused(err, name, e);
		errno = e;
		return -1;
	}
	if (check_file(fd, name, err) < 0) {
		close(fd);
		errno = EPERM;
		return -1;
	}
	buf_init(&b);
	buf_add(&b, "", 0);
	while (b.len <= max) {
		want = max + 1 - b.len < sizeof chunk ? max + 1 - b.len :
		    sizeof chunk;
		got = read(fd, chunk, want);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			e = errno;
			file_refused(err, name, e);
			buf_free(&b);
			close(fd);
			errno = e;
			return -1;
		}
		if (got == 0)
			break;
		buf_add(&b, chunk, (size_t)got);
	}
	close(fd);
	*lenp = b.len;
	*bufp = buf_take(&b);
	return 0;
}

/*
 * Make a new file of pfd holding text, synced to the disk. Returns 0, or
 * the errno of what failed; then the file is removed again.
 */
static int
write_new(int pfd, const char *name, const char *text, size_t len)
{
	int fd, e;

	fd = openat(pfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, 0600);
	if (fd < 0)
		return errno;
	/* The mode must not depend on the umask. */
	if (fchmod(fd, 0600) < 0 || xwrite_all(fd, text, len) < 0 ||
	    xfsync(fd) < 0) {
		e = errno;
		close(fd);
		unlinkat(pfd, name, 0);
		return e;
	}
	if (close(fd) < 0 && errno != EINTR) {
		e = errno;
		unlinkat(pfd, name, 0);
		return e;
	}
	return 0;
}

/*
 * Replace name in the directory pfd, all or nothing. Returns 0, or the
 * errno of what failed; then name is as it was and no temporary file is
 * left behind.
 */
int
progress_write(int pfd, const char *name, const char *text, size_t len)
{
	char tmp[128], rnd[9];
	int e;

	random_hex(rnd, 4);
	snprintf(tmp, sizeof tmp, "%s.tmp-%ld-%s", name, (long)getpid(), rnd);
	if ((e = write_new(pfd, tmp, text, len)) != 0)
		return e;
	if (renameat(pfd, tmp, pfd, name) < 0) {
		e = errno;
		unlinkat(pfd, tmp, 0);
		return e;
	}
	/* The rename is done; this makes it last through a power cut. */
	if (xfsync(pfd) < 0)
		return errno;
	return 0;
}

/* A failed save in words a child can read and a trainer can act on. */
static int
save_refused(char **err, int e)
{
	switch (e) {
	case ENOSPC:
	case EDQUOT:
		return progress_fail(err, "There is no space left to save your "
		    "progress. " NOT_SAVED);
	case EROFS:
		return progress_fail(err, "The disk is read-only, so your "
		    "progress cannot be saved. " NOT_SAVED);
	case EACCES:
	case EPERM:
		return progress_fail(err, "tutor is not allowed to write your "
		    "progress. " NOT_SAVED);
	default:
		return progress_fail(err, "Your progress could not be saved "
		    "(%s). " NOT_SAVED, strerror(e));
	}
}

/*
 * A directory just made: 0700 whatever the umask was, without following
 * a link (and without needing /proc, which fchmodat's AT_SYMLINK_NOFOLLOW
 * needs on glibc before 2.39).
 */
static void
make_private(int at, const char *path)
{
	int fd;

	fd = openat(at, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd >= 0) {
		(void)fchmod(fd, 0700);
		close(fd);
	} else
		(void)fchmodat(at, path, 0700, AT_SYMLINK_NOFOLLOW);
}

/*
 * The data directory and its profiles/ directory: opened without
 * following a link, created 0700 when missing (whatever the umask), and
 * refused when another user owns them or may write in them (the profiles
 * directory: may even look in it).
 */
static int
open_private_dir(int at, const char *path, const char *shown, mode_t forbid,
    char **err)
{
	struct stat st;
	int fd, e;

	if (mkdirat(at, path, 0700) == 0)
		make_private(at, path);
	fd = openat(at, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0) {
		e = errno;
		if (fstatat(at, path, &st, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISLNK(st.st_mode))
			return progress_fail(err, "The progress directory %s is "
			    "a symbolic link. tutor does not follow links there: "
			    "give it the real directory.", shown);
		return progress_fail(err, "The progress directory %s cannot "
		    "be opened: %s.", shown, strerror(e));
	}
	if (fstat(fd, &st) < 0) {
		e = errno;
		close(fd);
		return progress_fail(err, "The progress directory %s cannot "
		    "be used: %s.", shown, strerror(e));
	}
	if (st.st_uid != geteuid()) {
		close(fd);
		return progress_fail(err, "The progress directory %s belongs "
		    "to another user. tutor keeps progress only in a directory "
		    "of your own.", shown);
	}
	if ((st.st_mode & forbid) != 0) {
		close(fd);
		return progress_fail(err, "The progress directory %s is open "
		    "to other users (mode %03o). Make it private with: chmod "
		    "700 %s", shown, (unsigned)(st.st_mode & 0777), shown);
	}
	return fd;
}

/* mkdir -p for the parents of path, each new one 0700 whatever the umask. */
static void
make_parents(const char *path)
{
	char *p, *s;

	p = xstrdup(path);
	for (s = p + 1; *s != '\0'; s++) {
		if (*s != '/' || s[-1] == '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) == 0)
			make_private(AT_FDCWD, p);
		*s = '/';
	}
	free(p);
}

struct store *
store_open(const char *dir, char **err)
{
	struct store *st;
	struct dirent *e;
	char *path, *shown, **ids = NULL, *tmp;
	size_t len, nids = 0, i, j;
	DIR *d;
	int fd, lockfd;

	if (dir == NULL || *dir == '\0') {
		progress_fail(err, "No progress directory was given.");
		return NULL;
	}
	path = xstrdup(dir);
	len = strlen(path);
	while (len > 1 && path[len - 1] == '/')
		path[--len] = '\0';
	shown = normalize_clean(path, len);
	make_parents(path);
	st = xcalloc(1, sizeof *st);
	st->dfd = st->pfd = -1;
	if ((st->dfd = open_private_dir(AT_FDCWD, path, shown, 022, err)) < 0)
		goto fail;
	free(shown);
	xasprintf(&shown, "%s/profiles", path);
	tmp = shown;
	shown = normalize_clean(tmp, strlen(tmp));
	free(tmp);
	if ((st->pfd = open_private_dir(st->dfd, "profiles", shown, 077,
	    err)) < 0)
		goto fail;
	free(shown);
	st->path = path;

	/*
	 * Temporary files left by a crash, each removed under its profile's
	 * lock: a session saving now holds the lock, and its file is not
	 * stale.
	 */
	if ((fd = fcntl(st->pfd, F_DUPFD_CLOEXEC, 0)) >= 0 &&
	    (d = fdopendir(fd)) != NULL) {
		while ((e = readdir(d)) != NULL) {
			if ((tmp = strstr(e->d_name, ".progress.tmp-")) == NULL)
				continue;
			tmp = xstrndup(e->d_name, (size_t)(tmp - e->d_name));
			for (j = 0; j < nids && strcmp(ids[j], tmp) != 0; j++)
				;
			if (j < nids || !progress_id_valid(tmp)) {
				free(tmp);
				continue;
			}
			ids = xreallocarray(ids, nids + 1, sizeof *ids);
			ids[nids++] = tmp;
		}
		closedir(d);
	} else if (fd >= 0)
		close(fd);
	for (i = 0; i < nids; i++) {
		if (progress_lock(st->pfd, ids[i], &lockfd, NULL) == 1) {
			progress_unlink_prefixed(st->pfd, ids[i],
			    ".progress.tmp-");
			close(lockfd);
		}
		free(ids[i]);
	}
	free(ids);
	return st;
fail:
	free(shown);
	free(path);
	store_close(st);
	return NULL;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	if (st->dfd >= 0)
		close(st->dfd);
	if (st->pfd >= 0)
		close(st->pfd);
	free(st->path);
	free(st);
}

void
store_on_save(struct store *st, store_saved_fn *fn, void *arg)
{
	st->on_save = fn;
	st->on_save_arg = arg;
}

/* XDG: a relative $XDG_DATA_HOME is invalid and must be ignored. */
char *
store_default_dir(void)
{
	const char *xdg, *home;
	char *dir;

	xdg = getenv("XDG_DATA_HOME");
	if (xdg != NULL && xdg[0] == '/') {
		xasprintf(&dir, "%s/tutor", xdg);
		return dir;
	}
	home = getenv("HOME");
	if (home == NULL || home[0] != '/')
		return NULL;
	xasprintf(&dir, "%s/.local/share/tutor", home);
	return dir;
}

/*
 * A damaged file is kept under a new name before anything replaces it:
 * a hard link when the file system has them, else a copy of what was
 * read. Returns the name, or NULL when no copy could be made.
 */
static char *
keep_damaged(int pfd, const char *id, const char *buf, size_t len)
{
	char file[64], stamp[32], *copy;
	time_t now;
	struct tm tm;
	int k, e;

	snprintf(file, sizeof file, "%s.progress", id);
	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
	for (k = 1; k < 100; k++) {
		if (k == 1)
			xasprintf(&copy, "%s.damaged-%s", file, stamp);
		else
			xasprintf(&copy, "%s.damaged-%s-%d", file, stamp, k);
		if (linkat(pfd, file, pfd, copy, 0) == 0)
			break;
		e = errno;
		/* No hard links on this file system: a copy. */
		if (e != EEXIST)
			e = write_new(pfd, copy, buf, len);
		if (e == 0)
			break;
		free(copy);
		copy = NULL;
		if (e != EEXIST)
			break;
	}
	if (copy != NULL)
		(void)fsync(pfd);
	return copy;
}

/* The file was damaged: keep it aside, then save what was recovered. */
static void
repair(struct progress *p, const char *buf, size_t len)
{
	char *copy, *err = NULL;

	p->recovered = true;
	copy = keep_damaged(p->io->pfd, p->profile_id, buf, len);
	if (copy == NULL) {
		/* Never overwrite what could not be kept. */
		p->readonly = true;
		p->io->readonly_why = xstrdup("Your progress file is damaged "
		    "and tutor could not keep a copy of it, so what you do now "
		    "will not be saved. " NOT_SAVED);
		p->notice = xstrdup(p->io->readonly_why);
		return;
	}
	if (progress_save(p, &err) == 0)
		xasprintf(&p->notice, "Part of your progress file was damaged. "
		    "Everything that could be read was kept; the damaged copy "
		    "is saved as %s.", copy);
	else
		xasprintf(&p->notice, "Part of your progress file was damaged. "
		    "Everything that could be read was kept; the damaged copy "
		    "is saved as %s. %s", copy, err);
	free(err);
	free(copy);
}

struct progress *
progress_open(struct store *st, const char *id, char **err)
{
	struct progress *p;
	struct progress_io *io;
	char file[64], *buf = NULL;
	size_t len;
	int rc;

	if (!progress_id_valid(id)) {
		progress_fail(err, "This is not the id of a profile.");
		return NULL;
	}
	io = xcalloc(1, sizeof *io);
	io->lockfd = -1;
	io->on_save = st->on_save;
	io->on_save_arg = st->on_save_arg;
	if ((io->pfd = fcntl(st->pfd, F_DUPFD_CLOEXEC, 0)) < 0) {
		progress_fail(err, "The progress directory cannot be used: %s.",
		    strerror(errno));
		free(io);
		return NULL;
	}
	random_hex(io->session, 4);
	p = xcalloc(1, sizeof *p);
	if ((rc = progress_lock(io->pfd, id, &io->lockfd, err)) < 0)
		goto fail;
	/* The writer cleans what a crash of an earlier writer left. */
	if (rc == 1)
		progress_unlink_prefixed(io->pfd, id, ".progress.tmp-");
	snprintf(file, sizeof file, "%s.progress", id);
	if (progress_read(io->pfd, file, PROGRESS_FILE_MAX, &buf, &len,
	    err) < 0) {
		if (errno == ENOENT) {
			/* The lock of no profile: not worth keeping. */
			if (io->lockfd >= 0)
				unlinkat(io->pfd, strcat(strcpy(file, id),
				    ".lock"), 0);
			if (err != NULL)
				free(*err);
			progress_fail(err, "There is no profile with the id %s.",
			    id);
		}
		goto fail;
	}
	rc = progress_parse(file, buf, len, p, NULL);
	if (rc < 0) {
		progress_fail(err, "This progress was saved by a newer version "
		    "of tutor. Ask your trainer to update tutor; the file is "
		    "left as it is.");
		goto fail;
	}
	p->profile_id = xstrdup(id);
	p->io = io;
	if (p->name == NULL)
		p->name = xstrdup(id);
	if (io->lockfd < 0) {
		p->readonly = true;
		io->readonly_why = xstrdup(OTHER_SESSION);
		p->recovered = rc == 1;
		p->notice = xstrdup(rc == 1 ? OTHER_SESSION " Part of the "
		    "progress file is damaged: the other session will repair "
		    "it." : OTHER_SESSION);
	} else if (rc == 1)
		repair(p, buf, len);
	free(buf);
	return p;
fail:
	free(buf);
	progress_clear(p);
	free(p);
	if (io->lockfd >= 0)
		close(io->lockfd);
	close(io->pfd);
	free(io);
	return NULL;
}

void
progress_close(struct progress *p)
{
	if (p == NULL)
		return;
	if (p->io != NULL) {
		if (p->io->lockfd >= 0)
			close(p->io->lockfd);
		close(p->io->pfd);
		free(p->io->readonly_why);
		free(p->io);
	}
	progress_clear(p);
	free(p);
}

/* A copy of s of at most max bytes, cut between characters. */
static char *
cut(const char *s, size_t max)
{
	size_t n;

	if (s == NULL)
		return NULL;
	n = strlen(s);
	if (n <= max)
		return xstrndup(s, n);
	n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return xstrndup(s, n);
}

static void
trim(char **s, size_t max)
{
	char *t;

	if (*s != NULL && strlen(*s) > max) {
		t = cut(*s, max);
		free(*s);
		*s = t;
	}
}

static size_t
count_lines(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (*s == '\n')
			n++;
	return n;
}

int
progress_save(struct progress *p, char **err)
{
	char file[64], *text;
	size_t len, drop, i;
	int e;

	if (p->io == NULL)
		return progress_fail(err, "This progress is not open for "
		    "saving.");
	if (p->readonly)
		return progress_fail(err, "%s", p->io->readonly_why != NULL ?
		    p->io->readonly_why : OTHER_SESSION);
	/*
	 * Never write a file that the reader would call damaged. The front
	 * end may have set the settings: keep them within the line limit.
	 * Over the size limit, the oldest answers go (their lessons' lines
	 * stay); over the record limit, the records of a later tutor.
	 */
	trim(&p->name, PROFILE_NAME_MAX * 4);
	trim(&p->theme, PROGRESS_ID_MAX);
	trim(&p->pin, PROGRESS_ID_MAX);
	if (p->unknown != NULL && 1 + p->nlessons + p->nattempts +
	    count_lines(p->unknown) > PROGRESS_RECORDS_MAX) {
		free(p->unknown);
		p->unknown = NULL;
	}
	for (;;) {
		text = progress_format(p);
		len = strlen(text);
		if (len <= PROGRESS_FILE_MAX)
			break;
		free(text);
		if (p->nattempts == 0) {
			free(p->unknown);
			p->unknown = NULL;
			continue;
		}
		drop = p->nattempts / 8 + 1;
		for (i = 0; i < drop; i++)
			attempt_free(&p->attempts[i]);
		memmove(p->attempts, p->attempts + drop,
		    (p->nattempts - drop) * sizeof *p->attempts);
		p->nattempts -= drop;
	}
	snprintf(file, sizeof file, "%s.progress", p->profile_id);
	e = progress_write(p->io->pfd, file, text, len);
	/* The hook (publish.c), after a good save only: see store_on_save. */
	if (e == 0 && p->io->on_save != NULL)
		p->io->on_save(p, text, len, p->io->on_save_arg);
	free(text);
	return e == 0 ? 0 : save_refused(err, e);
}


int
progress_add_attempt(struct progress *p, const struct attempt *a,
    char **err)
{
	struct attempt c;

	if (a->lesson == NULL || a->exercise == NULL)
		return progress_fail(err, "An answer needs its lesson and "
		    "exercise.");
	c = *a;
	if (c.when == 0)
		c.when = time(NULL);
	c.lesson = cut(a->lesson, PROGRESS_ID_MAX);
	c.exercise = cut(a->exercise, PROGRESS_ID_MAX);
	c.session = a->session != NULL ? cut(a->session, 32) :
	    p->io != NULL ? xstrdup(p->io->session) : NULL;
	if (c.verdict > VERDICT_CORRECT)
		c.verdict = VERDICT_WRONG;
	c.rule = cut(a->rule, PROGRESS_ID_MAX);
	/* Children's data stays minimal: the text only when asked for. */
	c.answer = p->keep_answers && a->answer != NULL ?
	    normalize_clean(a->answer, strlen(a->answer)) : NULL;
	if (p->nattempts >= PROGRESS_ATTEMPTS_MAX) {
		attempt_free(&p->attempts[0]);
		memmove(p->attempts, p->attempts + 1,
		    (p->nattempts - 1) * sizeof *p->attempts);
		p->nattempts--;
	}
	attempt_push(p, &c);
	return progress_save(p, err);
}

static struct lesson_progress *
lesson_get(struct progress *p, const char *lesson, char **err)
{
	struct lesson_progress *l;

	if ((l = (struct lesson_progress *)progress_lesson(p, lesson)) != NULL)
		return l;
	if (strlen(lesson) > PROGRESS_ID_MAX || *lesson == '\0') {
		progress_fail(err, "This lesson id cannot be kept.");
		return NULL;
	}
	if (p->nlessons >= PROGRESS_LESSONS_MAX) {
		progress_fail(err, "There are too many lessons in this "
		    "profile.");
		return NULL;
	}
	p->lessons = xreallocarray(p->lessons, p->nlessons + 1,
	    sizeof *p->lessons);
	l = &p->lessons[p->nlessons++];
	memset(l, 0, sizeof *l);
	l->lesson = xstrdup(lesson);
	return l;
}

int
progress_set_position(struct progress *p, const char *lesson,
    size_t position, char **err)
{
	struct lesson_progress *l;

	if ((l = lesson_get(p, lesson, err)) == NULL)
		return -1;
	l->position = position;
	l->updated = time(NULL);
	return progress_save(p, err);
}

int
progress_finish_lesson(struct progress *p, const char *lesson,
    unsigned stars, char **err)
{
	struct lesson_progress *l;

	if ((l = lesson_get(p, lesson, err)) == NULL)
		return -1;
	if (stars > l->stars)
		l->stars = stars;
	l->done = true;
	l->updated = time(NULL);
	return progress_save(p, err);
}

/*
 * The PIN keeps children who share an account out of each other's
 * profiles; it is not a password and protects nothing from someone who
 * can read the file. So a simple keyed hash is enough: 64-bit FNV-1a
 * over a random salt and the PIN, iterated, written "h1:SALT:HASH".
 */
static uint64_t
pin_hash(const unsigned char salt[8], const char *pin)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	const unsigned char *s;
	unsigned round, i;

	for (round = 0; round < 1000; round++) {
		for (i = 0; i < 8; i++)
			h = (h ^ salt[i]) * 0x100000001b3ULL;
		for (s = (const unsigned char *)pin; *s != '\0'; s++)
			h = (h ^ *s) * 0x100000001b3ULL;
		h = (h ^ round) * 0x100000001b3ULL;
	}
	return h;
}

int
progress_set_pin(struct progress *p, const char *pin)
{
	unsigned char salt[8];
	const uint8_t *s;
	size_t n = 0;
	ucs4_t c;
	int k, i;

	if (pin == NULL || *pin == '\0') {
		free(p->pin);
		p->pin = NULL;
		return 0;
	}
	for (s = (const uint8_t *)pin; *s != '\0'; s += k, n++) {
		k = u8_strmbtouc(&c, s);
		if (k <= 0 || c < 0x20 || (c >= 0x7f && c < 0xa0) ||
		    n == PROFILE_PIN_MAX)
			return -1;
	}
	progress_random(salt, sizeof salt);
	free(p->pin);
	p->pin = xmalloc(3 + 16 + 1 + 16 + 1);
	memcpy(p->pin, "h1:", 3);
	for (i = 0; i < 8; i++)
		snprintf(p->pin + 3 + 2 * i, 3, "%02x", salt[i]);
	snprintf(p->pin + 19, 18, ":%016llx",
	    (unsigned long long)pin_hash(salt, pin));
	return 0;
}

bool
progress_check_pin(const struct progress *p, const char *pin)
{
	unsigned char salt[8];
	char want[17];
	unsigned v;
	int i;

	if (p->pin == NULL)
		return true;
	if (pin == NULL || strlen(p->pin) != 36 ||
	    strncmp(p->pin, "h1:", 3) != 0 || p->pin[19] != ':')
		return false;
	for (i = 0; i < 8; i++) {
		if (sscanf(p->pin + 3 + 2 * i, "%2x", &v) != 1)
			return false;
		salt[i] = (unsigned char)v;
	}
	snprintf(want, sizeof want, "%016llx",
	    (unsigned long long)pin_hash(salt, pin));
	return strcmp(want, p->pin + 20) == 0;
}
