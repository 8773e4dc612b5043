/*
 * cmd_report.c: tutor report, tutor merge and tutor profiles merge: the
 * options, the catalog for titles, and writing the results. Finding and
 * reading the files is report_files.c, counting report.c, merging
 * merge.c.
 */
#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "catalog.h"
#include "cmd_report.h"
#include "i18n.h"
#include "learner.h"
#include "merge.h"
#include "paths.h"
#include "report.h"
#include "report_files.h"
#include "util.h"

#define EXIT_USAGE	64
#define EXIT_DATAERR	65
#define EXIT_NOINPUT	66

/*
 * Output to a new file: written beside it under a temporary name, synced,
 * then renamed over it, so that a reader never sees half a file.
 */
static FILE *
out_open(const char *path, char **tmp)
{
	FILE *f;
	int fd;

	xasprintf(tmp, "%s.tmp-%ld", path, (long)getpid());
	fd = open(*tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0600);
	if (fd < 0 || (f = fdopen(fd, "w")) == NULL) {
		fprintf(stderr, _("tutor: %s: cannot be written: %s\n"), path,
		    strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(*tmp);
		}
		free(*tmp);
		*tmp = NULL;
		return NULL;
	}
	return f;
}

/* Make a rename in path's directory last through a power cut. */
static void
sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int fd;

	dir = slash == NULL ? xstrdup(".") : slash == path ? xstrdup("/") :
	    xstrndup(path, (size_t)(slash - path));
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		(void)fsync(fd);
		close(fd);
	}
	free(dir);
}

static int
out_close(FILE *f, char *tmp, const char *path, bool ok)
{
	int e = 0;

	if (tmp == NULL)
		return ok && fflush(f) == 0 && !ferror(f) ? 0 : -1;
	if (!ok || fflush(f) != 0 || ferror(f) || fsync(fileno(f)) < 0)
		e = errno != 0 ? errno : EIO;
	if (fclose(f) != 0 && e == 0)
		e = errno;
	if (e == 0 && rename(tmp, path) < 0)
		e = errno;
	if (e == 0)
		sync_dir(path);
	if (e != 0) {
		unlink(tmp);
		fprintf(stderr, _("tutor: %s: cannot be written: %s\n"), path,
		    strerror(e));
	}
	free(tmp);
	return e == 0 ? 0 : -1;
}

int
cmd_report(const struct report_cli *cli, const char *data_dir,
    char **exdirs, size_t nexdirs, enum lang lang, int argc, char **argv)
{
	struct report_options ro;
	enum report_format fmt = REPORT_TABLE;
	struct catalog cat;
	struct diags diags;
	struct report *r;
	char *dir, *tmp = NULL;
	FILE *out = stdout;
	size_t i;
	int rc = 0;

	if (cli->format != NULL &&
	    (fmt = report_format_from_name(cli->format)) ==
	    REPORT_FORMAT_COUNT) {
		fprintf(stderr, _("tutor: unknown report format '%s' (use "
		    "table, csv or json)\n"), cli->format);
		return EXIT_USAGE;
	}
	/* Titles only: a lesson with errors is left out, its ids stay. */
	diags_init(&diags);
	catalog_init(&cat);
	if (nexdirs == 0) {
		dir = paths_data("exercises");
		catalog_add(&cat, dir, &diags);
		free(dir);
	}
	for (i = 0; i < nexdirs; i++) {
		if (catalog_add(&cat, exdirs[i], &diags) != 0)
			fprintf(stderr, _("tutor: %s: cannot be read: titles "
			    "are left out\n"), exdirs[i]);
	}
	catalog_finish(&cat, &diags);
	diags_free(&diags);

	memset(&ro, 0, sizeof ro);
	ro.anonymous = cli->anonymous;
	ro.catalog = &cat;
	ro.lang = lang;
	r = report_create(&ro);
	if (argc == 0) {
		/* This account's learners: DIR/profiles. */
		dir = data_dir != NULL ? xstrdup(data_dir) : store_default_dir();
		if (dir == NULL)
			fprintf(stderr, "%s", _("tutor: there is no home "
			    "directory: name the directories to report on\n"));
		/* No data directory yet: no learners yet, not an error. */
		if (dir == NULL || ((access(dir, F_OK) == 0 || errno != ENOENT) &&
		    report_files(r, &dir, 1, stderr) < 0))
			rc = EXIT_NOINPUT;
		free(dir);
	} else if (report_files(r, argv, (size_t)argc, stderr) < 0)
		rc = EXIT_NOINPUT;
	report_finish(r);
	catalog_free(&cat);
	if (cli->output != NULL && (out = out_open(cli->output, &tmp)) == NULL)
		rc = EXIT_NOINPUT;
	else if (out_close(out, tmp, cli->output, report_write(r, fmt,
	    time(NULL), out) == 0) < 0) {
		if (tmp == NULL)
			fprintf(stderr, _("tutor: the report could not be "
			    "written: %s\n"), strerror(errno));
		rc = EXIT_NOINPUT;
	}
	report_free(r);
	return rc;
}

