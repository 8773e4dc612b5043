/*
 * report_files.c: the files of a report: each directory's progress files
 * in name order (so that the messages come in an order a trainer can
 * follow), read one at a time into one buffer and counted at once, so
 * that 200,000 files cost no more memory than the largest.
 *
 * A report is mostly parsing (progress_parse: a checksum, UTF-8 checks,
 * the fields of every line). Parsing in several threads was tried: on a
 * two-processor machine it was slower, the parsed records travelling
 * between processor caches cost more than the parsing saved, so there is
 * one thread (docs/reports.md has the numbers).
 */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "publish.h"
#include "report_files.h"

struct files {
	struct report	*r;
	FILE		*msgs;
	struct buf	 buf;		/* the file being read */
	struct buf	 path;		/* its path, for messages */
};

int
report_read_file(int dfd, const char *name, bool follow, struct buf *b,
    struct stat *st)
{
	ssize_t got;
	size_t want;
	int fd, e;

	b->len = 0;
	fd = openat(dfd, name, O_RDONLY | O_NONBLOCK | O_CLOEXEC |
	    (follow ? 0 : O_NOFOLLOW));
	if (fd < 0)
		return -1;
	e = fstat(fd, st) < 0 ? errno : !S_ISREG(st->st_mode) ? EINVAL : 0;
	if (e != 0) {
		close(fd);
		errno = e;
		return -1;
	}
	/*
	 * Straight into the buffer, as much as the file says it holds and a
	 * little more: a short read of a regular file is its end, so most
	 * files take one read.
	 */
	while (b->len <= PROGRESS_FILE_MAX) {
		want = st->st_size > 0 && (size_t)st->st_size < PROGRESS_FILE_MAX ?
		    (size_t)st->st_size + 512 : 65536;
		if (want > PROGRESS_FILE_MAX + 1 - b->len)
			want = PROGRESS_FILE_MAX + 1 - b->len;
		if (b->cap < b->len + want + 1) {
			b->cap = b->len + want + 1;
			b->s = xreallocarray(b->s, b->cap, 1);
		}
		got = read(fd, b->s + b->len, want);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		b->len += (size_t)got;
		if ((size_t)got < want)
			break;
	}
	b->s[b->len] = '\0';
	close(fd);
	return 0;
}

const char *
report_read_error(int e)
{
	if (e == ELOOP)
		return _("it is a symbolic link, which is not followed");
	if (e == EINVAL)
		return _("it is not a regular file");
	return strerror(e);
}

/*
 * Count one file: dfd and name reach it, path names it. In a directory
 * (dfd is not AT_FDCWD), a file of another account counts only when
 * tutor published it; the trainer's own files (their data directory,
 * copies they gathered) whatever their names.
 */
static void
add_file(struct files *f, int dfd, const char *name, const char *path)
{
	struct stat st;
	char *why = NULL;
	bool named = dfd == AT_FDCWD;

	if (report_read_file(dfd, name, named, &f->buf, &st) < 0) {
		fprintf(f->msgs, _("tutor: %s: cannot be read: %s\n"), path,
		    report_read_error(errno));
		f->r->skipped++;
		return;
	}
	if (!named && st.st_uid != geteuid() && !publish_owner_ok(name, &st)) {
		fprintf(f->msgs, _("tutor: %s: not used: it belongs to another "
		    "account than the one its name gives (USER--ID.progress)\n"),
		    path);
		f->r->skipped++;
		return;
	}
	switch (report_add(f->r, path, f->buf.s, f->buf.len, &why)) {
	case 1:
		fprintf(f->msgs, _("tutor: %s: damaged: %s; what could be read "
		    "was used\n"), path, why);
		break;
	case -1:
		fprintf(f->msgs, _("tutor: %s: damaged: %s; not used\n"), path,
		    why);
		break;
	case -2:
		fprintf(f->msgs, _("tutor: %s: written by a newer tutor; not "
		    "used\n"), path);
		break;
	}
	free(why);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "ID.progress" (or "USER--ID.progress"), not a damaged copy. */
static bool
is_progress(const char *name)
{
	size_t n = strlen(name);

	return n > 9 && strcmp(name + n - 9, ".progress") == 0 &&
	    name[0] != '.';
}

/* The progress files of a directory, in name order; -1 with errno. */
static int
add_dir(struct files *f, const char *dir)
{
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (!is_progress(e->d_name))
			continue;
		if (n == cap) {
			cap = cap == 0 ? 256 : cap * 2;
			names = xreallocarray(names, cap, sizeof *names);
		}
		names[n++] = xstrdup(e->d_name);
	}
	if (n > 0)
		qsort(names, n, sizeof *names, cmp_names);
	for (i = 0; i < n; i++) {
		f->path.len = 0;
		buf_printf(&f->path, "%s/%s", dir, names[i]);
		add_file(f, dirfd(d), names[i], f->path.s);
		free(names[i]);
	}
	free(names);
	closedir(d);
	return 0;
}

/* A directory (and its profiles/) or a file named by the trainer. */
static int
add_path(struct files *f, const char *path)
{
	struct stat st;
	char *sub;
	size_t len;

	if (stat(path, &st) < 0) {
		fprintf(f->msgs, _("tutor: %s: cannot be read: %s\n"), path,
		    strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		add_file(f, AT_FDCWD, path, path);
		return 0;
	}
	len = strlen(path);
	while (len > 1 && path[len - 1] == '/')
		len--;
	sub = xstrndup(path, len);
	if (add_dir(f, sub) < 0) {
		fprintf(f->msgs, _("tutor: %s: cannot be read: %s\n"), path,
		    strerror(errno));
		free(sub);
		return -1;
	}
	free(sub);
	xasprintf(&sub, "%.*s/profiles", (int)len, path);
	if (add_dir(f, sub) < 0 && errno != ENOENT && errno != ENOTDIR) {
		fprintf(f->msgs, _("tutor: %s: cannot be read: %s\n"), sub,
		    strerror(errno));
		free(sub);
		return -1;
	}
	free(sub);
	return 0;
}

int
report_files(struct report *r, char *const *paths, size_t n, FILE *msgs)
{
	struct files f;
	size_t i;
	int rc = 0;

	f.r = r;
	f.msgs = msgs;
	buf_init(&f.buf);
	buf_init(&f.path);
	for (i = 0; i < n; i++) {
		if (add_path(&f, paths[i]) < 0)
			rc = -1;
	}
	buf_free(&f.buf);
	buf_free(&f.path);
	return rc;
}