/*
 * A progress file named on the command line, parsed into p. Returns 0,
 * or an exit status after saying why (then p is empty).
 */
static int
load_progress(const char *path, struct progress *p)
{
	struct diags d;
	struct stat st;
	struct buf b;
	int rc;

	buf_init(&b);
	memset(p, 0, sizeof *p);
	if (report_read_file(AT_FDCWD, path, true, &b, &st) < 0) {
		fprintf(stderr, _("tutor: %s: cannot be read: %s\n"), path,
		    report_read_error(errno));
		buf_free(&b);
		return EXIT_NOINPUT;
	}
	diags_init(&d);
	d.max = 1;
	rc = progress_parse(path, b.s, b.len, p, &d);
	buf_free(&b);
	if (rc < 0) {
		fprintf(stderr, _("tutor: %s: written by a newer tutor: update "
		    "tutor to merge it\n"), path);
	} else if (rc == 1 && p->name == NULL && p->nlessons == 0 &&
	    p->nattempts == 0) {
		fprintf(stderr, _("tutor: %s: this is not a progress file, or "
		    "nothing in it can be read\n"), path);
		rc = -1;
	} else if (rc == 1 && d.n > 0 && d.v[0].line > 0)
		fprintf(stderr, _("tutor: %s: damaged: line %u: %s; what "
		    "could be read is merged\n"), path, d.v[0].line,
		    d.v[0].msg);
	else if (rc == 1)
		fprintf(stderr, _("tutor: %s: damaged: %s; what could be read "
		    "is merged\n"), path, d.n > 0 ? d.v[0].msg : "");
	diags_free(&d);
	if (rc < 0) {
		progress_clear(p);
		return EXIT_DATAERR;
	}
	return 0;
}

static void
tell_merge(FILE *f, const struct merge_stats *ms, const char *name_a,
    const char *name_b)
{
	if (ms->names_differ)
		fprintf(stderr, _("tutor: warning: the names differ ('%s' and "
		    "'%s'): is it the same learner?\n"), name_a ? name_a : "-",
		    name_b ? name_b : "-");
	if (ms->dropped > 0)
		fprintf(stderr, _("tutor: warning: the %zu oldest answers were "
		    "left out: a progress file keeps at most %d answers and "
		    "%u MiB\n"), ms->dropped, PROGRESS_ATTEMPTS_MAX,
		    PROGRESS_FILE_MAX >> 20);
	fprintf(f, _("tutor: merged: %zu answers added, %zu were in both, "
	    "%zu lessons added\n"), ms->added, ms->duplicates, ms->lessons);
}

int
cmd_merge(const struct report_cli *cli, int argc, char **argv)
{
	struct progress a, b;
	struct merge_stats ms;
	char *text, *tmp = NULL, *name_a;
	FILE *out = stdout;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "%s", _("Usage: tutor merge FILE1 FILE2 "
		    "[-o OUT]\n"));
		return EXIT_USAGE;
	}
	if ((rc = load_progress(argv[0], &a)) != 0)
		return rc;
	if ((rc = load_progress(argv[1], &b)) != 0) {
		progress_clear(&a);
		return rc;
	}
	name_a = a.name != NULL ? xstrdup(a.name) : NULL;
	merge_progress(&a, &b, false, &ms);
	text = progress_format(&a);
	if (cli->output != NULL && (out = out_open(cli->output, &tmp)) == NULL)
		rc = EXIT_NOINPUT;
	else {
		fputs(text, out);
		if (out_close(out, tmp, cli->output, true) < 0)
			rc = EXIT_NOINPUT;
	}
	if (rc == 0)
		tell_merge(stderr, &ms, name_a, b.name);
	free(name_a);
	free(text);
	progress_clear(&a);
	progress_clear(&b);
	return rc;
}

int
cmd_profiles_merge(struct store *st, const char *name, const char *file)
{
	struct progress src, *p;
	struct merge_stats ms;
	char *id, *err = NULL;
	int rc;

	if ((id = learner_find(st, name)) == NULL) {
		fprintf(stderr, _("tutor: there is no learner named '%s'\n"),
		    name);
		return EXIT_DATAERR;
	}
	if ((rc = load_progress(file, &src)) != 0) {
		free(id);
		return rc;
	}
	p = progress_open(st, id, &err);
	free(id);
	if (p == NULL || p->readonly) {
		/* Another session writes this profile now, or cannot. */
		fprintf(stderr, "tutor: %s\n", p == NULL ? err :
		    p->notice != NULL ? p->notice : _("this progress cannot be "
		    "changed now"));
		fprintf(stderr, "%s", _("tutor: nothing was merged\n"));
		rc = EXIT_DATAERR;
	} else {
		if (p->notice != NULL)
			fprintf(stderr, "tutor: %s\n", p->notice);
		merge_progress(p, &src, true, &ms);
		if (progress_save(p, &err) != 0) {
			fprintf(stderr, "tutor: %s\n", err);
			rc = EXIT_DATAERR;
		} else
			tell_merge(stdout, &ms, p->name, src.name);
	}
	free(err);
	progress_close(p);
	progress_clear(&src);
	return rc;
}
